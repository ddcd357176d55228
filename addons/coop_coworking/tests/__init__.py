from . import test_booking
from . import test_pricing
from . import test_loan
from . import test_access
from . import test_rpc
from . import test_concurrency
from . import test_occupancy
from . import test_settings
