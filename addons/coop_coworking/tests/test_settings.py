# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from lxml import etree

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestCoworkingSettings(TransactionCase):
    def test_menu_opens_the_coworking_section(self):
        # Coworking > Configuration > Settings lands on its own section.
        menu = self.env.ref("coop_coworking.coop_coworking_settings_menu")
        self.assertEqual(
            menu.action.context, "{'module': 'coop_coworking', 'bin_size': False}"
        )
        arch = self.env["res.config.settings"].get_views([(False, "form")])["views"][
            "form"
        ]["arch"]
        app = etree.fromstring(arch).find(".//app[@name='coop_coworking']")
        self.assertIsNotNone(app)
        self.assertTrue(app.xpath(".//field[@name='coop_coworking_room_quota']"))
