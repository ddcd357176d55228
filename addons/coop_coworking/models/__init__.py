from . import res_company
from . import res_config_settings
from . import coop_coworking_resource
from . import coop_coworking_booking
from . import coop_coworking_loan
from . import coop_coworking_busy_slot
