# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "CAE: Treasury per Activity",
    "summary": "Each activity's cash, the provisions held back, what the "
    "entrepreneur can pay themselves, and the staff's table of all activities",
    "version": "19.0.1.0.0",
    "category": "Accounting",
    "author": "CoopConnexion",
    "website": "https://github.com/coopconnexion/coop-cae",
    "license": "AGPL-3",
    "depends": [
        "coop_cae",
        "coop_cae_contribution",
        "coop_cae_payroll",
        "coop_cae_transfer",
    ],
    "data": [
        "security/ir.model.access.csv",
        "views/res_config_settings_views.xml",
        "views/coop_activity_table_views.xml",
        "views/hr_employee_views.xml",
        "views/coop_entrepreneur_home_views.xml",
        "views/coop_cae_treasury_menus.xml",
    ],
    "assets": {
        "web.assets_tests": ["coop_cae_treasury/static/tests/tours/*.js"],
    },
    "installable": True,
    "auto_install": True,
}
