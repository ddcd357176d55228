from . import test_contribution
from . import test_contribution_property
from . import test_contribution_queue
from . import test_contribution_settings
from . import test_entrepreneur_home
