# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "CAE Year-End Closing",
    "summary": "The year-end closing checklist: check, lock the year, produce the FEC",
    "version": "19.0.1.0.0",
    "category": "Accounting",
    "author": "CoopConnexion",
    "website": "https://github.com/coopconnexion/coop-cae",
    "license": "AGPL-3",
    # The closing is the last step of the accountant's books (their app).
    "depends": ["coop_cae_books"],
    "data": [
        "security/ir.model.access.csv",
        "security/coop_year_end_security.xml",
        "views/coop_year_end_check_views.xml",
        "views/coop_year_end_closing_views.xml",
        "views/coop_cae_year_end_menus.xml",
    ],
    "installable": True,
    "auto_install": True,
}
