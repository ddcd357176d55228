from . import coop_payroll_demo
