from . import test_activity_transfer
