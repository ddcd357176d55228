from . import coop_coworking_booking_recurrence
from . import coop_coworking_occupancy_export
