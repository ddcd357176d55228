# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Coworking Space",
    "summary": "Desks, meeting rooms and equipment of the cooperative's third place, "
    "booked without double booking",
    "version": "19.0.1.1.0",
    "category": "Services",
    "author": "CoopConnexion",
    "website": "https://github.com/coopconnexion/coop-cae",
    "license": "AGPL-3",
    "depends": ["coop_cae", "resource", "mail", "account"],
    "data": [
        "security/coop_coworking_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron_data.xml",
        "wizards/coop_coworking_booking_recurrence_views.xml",
        "wizards/coop_coworking_occupancy_export_views.xml",
        "views/coop_coworking_resource_views.xml",
        "views/coop_coworking_booking_views.xml",
        "views/coop_entrepreneur_home_views.xml",
        "views/coop_coworking_busy_slot_views.xml",
        "views/coop_coworking_loan_views.xml",
        "views/res_config_settings_views.xml",
        "report/coop_coworking_occupancy_report_views.xml",
        "report/coop_coworking_occupancy_xlsx_report.xml",
        "views/coop_coworking_menus.xml",
    ],
    "demo": [
        "demo/coop_coworking_resource_demo.xml",
        "demo/coop_coworking_booking_demo.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "coop_coworking/static/src/views/*.js",
            "coop_coworking/static/src/views/*.xml",
        ],
        "web.assets_tests": ["coop_coworking/static/tests/tours/*.js"],
    },
    "pre_init_hook": "pre_init_hook",
    "installable": True,
    "application": True,
}
