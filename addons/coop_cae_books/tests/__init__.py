from . import test_accountant
from . import test_accountant_rpc
from . import test_bank
from . import test_fec
from . import test_ledgers
from . import test_statements
