# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Coopérative d'Activité et d'Emploi",
    "summary": "Entrepreneurs, their activities and the settings of a CAE",
    "version": "19.0.1.0.0",
    "category": "Human Resources",
    "author": "CoopConnexion",
    "website": "https://github.com/coopconnexion/coop-cae",
    "license": "AGPL-3",
    "depends": ["hr", "account", "hr_expense"],
    "data": [
        "security/coop_cae_security.xml",
        "security/account_security.xml",
        "data/account_analytic_plan_data.xml",
        "views/res_config_settings_views.xml",
        "views/hr_employee_views.xml",
        "views/account_move_views.xml",
        "views/account_payment_views.xml",
        "views/res_partner_views.xml",
        "report/account_invoice_report_views.xml",
        "report/account_move_templates.xml",
        "views/coop_cae_menus.xml",
    ],
    "demo": [
        "demo/hr_employee_demo.xml",
        "demo/account_move_demo.xml",
    ],
    "post_init_hook": "post_init_hook",
    "installable": True,
    "application": True,
}
