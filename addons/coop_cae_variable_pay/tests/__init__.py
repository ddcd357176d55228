from . import test_variable_pay
