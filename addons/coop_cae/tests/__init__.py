from . import test_entrepreneur
from . import test_cooperative_settings
from . import test_access
from . import test_invoicing
from . import test_entrepreneur_rpc
from . import test_pathway
from . import test_impact_report
