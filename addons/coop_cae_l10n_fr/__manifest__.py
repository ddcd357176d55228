# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "CAE France: Invoice Mentions",
    "summary": "French invoices of a CAE: the legal mentions, required before posting",
    "version": "19.0.1.0.0",
    "category": "Accounting/Localizations",
    "author": "CoopConnexion",
    "website": "https://github.com/coopconnexion/coop-cae",
    "license": "AGPL-3",
    "depends": ["coop_cae", "l10n_fr_account"],
    "data": [
        "views/res_config_settings_views.xml",
        "report/account_move_templates.xml",
        "report/external_layout_templates.xml",
    ],
    "installable": True,
    "auto_install": True,
}
