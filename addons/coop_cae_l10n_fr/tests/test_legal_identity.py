# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""No customer invoice or credit note of a French cooperative is posted
without the legal identity it must state."""

from odoo.exceptions import RedirectWarning, UserError
from odoo.tests import tagged

from odoo.addons.coop_cae.tests.test_invoicing import CoopInvoicingCase


@tagged("post_install", "-at_install")
class TestLegalIdentityRequired(CoopInvoicingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.sudo().write(
            {
                "company_registry": False,
                "coop_rcs_city": False,
                "coop_capital_variable": False,
                "coop_share_capital": 0.0,
            }
        )

    def test_administrator_is_sent_to_the_settings(self):
        invoice = self._entrepreneur_invoice(self.user_a, self.client_a).with_env(
            self.env
        )
        self.assertTrue(self.env.user.has_group("base.group_system"))
        with self.assertRaises(RedirectWarning) as caught:
            invoice.action_post()
        message, action_id, button = caught.exception.args[:3]
        self.assertIn("SIRET or SIREN", message)
        self.assertIn("Trade Register City", message)
        self.assertIn("Share Capital, or Variable Capital", message)
        self.assertNotIn("Legal Form", message, "the legal form is set")
        self.assertEqual(
            action_id, self.env.ref("coop_cae.res_config_settings_action").id
        )
        self.assertEqual(button, "Go to the settings")
        self.assertEqual(invoice.state, "draft")

    def test_entrepreneur_and_staff_are_told_to_ask(self):
        invoice = self._entrepreneur_invoice(self.user_a, self.client_a)
        for user in (self.user_a, self.staff):
            with self.assertRaisesRegex(
                UserError, "Ask the cooperative's administrator"
            ):
                invoice.with_user(user).action_post()
        self.assertEqual(invoice.state, "draft")

    def test_credit_note_is_refused_too(self):
        refund = self.invoice_a.with_env(self.env)._reverse_moves()
        with self.assertRaisesRegex(RedirectWarning, "Trade Register City"):
            refund.action_post()
        self.assertEqual(refund.state, "draft")

    def test_posting_goes_ahead_once_set(self):
        invoice = self._entrepreneur_invoice(self.user_a, self.client_a)
        self.company.sudo().write(
            {
                "company_registry": "812345678",
                "coop_rcs_city": "Arras",
                "coop_share_capital": 18500.0,
            }
        )
        invoice.with_user(self.user_a).action_post()
        self.assertEqual(invoice.state, "posted")

    def test_vendor_bills_are_not_concerned(self):
        bill = self.init_invoice("in_invoice", products=self.product_a)
        bill.coop_activity_id = self.activity_a
        bill.action_post()
        self.assertEqual(bill.state, "posted")

    def test_company_outside_france_posts_as_odoo_does(self):
        self.company.sudo().country_id = self.env.ref("base.be")
        invoice = self._entrepreneur_invoice(self.user_a, self.client_a)
        invoice.action_post()
        self.assertEqual(invoice.state, "posted")
