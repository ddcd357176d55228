from . import test_payroll_import
