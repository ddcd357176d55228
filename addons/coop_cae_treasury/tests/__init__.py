from . import test_treasury
from . import test_activity_table
from . import test_tours
