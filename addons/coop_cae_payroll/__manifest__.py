# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "CAE: Payroll per Activity",
    "summary": "The payroll provider's monthly file, booked on each "
    "entrepreneur's activity",
    "version": "19.0.1.0.0",
    "category": "Accounting",
    "author": "CoopConnexion",
    "website": "https://github.com/coopconnexion/coop-cae",
    "license": "AGPL-3",
    "depends": ["coop_cae"],
    "data": [
        "security/ir.model.access.csv",
        "security/coop_payroll_line_security.xml",
        "wizards/coop_payroll_import_views.xml",
        "views/coop_payroll_line_views.xml",
        "views/hr_employee_views.xml",
        "views/coop_entrepreneur_home_views.xml",
        "views/coop_cae_payroll_menus.xml",
    ],
    "demo": [
        "demo/coop_payroll_line_demo.xml",
    ],
    "post_init_hook": "post_init_hook",
    "installable": True,
    "auto_install": True,
}
