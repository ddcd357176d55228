# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Comptabilité de la CAE",
    "summary": "The accountant's books: ledgers, French statements, FEC, lock dates",
    "version": "19.0.1.0.0",
    "category": "Accounting/Accounting",
    "author": "CoopConnexion",
    "website": "https://github.com/coopconnexion/coop-cae",
    "license": "AGPL-3",
    "depends": [
        "coop_cae",
        "coop_cae_contribution",
        "coop_cae_shares",
        "l10n_fr_account",
        "account_financial_report",
        "mis_builder",
        "l10n_fr_mis_reports",
        "report_xlsx",
        "date_range",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/coop_cae_books_security.xml",
        "wizards/coop_books_statement_views.xml",
        "wizards/res_company_lock_views.xml",
        "views/l10n_fr_fec_export_wizard_views.xml",
        "views/res_company_views.xml",
        "views/coop_cae_books_menus.xml",
    ],
    "demo": [
        "demo/res_users_demo.xml",
    ],
    "installable": True,
    "application": True,
}
