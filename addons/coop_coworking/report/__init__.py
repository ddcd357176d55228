from . import coop_coworking_occupancy_report
from . import coop_coworking_occupancy_xlsx
