from . import coop_cape_terminate
from . import coop_cape_convert
from . import coop_exit
from . import coop_impact_report
