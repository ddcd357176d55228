# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "CAE: Activity Statement",
    "summary": "Each activity's live statement: revenue, costs, contribution, "
    "salaries, transfers, result and balance, by month, in PDF and XLSX",
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
        "report_xlsx",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/coop_activity_statement_line_security.xml",
        "wizards/coop_activity_statement_views.xml",
        "views/coop_activity_statement_line_views.xml",
        "views/hr_employee_views.xml",
        "views/coop_entrepreneur_home_views.xml",
        "views/coop_cae_activity_statement_menus.xml",
        "report/coop_activity_statement_reports.xml",
        "report/coop_activity_statement_templates.xml",
    ],
    "assets": {
        "web.assets_tests": ["coop_cae_activity_statement/static/tests/tours/*.js"],
    },
    "installable": True,
    "auto_install": True,
}
