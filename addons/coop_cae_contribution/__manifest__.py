# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "CAE Automatic Contribution",
    "summary": "The entrepreneurs' contribution to the cooperative, booked live",
    "version": "19.0.1.0.0",
    "category": "Human Resources",
    "author": "CoopConnexion",
    "website": "https://github.com/coopconnexion/coop-cae",
    "license": "AGPL-3",
    "depends": ["coop_cae"],
    "data": [
        "security/ir.model.access.csv",
        "security/coop_contribution_security.xml",
        "data/coop_contribution_scheme_data.xml",
        "data/ir_cron_data.xml",
        "wizards/coop_contribution_recompute_views.xml",
        "views/coop_contribution_views.xml",
        "views/coop_entrepreneur_home_views.xml",
        "views/res_config_settings_views.xml",
        "views/coop_cae_contribution_menus.xml",
    ],
    "demo": [
        "demo/coop_contribution_demo.xml",
    ],
    "post_init_hook": "post_init_hook",
    "installable": True,
    "auto_install": True,
}
