from . import account_chart_template
from . import coop_payroll_line
from . import hr_employee
from . import coop_entrepreneur_home
