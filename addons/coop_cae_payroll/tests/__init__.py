from . import test_payroll_import
from . import test_entrepreneur_home
