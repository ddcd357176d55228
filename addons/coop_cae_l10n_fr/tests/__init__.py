from . import test_legal_identity
from . import test_printed_invoice
