# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time
from lxml import etree

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, new_test_user, tagged

from odoo.addons.account.tests.common import AccountTestInvoicingCommon

from .common import CoopCompanyIdentity


class CoopInvoicingCase(CoopCompanyIdentity, AccountTestInvoicingCommon):
    """Two entrepreneurs of one cooperative, each with their user, client and
    invoice, and a staff member."""

    # A French cooperative's chart, as in production.
    chart_template = "fr"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.company_data["company"]
        user_vals = {
            "company_id": cls.company.id,
            "company_ids": [Command.set(cls.company.ids)],
        }
        entrepreneur_groups = "base.group_user,coop_cae.coop_cae_group_entrepreneur"
        cls.user_a = new_test_user(
            cls.env, login="ent_a", groups=entrepreneur_groups, **user_vals
        )
        cls.user_b = new_test_user(
            cls.env, login="ent_b", groups=entrepreneur_groups, **user_vals
        )
        cls.staff = new_test_user(
            cls.env,
            login="staff",
            groups="base.group_user,coop_cae.coop_cae_group_user",
            **user_vals,
        )
        # The accounting test user is no HR officer: the staff set entrepreneurs up.
        Employee = cls.env["hr.employee"].sudo().with_company(cls.company)
        cls.activity_a = Employee.create(
            {
                "name": "Marie Dupont",
                "is_entrepreneur": True,
                "coop_trade_name": "Photographie",
                "user_id": cls.user_a.id,
                "coop_can_post_invoices": True,
                "company_id": cls.company.id,
            }
        )
        cls.activity_b = Employee.create(
            {
                "name": "Julien Caron",
                "is_entrepreneur": True,
                "coop_trade_name": "Sophrologie",
                "user_id": cls.user_b.id,
                "company_id": cls.company.id,
            }
        )
        cls.account_a = cls.activity_a.coop_analytic_account_id.sudo(False)
        cls.account_b = cls.activity_b.coop_analytic_account_id.sudo(False)
        cls.activity_a = cls.activity_a.sudo(False)
        cls.activity_b = cls.activity_b.sudo(False)
        cls.client_a = (
            cls.env["res.partner"]
            .with_user(cls.user_a)
            .create({"name": "Mariés Martin"})
        )
        cls.client_b = (
            cls.env["res.partner"].with_user(cls.user_b).create({"name": "Yoga Lens"})
        )
        cls.invoice_a = cls._entrepreneur_invoice(cls.user_a, cls.client_a, post=True)
        cls.invoice_b = cls._entrepreneur_invoice(cls.user_b, cls.client_b)
        cls.invoice_b.with_user(cls.staff).action_post()

    @classmethod
    def _set_legal_identity(cls):
        """The cooperative's address and penalties its printed invoices state
        (its legal identity is set from its creation: CoopCompanyIdentity)."""
        cls.company.sudo().write(
            {
                "coop_late_penalty_rate": "three times the legal interest rate",
                "street": "12 rue de la Coopération",
                "zip": "62300",
                "city": "Lens",
            }
        )

    @classmethod
    def _entrepreneur_invoice(cls, user, partner, post=False, price=1000.0):
        invoice = (
            cls.env["account.move"]
            .with_user(user)
            .with_company(cls.company)
            .create(
                {
                    "move_type": "out_invoice",
                    "partner_id": partner.id,
                    "invoice_date": "2026-03-10",
                    "invoice_line_ids": [
                        Command.create(
                            {"product_id": cls.product_a.id, "price_unit": price}
                        )
                    ],
                }
            )
        )
        if post:
            invoice.action_post()
        return invoice

    def _revenue_lines(self, move):
        return move.line_ids.filtered(lambda line: line.display_type == "product")


@tagged("post_install", "-at_install")
class TestActivityOnEntries(CoopInvoicingCase):
    def test_entrepreneur_documents_belong_to_their_activity(self):
        self.assertEqual(self.client_a.coop_activity_id, self.activity_a)
        self.assertEqual(self.invoice_a.coop_activity_id, self.activity_a)
        self.assertEqual(self.invoice_a.state, "posted")
        for line in self._revenue_lines(self.invoice_a):
            self.assertEqual(
                line.analytic_distribution, {str(self.account_a.id): 100.0}
            )
        analytic = self.env["account.analytic.line"].search(
            [("move_line_id.move_id", "=", self.invoice_a.id)]
        )
        self.assertTrue(analytic)
        self.assertEqual(sum(analytic.mapped("amount")), 1000.0)

    def test_form_sets_activity_and_distribution_of_lines_added_later(self):
        form = Form(
            self.env["account.move"]
            .with_user(self.user_a)
            .with_context(default_move_type="out_invoice")
        )
        form.partner_id = self.client_a
        with form.invoice_line_ids.new() as line:
            line.product_id = self.product_a
        invoice = form.save()
        self.assertEqual(invoice.coop_activity_id, self.activity_a)
        invoice.write(
            {
                "invoice_line_ids": [
                    Command.create({"name": "Tirages", "price_unit": 80.0})
                ]
            }
        )
        self.assertEqual(len(self._revenue_lines(invoice)), 2)
        for line in self._revenue_lines(invoice):
            self.assertEqual(
                line.analytic_distribution, {str(self.account_a.id): 100.0}
            )

    def test_distribution_model_cannot_divert_revenue_to_another_activity(self):
        self.env["account.analytic.distribution.model"].create(
            {
                "product_id": self.product_a.id,
                "analytic_distribution": {self.account_b.id: 100},
            }
        )
        invoice = self._entrepreneur_invoice(self.user_a, self.client_a)
        self.assertEqual(
            self._revenue_lines(invoice).analytic_distribution,
            {str(self.account_a.id): 100.0},
        )

    def test_vendor_bill_goes_to_the_activity(self):
        bill = (
            self.env["account.move"]
            .with_user(self.user_a)
            .create(
                {
                    "move_type": "in_invoice",
                    "partner_id": self.client_a.id,
                    "invoice_date": "2026-03-12",
                    "invoice_line_ids": [
                        Command.create(
                            {"product_id": self.product_b.id, "price_unit": 200.0}
                        )
                    ],
                }
            )
        )
        bill.action_post()
        self.assertEqual(bill.coop_activity_id, self.activity_a)
        self.assertEqual(
            self._revenue_lines(bill).analytic_distribution,
            {str(self.account_a.id): 100.0},
        )

    def test_entrepreneur_sends_their_invoice(self):
        self.client_a.sudo().email = "mairie@example.com"
        action = self.invoice_a.with_user(self.user_a).action_send_and_print()
        wizard = (
            self.env[action["res_model"]]
            .with_user(self.user_a)
            .with_context(**action["context"])
            .create({})
        )
        wizard.action_send_and_print()
        self.assertTrue(self.invoice_a.is_move_sent)
        self.assertTrue(self.invoice_a.invoice_pdf_report_id)
        message = self.invoice_a.message_ids.filtered(
            lambda m: m.partner_ids == self.client_a.with_env(m.env)
        )
        self.assertTrue(message)

    def test_credit_note_keeps_the_activity(self):
        reversal = (
            self.env["account.move.reversal"]
            .with_user(self.user_a)
            .with_context(active_model="account.move", active_ids=self.invoice_a.ids)
            .create({"journal_id": self.invoice_a.journal_id.id, "reason": "Remise"})
        )
        credit_note = self.env["account.move"].browse(reversal.refund_moves()["res_id"])
        self.assertEqual(credit_note.move_type, "out_refund")
        self.assertEqual(credit_note.coop_activity_id, self.activity_a)
        self.assertEqual(
            self._revenue_lines(credit_note).analytic_distribution,
            {str(self.account_a.id): 100.0},
        )

    def test_cooperative_own_invoice_goes_to_structure(self):
        invoice = self._entrepreneur_invoice(self.staff, self.partner_a)
        self.assertFalse(invoice.coop_activity_id)
        invoice.coop_is_structure = True
        invoice.action_post()
        self.assertEqual(
            self._revenue_lines(invoice).analytic_distribution,
            {str(self.company.coop_structure_account_id.id): 100.0},
        )


@tagged("post_install", "-at_install")
class TestPostingRules(CoopInvoicingCase):
    def test_invoice_form_adds_to_the_core_confirm_button(self):
        """The inherit adds its condition to the core's Confirm button and puts
        Submit right after it, whatever the core's expression says."""
        arch = etree.fromstring(
            self.env["account.move"].get_views([(False, "form")])["views"]["form"][
                "arch"
            ]
        )
        buttons = arch.xpath("//header/button")
        names = [button.get("name") for button in buttons]
        confirm = names.index("action_post", names.index("action_post") + 1)
        self.assertEqual(names[confirm + 1], "action_coop_submit")
        # The ORM joins both: "(core's expression) or (ours)".
        invisible = buttons[confirm].get("invisible")
        self.assertTrue(invisible.endswith(" or (not coop_user_can_post)"), invisible)
        self.assertIn("display_inactive_currency_warning", invisible)

    def test_posting_without_activity_is_refused(self):
        invoice = self._entrepreneur_invoice(self.staff, self.partner_a)
        with self.assertRaisesRegex(UserError, "has no activity"):
            invoice.action_post()
        self.assertEqual(invoice.state, "draft")

    def test_line_pointing_to_another_activity_is_refused(self):
        invoice = self._entrepreneur_invoice(self.user_a, self.client_a)
        self._revenue_lines(invoice).with_user(self.staff).analytic_distribution = {
            str(self.account_b.id): 100.0
        }
        with self.assertRaisesRegex(UserError, "Sophrologie"):
            invoice.with_user(self.staff).action_post()
        self.assertEqual(invoice.state, "draft")
        self.assertFalse(
            self.env["account.analytic.line"].search_count(
                [("move_line_id.move_id", "=", invoice.id)]
            )
        )

    def test_posting_checks_cost_no_query_per_invoice(self):
        """The activity checks of a batch read what they need once: eight
        invoices of two activities cost what one invoice costs."""
        invoices = self.env["account.move"]
        for user, partner in (
            (self.user_a, self.client_a),
            (self.user_b, self.client_b),
        ):
            for _i in range(4):
                invoices |= self._entrepreneur_invoice(user, partner)
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        invoices[:1]._coop_check_activity_lines()
        one_invoice = self.env.cr.sql_log_count - before
        self.env.invalidate_all()
        with self.assertQueryCount(one_invoice):
            invoices._coop_check_activity_lines()

    def test_line_on_an_archived_activity_is_refused(self):
        self.activity_b.sudo().coop_stage = "exited"
        self.assertFalse(self.account_b.active)
        invoice = self._entrepreneur_invoice(self.user_a, self.client_a)
        self._revenue_lines(invoice).analytic_distribution = {
            str(self.account_b.id): 100.0
        }
        with self.assertRaisesRegex(UserError, "Sophrologie"):
            invoice.action_post()

    def test_entrepreneur_cannot_use_another_activity(self):
        Move = self.env["account.move"].with_user(self.user_a)
        with self.assertRaises(AccessError):
            Move.create(
                {
                    "move_type": "out_invoice",
                    "partner_id": self.client_a.id,
                    "coop_activity_id": self.activity_b.id,
                }
            )
        draft = self._entrepreneur_invoice(self.user_a, self.client_a)
        with self.assertRaises(AccessError):
            draft.with_user(self.user_a).coop_activity_id = self.activity_b
        self.assertEqual(draft.coop_activity_id, self.activity_a)

    def test_activity_of_a_posted_entry_cannot_change(self):
        with self.assertRaisesRegex(UserError, "no longer a draft"):
            self.invoice_a.with_user(self.staff).coop_activity_id = self.activity_b
        self.invoice_a.with_user(self.staff).button_draft()
        self.invoice_a.with_user(self.staff).coop_activity_id = self.activity_b
        self.assertEqual(
            self._revenue_lines(self.invoice_a).analytic_distribution,
            {str(self.account_b.id): 100.0},
        )

    def test_entrepreneur_without_the_right_submits_for_validation(self):
        invoice = self._entrepreneur_invoice(self.user_b, self.client_b)
        invoice_as_b = invoice.with_user(self.user_b)
        self.assertFalse(invoice_as_b.coop_user_can_post)
        with self.assertRaisesRegex(UserError, "validated by the cooperative's staff"):
            invoice_as_b.action_post()
        worker = (
            self.env["hr.employee"]
            .sudo()
            .create(
                {
                    "name": "Nathalie Lemaire",
                    "user_id": self.staff.id,
                    "company_id": self.company.id,
                }
            )
        )
        self.activity_b.sudo().coop_support_worker_id = worker
        invoice_as_b.action_coop_submit()
        self.assertTrue(invoice.coop_to_validate)
        self.assertEqual(invoice.activity_ids.user_id, self.staff)
        queue = (
            self.env["account.move"]
            .with_user(self.staff)
            .search([("coop_to_validate", "=", True), ("state", "=", "draft")])
        )
        self.assertIn(invoice, queue)
        invoice.with_user(self.staff).action_post()
        self.assertEqual(invoice.state, "posted")
        self.assertFalse(invoice.coop_to_validate)
        self.assertFalse(invoice.activity_ids, "the to-do is done once posted")

    def test_an_empty_invoice_cannot_be_submitted(self):
        empty = (
            self.env["account.move"]
            .with_user(self.user_b)
            .create({"move_type": "out_invoice", "partner_id": self.client_b.id})
        )
        with self.assertRaisesRegex(UserError, "nothing to invoice"):
            empty.action_coop_submit()
        free = self._entrepreneur_invoice(self.user_b, self.client_b, price=0.0)
        with self.assertRaisesRegex(UserError, "nothing to invoice"):
            free.with_user(self.user_b).action_coop_submit()
        self.assertFalse((empty | free).filtered("coop_to_validate"))


@tagged("post_install", "-at_install")
class TestIsolation(CoopInvoicingCase):
    def _assert_isolated(self, records_a, records_b):
        """As entrepreneur A: A's records are readable, B's are neither found,
        read, written nor deleted."""
        Model = records_a.with_user(self.user_a)
        found = Model.search([("id", "in", (records_a | records_b).ids)])
        self.assertEqual(found, records_a.with_user(self.user_a))
        records_a.with_user(self.user_a).read(["display_name"])
        other = records_b.with_user(self.user_a)
        with self.assertRaises(AccessError):
            other.read(["display_name"])
        with self.assertRaises(AccessError):
            other.write({})
            other.check_access("write")
        with self.assertRaises(AccessError):
            other.check_access("unlink")

    def test_invoices(self):
        self._assert_isolated(self.invoice_a, self.invoice_b)

    def test_journal_items(self):
        self._assert_isolated(self.invoice_a.line_ids, self.invoice_b.line_ids)

    def test_contacts(self):
        self._assert_isolated(self.client_a, self.client_b)
        # The cooperative's own contacts stay visible to every entrepreneur.
        self.company.partner_id.with_user(self.user_a).read(["name"])

    def test_analytic_lines(self):
        lines = self.env["account.analytic.line"]
        self._assert_isolated(
            lines.search([("move_line_id.move_id", "=", self.invoice_a.id)]),
            lines.search([("move_line_id.move_id", "=", self.invoice_b.id)]),
        )

    def test_payments(self):
        payment_a = self._register_payment(self.invoice_a.with_user(self.user_a))
        payment_b = self._register_payment(self.invoice_b.with_user(self.staff))
        self.assertEqual(payment_a.coop_activity_id, self.activity_a)
        self.assertEqual(payment_b.coop_activity_id, self.activity_b)
        self.assertEqual(
            self.invoice_a.payment_state, self.invoice_a._get_invoice_in_payment_state()
        )
        self._assert_isolated(payment_a, payment_b)

    def test_attachments_and_chatter(self):
        Attachment = self.env["ir.attachment"].sudo()
        attachments = {
            invoice: Attachment.create(
                {
                    "name": "devis.pdf",
                    "res_model": "account.move",
                    "res_id": invoice.id,
                    "datas": "SGVsbG8=",
                }
            )
            for invoice in (self.invoice_a, self.invoice_b)
        }
        self.invoice_b.sudo().message_post(body="Relance envoyée au client")
        as_a = self.env["ir.attachment"].with_user(self.user_a)
        found = as_a.search([("id", "in", [a.id for a in attachments.values()])])
        self.assertEqual(found.ids, attachments[self.invoice_a].ids)
        with self.assertRaises(AccessError):
            attachments[self.invoice_b].with_user(self.user_a).read(["datas"])
        messages = (
            self.env["mail.message"]
            .with_user(self.user_a)
            .search(
                [("model", "=", "account.move"), ("res_id", "=", self.invoice_b.id)]
            )
        )
        self.assertFalse(messages)
        with self.assertRaises(AccessError):
            self.invoice_b.with_user(self.user_a).message_post(body="Hello")

    def test_exports_and_printing(self):
        invoices = self.env["account.move"].with_user(self.user_a)
        exported = invoices.browse(self.invoice_a.ids).export_data(["name"])["datas"]
        self.assertEqual(exported, [[self.invoice_a.name]])
        with self.assertRaises(AccessError):
            invoices.browse(self.invoice_b.ids).export_data(["name"])
        Report = self.env["ir.actions.report"].with_user(self.user_a)
        html, _format = Report._render_qweb_html(
            "account.report_invoice", self.invoice_a.ids
        )
        self.assertIn(self.invoice_a.name, html.decode())
        with self.assertRaises(AccessError):
            Report._render_qweb_html("account.report_invoice", self.invoice_b.ids)

    def test_invoice_analysis_shows_own_revenue_only(self):
        Report = self.env["account.invoice.report"]
        rows = Report.with_user(self.user_a).search(
            [("move_id", "in", (self.invoice_a | self.invoice_b).ids)]
        )
        self.assertEqual(rows.move_id, self.invoice_a)

    def test_staff_see_every_activity(self):
        Move = self.env["account.move"].with_user(self.staff)
        self.assertEqual(
            Move.search([("id", "in", (self.invoice_a | self.invoice_b).ids)]),
            self.invoice_a | self.invoice_b,
        )

    def test_revenue_by_activity(self):
        groups = (
            self.env["account.invoice.report"]
            .with_user(self.staff)
            ._read_group(
                [("move_id", "in", (self.invoice_a | self.invoice_b).ids)],
                ["coop_activity_id"],
                ["price_subtotal:sum"],
            )
        )
        self.assertEqual(
            {activity: total for activity, total in groups},
            {self.activity_a: 1000.0, self.activity_b: 1000.0},
        )

    @freeze_time("2026-12-01")
    def test_entrepreneur_form_opens_invoices_and_revenue(self):
        credit_note = self._entrepreneur_invoice(
            self.user_a, self.client_a, price=250.0
        )
        credit_note.move_type = "out_refund"
        credit_note.with_user(self.staff).action_post()
        self._entrepreneur_invoice(self.user_a, self.client_a)  # a draft
        activity = self.activity_a.with_user(self.staff)
        self.assertEqual(activity.coop_invoice_count, 3)
        self.assertEqual(
            activity.coop_revenue_this_year, 750.0, "1000 - 250, drafts aside"
        )
        invoices = activity.action_coop_open_invoices()
        found = (
            self.env["account.move"].with_user(self.staff).search(invoices["domain"])
        )
        self.assertEqual(found.coop_activity_id, self.activity_a)
        self.assertEqual(len(found), 3)
        revenue = activity.action_coop_open_revenue()
        self.assertEqual(
            revenue["domain"], [("coop_activity_id", "=", self.activity_a.id)]
        )


@tagged("post_install", "-at_install")
class TestExpenses(CoopInvoicingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.expense_product = cls._create_product(
            name="Train ticket", can_be_expensed=True, standard_price=0.0
        )

    def _expense(self, user):
        return (
            self.env["hr.expense"]
            .with_user(user)
            .create(
                {
                    "name": "Lille - Paris",
                    "product_id": self.expense_product.id,
                    "total_amount_currency": 64.0,
                    "date": "2026-03-15",
                }
            )
        )

    def test_expense_goes_to_the_activity(self):
        self.activity_a.sudo().expense_manager_id = self.staff
        expense = self._expense(self.user_a)
        self.assertEqual(expense.employee_id, self.activity_a)
        self.assertEqual(expense.analytic_distribution, {str(self.account_a.id): 100.0})
        expense.with_user(self.user_a).action_submit()
        self.assertEqual(expense.approval_state, "submitted")
        expense.sudo().action_approve()
        action = expense.action_post()
        self.env[action["res_model"]].browse(action["res_id"]).with_context(
            **action["context"]
        ).action_post_entry()
        move = expense.account_move_id
        self.assertTrue(move)
        self.assertEqual(move.coop_activity_id, self.activity_a)
        expense_lines = move.line_ids.filtered(
            lambda line: line.account_id.internal_group == "expense"
        )
        self.assertTrue(expense_lines)
        for line in expense_lines:
            self.assertEqual(
                line.analytic_distribution, {str(self.account_a.id): 100.0}
            )

    def test_support_worker_approves_the_expense_report(self):
        worker = (
            self.env["hr.employee"]
            .sudo()
            .create({"name": "Nathalie Lemaire", "user_id": self.staff.id})
        )
        self.activity_a.sudo().coop_support_worker_id = worker
        self.assertEqual(self.activity_a.sudo().expense_manager_id, self.staff)
        expense = self._expense(self.user_a)
        expense.with_user(self.user_a).action_submit()
        self.assertEqual(expense.approval_state, "submitted")
        self.assertEqual(expense.manager_id, self.staff)
        expense.with_user(self.staff).action_approve()
        self.assertEqual(expense.approval_state, "approved")

    def test_expense_report_waits_for_the_staff_without_support_worker(self):
        # Odoo would approve it at once, as the entrepreneur: not her call.
        self.assertFalse(self.activity_a.sudo().expense_manager_id)
        expense = self._expense(self.user_a)
        expense.with_user(self.user_a).action_submit()
        self.assertEqual(expense.approval_state, "submitted")
        with self.assertRaises(UserError):
            expense.with_user(self.user_a).action_approve()
        expense.with_user(self.staff).action_approve()
        self.assertEqual(expense.approval_state, "approved")

    def test_expenses_are_isolated(self):
        expense_a = self._expense(self.user_a)
        expense_b = self._expense(self.user_b)
        Expense = self.env["hr.expense"].with_user(self.user_a)
        self.assertEqual(
            Expense.search([("id", "in", (expense_a | expense_b).ids)]), expense_a
        )
        with self.assertRaises(AccessError):
            expense_b.with_user(self.user_a).read(["name"])


@tagged("post_install", "-at_install")
class TestPrintedInvoice(CoopInvoicingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._set_legal_identity()

    def _html(self, invoice):
        html, _format = self.env["ir.actions.report"]._render_qweb_html(
            "account.report_invoice", invoice.ids
        )
        return html.decode()

    def test_invoice_names_the_activity(self):
        self.activity_a.sudo().coop_stage = "cesa"
        html = self._html(self.invoice_a)
        company = self.company.name
        self.assertIn(
            "Activity: Photographie — Marie Dupont, entrepreneur-employee of "
            f"{company}",
            html,
        )
        self.assertIn("Due Date", html)
        self.assertNotIn("CAPE", html)

    def test_cape_holder_invoice_states_the_cape(self):
        self.activity_a.sudo().write(
            {"coop_stage": "cape", "coop_cape_end_date": "2027-03-31"}
        )
        html = self._html(self.invoice_a)
        self.assertIn("entrepreneur supported under a CAPE", html)
        self.assertIn("business support contract (CAPE", html)
        self.assertIn(
            "12 rue de la Coopération, 62300, Lens, SIREN 812 345 678, "
            "until 03/31/2027",
            html,
        )

    def test_french_customer_gets_french_mentions(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(["coop_cae"], ["fr_FR"])
        self.client_a.sudo().lang = "fr_FR"
        self.activity_a.sudo().coop_stage = "associate"
        html = self._html(self.invoice_a)
        self.assertIn(
            "Activité : Photographie — Marie Dupont, "
            "entrepreneur·e-salarié·e associé·e",
            html,
        )

    def test_facturx_export_still_works(self):
        self.company.sudo().write(
            {
                "vat": "FR23334175221",
                "email": "contact@coop.example.com",
                "phone": "0321000000",
            }
        )
        bank = (
            self.env["res.partner.bank"]
            .sudo()
            .create(
                {
                    "acc_number": "FR7630006000011234567890189",
                    "partner_id": self.company.partner_id.id,
                }
            )
        )
        invoice = self._entrepreneur_invoice(self.user_a, self.client_a)
        invoice.partner_bank_id = bank
        invoice.with_user(self.user_a).action_post()
        xml, errors = self.env["account.edi.xml.cii"]._export_invoice(invoice)
        self.assertFalse(errors)
        self.assertIn(b"CrossIndustryInvoice", xml)
        self.assertIn(b"Mari\xc3\xa9s Martin", xml)
