from . import test_activity_statement
