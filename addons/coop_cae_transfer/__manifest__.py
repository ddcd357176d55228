# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "CAE Transfers between Activities",
    "summary": "Staff move an amount from one activity's accounts to another's, "
    "booked on both sides",
    "version": "19.0.1.0.0",
    "category": "Accounting",
    "author": "CoopConnexion",
    "website": "https://github.com/coopconnexion/coop-cae",
    "license": "AGPL-3",
    "depends": ["coop_cae"],
    "data": [
        "security/ir.model.access.csv",
        "security/coop_activity_transfer_security.xml",
        "views/coop_activity_transfer_views.xml",
    ],
    "post_init_hook": "post_init_hook",
    "installable": True,
    "auto_install": True,
}
