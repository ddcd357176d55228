# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The support worker's table of the activities in a real browser (headless
Chromium, Odoo's tours), in French as the staff work: sorted on the cash, the
alert of the activity in the red, an entrepreneur opened from it and her pay
proposed. The tour fails on any error dialog or JavaScript error; the test
then checks the to-do it left. Skipped, as Odoo skips tours, when no Chromium
is installed (bin/test installs it when it can)."""

from odoo.tests import HttpCase, tagged

from .common import CoopTreasuryCase


@tagged("post_install", "-at_install")
class TestActivityTableTour(CoopTreasuryCase, HttpCase):
    """The year of CoopTreasuryCase: Marie Dupont (Photographie) has
    1,412.00 of cash, Julien Caron (Sophrologie) -1,812.71."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("fr_FR")
        installed = cls.env["ir.module.module"].search([("state", "=", "installed")])
        installed._load_module_terms(installed.mapped("name"), ["fr_FR"])
        # Odoo's tours log in with the login as password.
        cls.staff.sudo().write({"password": "staff", "lang": "fr_FR"})

    def test_staff_find_the_alert_and_propose_a_pay(self):
        self.start_tour("/odoo", "coop_treasury_staff_activity_table", login="staff")
        self.assertEqual(self.activity_a.sudo().coop_proposed_net_pay, 50.0)
        todo = self.activity_a.sudo().activity_ids
        self.assertEqual(todo.user_id, self.user_a)
        self.assertEqual(
            todo.activity_type_id, self.env.ref("mail.mail_activity_data_todo")
        )
        self.assertIn("Salaire net proposé", todo.summary)
        self.assertIn("50,00", todo.summary)
        self.assertFalse(self.activity_b.sudo().activity_ids)
