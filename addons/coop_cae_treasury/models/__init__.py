from . import coop_activity_treasury
from . import res_company
from . import res_config_settings
from . import hr_employee
from . import coop_entrepreneur_home
from . import coop_activity_table
