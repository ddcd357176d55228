from . import coop_activity_statement_line
from . import coop_entrepreneur_home
from . import hr_employee
