from . import coop_coworking_occupancy_report
