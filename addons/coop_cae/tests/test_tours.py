# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The entrepreneur's day in a real browser (headless Chromium, Odoo's tours):
the invoicing dashboard, her own bill from a supplier another activity buys
from too, an expense report for her support worker. Skipped, as Odoo skips
tours, when no Chromium is installed (bin/test installs it when it can)."""

from odoo import Command
from odoo.tests import new_test_user, tagged

from .common import EntrepreneurJsonRpcCase


@tagged("post_install", "-at_install")
class TestEntrepreneurTours(EntrepreneurJsonRpcCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Odoo's tours log in with the login as password.
        cls.user_a.sudo().password = "rpc_a"
        cls.supplier = cls.env["res.partner"].create(
            {"name": "Papeterie du Bassin", "coop_activity_id": False}
        )
        # The same supplier, amount and date in both activities: Odoo's
        # duplicate detection once broke her bill's form on this.
        for user in (cls.user_a, cls.user_b):
            bill = (
                cls.env["account.move"]
                .with_user(user)
                .create(
                    {
                        "move_type": "in_invoice",
                        "partner_id": cls.supplier.id,
                        "invoice_date": "2026-03-12",
                        "invoice_line_ids": [
                            Command.create(
                                {"product_id": cls.product_a.id, "price_unit": 240.0}
                            )
                        ],
                    }
                )
            )
            if user == cls.user_b:
                bill.action_post()
        staff = new_test_user(
            cls.env,
            login="tour_staff",
            groups="base.group_user,coop_cae.coop_cae_group_user",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        worker = (
            cls.env["hr.employee"]
            .sudo()
            .create(
                {
                    "name": "Nathalie Lemaire",
                    "user_id": staff.id,
                    "company_id": cls.company.id,
                }
            )
        )
        cls.activity_a.sudo().coop_support_worker_id = worker
        cls.env["product.product"].create(
            {"name": "Train ticket", "can_be_expensed": True, "standard_price": 0.0}
        )

    def test_invoicing_dashboard(self):
        self.start_tour("/odoo", "coop_entrepreneur_dashboard", login="rpc_a")

    def test_own_bill_from_a_shared_supplier(self):
        self.start_tour("/odoo", "coop_entrepreneur_bills", login="rpc_a")

    def test_expense_report_goes_to_the_support_worker(self):
        self.start_tour("/odoo", "coop_entrepreneur_expense", login="rpc_a")
        expense = self.env["hr.expense"].search(
            [("employee_id", "=", self.activity_a.id)]
        )
        self.assertEqual(expense.total_amount_currency, 64.0)
        self.assertEqual(expense.approval_state, "submitted")
        self.assertEqual(expense.manager_id.login, "tour_staff")
