from . import account_analytic_account
from . import account_analytic_plan
from . import res_company
from . import res_config_settings
from . import hr_employee
