from . import test_variable_pay
from . import test_variable_pay_report
