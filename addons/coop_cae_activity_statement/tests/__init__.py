from . import test_activity_statement
from . import test_tours
