from . import coop_payroll_import
