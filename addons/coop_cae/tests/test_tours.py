# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The daily path in a real browser (headless Chromium, Odoo's tours).
The entrepreneur: the invoicing dashboard, her own bill from a supplier another
activity buys from too, an expense report filed from the Expenses app for her
support worker (or, without one, for the staff: never approved at once), an invoice
for a new customer submitted for validation, the payment of her posted invoice.
The staff: an invoice validated from the queue, a candidate admitted and their
CAPE signed. Each tour fails on any error dialog or JavaScript error; each test
then checks what the tour left in the database. Skipped, as Odoo skips tours,
when no Chromium is installed (bin/test installs it when it can)."""

from odoo import Command
from odoo.tests import new_test_user, tagged

from .common import EntrepreneurJsonRpcCase


@tagged("post_install", "-at_install")
class TestDailyPathTours(EntrepreneurJsonRpcCase):
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
        cls.product_a.name = "Savon au lait d'ânesse"
        # Her invoices wait for the staff: she submits them, they post them.
        cls.activity_a.coop_can_post_invoices = False
        cls.submitted = (
            cls.env["account.move"]
            .with_user(cls.user_a)
            .create(
                {
                    "move_type": "out_invoice",
                    "partner_id": cls.env["res.partner"]
                    .with_user(cls.user_a)
                    .create({"name": "Épicerie Vrac et Bocaux"})
                    .id,
                    "invoice_line_ids": [
                        Command.create(
                            {"product_id": cls.product_a.id, "price_unit": 180.0}
                        )
                    ],
                }
            )
        )
        cls.submitted.with_user(cls.user_a).action_coop_submit()
        cls.candidate = (
            cls.env["coop.candidate"]
            .with_user(staff)
            .create(
                {
                    "name": "Léa Fontaine",
                    "email": "lea.fontaine@example.com",
                    "trade_name": "Céramiques Léa Fontaine",
                    "support_worker_id": worker.id,
                    "company_id": cls.company.id,
                }
            )
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

    def test_expense_report_waits_for_staff_without_support_worker(self):
        # Odoo approves at once the report of an employee without approver:
        # an entrepreneur's expenses are the cooperative's costs, they wait.
        self.activity_a.sudo().coop_support_worker_id = False
        self.start_tour("/odoo", "coop_entrepreneur_expense", login="rpc_a")
        expense = self.env["hr.expense"].search(
            [("employee_id", "=", self.activity_a.id)]
        )
        self.assertEqual(expense.total_amount_currency, 64.0)
        self.assertEqual(expense.approval_state, "submitted")
        self.assertNotEqual(expense.manager_id, self.user_a)

    def test_invoice_for_a_new_customer_is_submitted(self):
        self.start_tour(
            "/odoo/customer-invoices/new", "coop_entrepreneur_invoice", login="rpc_a"
        )
        customer = self.env["res.partner"].search([("name", "=", "Boulangerie Martin")])
        self.assertEqual(customer.coop_activity_id, self.activity_a)
        invoice = self.env["account.move"].search([("partner_id", "=", customer.id)])
        self.assertEqual(invoice.state, "draft")
        self.assertTrue(invoice.coop_to_validate)
        self.assertEqual(invoice.coop_activity_id, self.activity_a)
        self.assertEqual(invoice.invoice_line_ids.product_id, self.product_a)
        self.assertEqual(invoice.invoice_line_ids.quantity, 3)
        self.assertEqual(invoice.amount_untaxed, 135.0)

    def test_staff_post_an_invoice_from_the_queue(self):
        self.start_tour("/odoo", "coop_staff_validate_invoice", login="tour_staff")
        self.assertEqual(self.submitted.state, "posted")
        self.assertFalse(self.submitted.coop_to_validate)

    def test_payment_of_her_posted_invoice(self):
        invoice = self.moves["a"]
        self.start_tour(
            f"/odoo/customer-invoices/{invoice.id}",
            "coop_entrepreneur_payment",
            login="rpc_a",
        )
        self.assertIn(invoice.payment_state, ("paid", "in_payment"))

    def test_staff_admit_a_candidate_and_sign_a_cape(self):
        self.start_tour(
            f"/odoo/coop-candidates/{self.candidate.id}",
            "coop_staff_admit_candidate",
            login="tour_staff",
        )
        employee = self.candidate.employee_id
        self.assertEqual(employee.name, "Léa Fontaine")
        self.assertTrue(employee.is_entrepreneur)
        self.assertEqual(self.candidate.stage, "admitted")
        cape = (
            self.env["coop.cape.contract"]
            .sudo()
            .search([("employee_id", "=", employee.id)])
        )
        self.assertEqual(cape.state, "running")
        self.assertEqual(str(cape.signature_date), "2026-06-01")
        self.assertEqual(employee.coop_stage, "cape")
