from . import test_treasury
from . import test_activity_table
