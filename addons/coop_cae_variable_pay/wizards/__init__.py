from . import coop_variable_pay_compute
