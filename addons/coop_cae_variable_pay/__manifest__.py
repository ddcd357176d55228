# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "CAE: Variable Pay",
    "summary": "The year's variable pay of the entrepreneurs-employees, its "
    "monthly advances and its settlement after the general assembly",
    "version": "19.0.1.0.0",
    "category": "Human Resources",
    "author": "CoopConnexion",
    "website": "https://github.com/coopconnexion/coop-cae",
    "license": "AGPL-3",
    "depends": [
        "coop_cae",
        "coop_cae_activity_statement",
        "coop_cae_contribution",
        "coop_cae_payroll",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/coop_variable_pay_security.xml",
        "data/ir_cron_data.xml",
        "wizards/coop_variable_pay_compute_views.xml",
        "views/coop_variable_pay_views.xml",
        "views/coop_cesa_contract_views.xml",
        "views/coop_entrepreneur_home_views.xml",
        "views/hr_employee_views.xml",
        "views/coop_cae_variable_pay_menus.xml",
        "report/coop_variable_pay_reports.xml",
        "report/coop_variable_pay_templates.xml",
    ],
    "demo": [
        "demo/coop_variable_pay_demo.xml",
    ],
    "installable": True,
    "auto_install": True,
}
