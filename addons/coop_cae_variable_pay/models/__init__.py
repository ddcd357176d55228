from . import coop_cesa_contract
from . import coop_variable_pay
from . import coop_entrepreneur_home
from . import hr_employee
