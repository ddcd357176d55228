from . import test_entrepreneur
from . import test_cooperative_settings
from . import test_access
