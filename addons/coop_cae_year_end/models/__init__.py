from . import coop_year_end_closing
from . import coop_year_end_checks
from . import coop_year_end_check
