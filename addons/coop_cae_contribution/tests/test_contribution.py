# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo import Command, fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.coop_cae.tests.test_invoicing import CoopInvoicingCase


class CoopContributionCase(CoopInvoicingCase):
    """The two entrepreneurs of CoopInvoicingCase, whose invoices of 1,000 € are
    posted on 10 March 2026 under the default scheme (10% when invoiced)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Contribution = cls.env["coop.contribution"]
        Scheme = cls.env["coop.contribution.scheme"].sudo()
        cls.scheme_5 = Scheme.create({"name": "5%", "rate_type": "flat", "rate": 5})
        cls.scheme_tiered = Scheme.create(
            {
                "name": "Tiered",
                "rate_type": "brackets",
                "bracket_ids": [
                    Command.create({"lower_bound": 0, "rate": 10}),
                    Command.create({"lower_bound": 35000, "rate": 8}),
                    Command.create({"lower_bound": 45000, "rate": 6}),
                ],
            }
        )
        cls.scheme_cashed = Scheme.create(
            {"name": "Cashed", "rate_type": "flat", "rate": 10, "trigger": "cashed"}
        )
        cls.scheme_fixed = Scheme.create(
            {"name": "Fixed", "rate_type": "company", "fixed_amount": 30}
        )
        cls._book_queued()

    @classmethod
    def _book_queued(cls):
        """What the booking job does once the transaction has committed."""
        cls.env.flush_all()
        cls.env["coop.contribution"]._coop_book_queue()

    @classmethod
    def _new_activity(cls, name, scheme=None, date_from="2026-01-01"):
        activity = (
            cls.env["hr.employee"]
            .sudo()
            .create(
                {
                    "name": name,
                    "is_entrepreneur": True,
                    "coop_trade_name": name,
                    "company_id": cls.company.id,
                }
            )
        )
        if scheme:
            cls._assign(activity, scheme, date_from)
        return activity.sudo(False)

    @classmethod
    def _assign(cls, activity, scheme, date_from):
        cls.env["coop.contribution.assignment"].with_user(cls.staff).create(
            {"employee_id": activity.id, "scheme_id": scheme.id, "date_from": date_from}
        )

    def _invoice(self, activity, price, date="2026-03-10", move_type="out_invoice"):
        return self._post_document(
            activity,
            [{"product_id": self.product_a.id, "price_unit": price}],
            date,
            move_type,
        )

    def _post_document(self, activity, lines, date, move_type, partner=None):
        """Post an invoice or bill of `activity` with `lines` (without taxes)."""
        document = (
            self.env["account.move"]
            .with_user(self.staff)
            .create(
                {
                    "move_type": move_type,
                    "partner_id": (partner or self.partner_a).id,
                    "coop_activity_id": activity.id,
                    "invoice_date": date,
                    "invoice_line_ids": [
                        Command.create({**line, "tax_ids": [Command.clear()]})
                        for line in lines
                    ],
                }
            )
        )
        document.action_post()
        return document.sudo(False)

    def _pay(self, invoice, amount, date):
        return (
            self.env["account.payment.register"]
            .with_context(active_model="account.move", active_ids=invoice.ids)
            .create({"amount": amount, "payment_date": date})
            ._create_payments()
        )

    def _booked(self, **domain):
        self._book_queued()
        contributions = self.Contribution.with_user(self.staff).search(
            [(key, "=", value) for key, value in domain.items()]
        )
        return round(sum(contributions.mapped("amount")), 2)


@tagged("post_install", "-at_install")
class TestContribution(CoopContributionCase):
    def test_posted_invoice_books_its_contribution(self):
        self._book_queued()
        contribution = self.invoice_a.coop_contribution_ids
        self.assertEqual(len(contribution), 1)
        self.assertEqual(contribution.amount, 100.0)
        self.assertEqual(contribution.base, 1000.0)
        self.assertEqual(contribution.activity_id, self.activity_a)
        self.assertEqual(self.invoice_a.coop_contribution_count, 1)
        move = contribution.move_id
        self.assertEqual(move.state, "posted")
        self.assertEqual(move.journal_id.code, "CONTR")
        self.assertTrue(move.coop_is_contribution)
        self.assertEqual(len(move.line_ids.account_id), 1)
        self.assertEqual(move.line_ids.account_id.code, "706900")
        analytic = self.env["account.analytic.line"].search(
            [("move_line_id.move_id", "=", move.id)]
        )
        column = self.company.coop_activity_plan_id._column_name()
        by_account = {line[column]: line.amount for line in analytic}
        self.assertEqual(by_account[self.account_a], -100.0)
        self.assertEqual(by_account[self.company.coop_structure_account_id], 100.0)
        # The company's result does not move.
        pnl = move.line_ids.filtered(
            lambda line: line.account_id.internal_group in ("income", "expense")
        )
        self.assertEqual(sum(pnl.mapped("balance")), 0.0)

    @freeze_time("2026-12-01")
    def test_entrepreneur_form_shows_the_year_contribution(self):
        self._book_queued()
        activity = self.activity_a.with_user(self.staff)
        self.assertEqual(activity.coop_contribution_this_year, 100.0)
        action = activity.action_coop_open_contributions()
        self.assertEqual(
            self.env["coop.contribution"]
            .with_user(self.staff)
            .search(action["domain"]),
            self.invoice_a.coop_contribution_ids,
        )

    def test_contribution_entry_cannot_be_reset(self):
        self._book_queued()
        with self.assertRaises(UserError):
            self.invoice_a.sudo().coop_contribution_ids.move_id.button_draft()

    def test_credit_note_reduces_contribution(self):
        self._invoice(self.activity_a, 400, move_type="out_refund")
        self.assertEqual(self._booked(activity_id=self.activity_a.id), 60.0)

    def test_reset_to_draft_reverses_and_repost_books_once(self):
        self.invoice_a.button_draft()
        self.assertEqual(self._booked(source_move_id=self.invoice_a.id), 0.0)
        self.invoice_a.action_post()
        self.assertEqual(self._booked(source_move_id=self.invoice_a.id), 100.0)
        self.assertEqual(len(self.invoice_a.coop_contribution_ids), 3)

    def test_cancel_reverses(self):
        self.invoice_a.button_cancel()
        self.assertEqual(self._booked(source_move_id=self.invoice_a.id), 0.0)

    def test_rate_change_mid_year_keeps_past_revenue(self):
        self._assign(self.activity_a, self.scheme_5, "2026-04-01")
        invoice = self._invoice(self.activity_a, 1000, date="2026-05-04")
        self.assertEqual(self._booked(source_move_id=invoice.id), 50.0)
        self.assertEqual(self._booked(source_move_id=self.invoice_a.id), 100.0)
        wizard = (
            self.env["coop.contribution.recompute"]
            .with_user(self.staff)
            .create({"date_from": "2026-01-01", "date_to": "2026-12-31"})
        )
        wizard.action_preview()
        self.assertFalse(wizard.line_ids)

    def test_bracket_crossing_is_split_exactly(self):
        activity = self._new_activity("Menuiserie", self.scheme_tiered)
        first = self._invoice(activity, 30000)
        self.assertEqual(self._booked(source_move_id=first.id), 3000.0)
        second = self._invoice(activity, 20000, date="2026-06-01")
        # 5,000 at 10%, 10,000 at 8%, 5,000 at 6%.
        self.assertEqual(self._booked(source_move_id=second.id), 1600.0)
        # Cancelling the first takes its base off the top of the year.
        first.button_cancel()
        self.assertEqual(self._booked(activity_id=activity.id), 2000.0)

    def test_cashed_trigger_follows_payments(self):
        activity = self._new_activity("Traiteur", self.scheme_cashed)
        invoice = self._invoice(activity, 1000)
        self._book_queued()
        self.assertFalse(invoice.coop_contribution_ids)
        payment = self._pay(invoice, 400, "2026-03-20")
        self.assertEqual(self._booked(source_move_id=invoice.id), 40.0)
        self.assertEqual(
            invoice.coop_contribution_ids.date, fields.Date.to_date("2026-03-20")
        )
        self.assertEqual(invoice.coop_contribution_ids.payment_id, payment)
        self._pay(invoice, 600, "2026-04-02")
        self.assertEqual(self._booked(source_move_id=invoice.id), 100.0)
        payment.move_id._reverse_moves(cancel=True)
        self.assertEqual(self._booked(source_move_id=invoice.id), 60.0)

    def test_cashed_payment_reset_to_draft_is_no_cash(self):
        activity = self._new_activity("Fleuriste", self.scheme_cashed)
        invoice = self._invoice(activity, 1000)
        payment = self._pay(invoice, 1000, "2026-03-20")
        self.assertEqual(self._booked(source_move_id=invoice.id), 100.0)
        # Odoo keeps the matching of a payment reset to draft; the money has
        # not come in all the same.
        payment.action_draft()
        self.assertEqual(self._booked(source_move_id=invoice.id), 0.0)
        # Posted again, it is cash again, once.
        payment.action_post()
        self.assertEqual(self._booked(source_move_id=invoice.id), 100.0)
        self.assertEqual(len(invoice.coop_contribution_ids), 3)

    def test_gross_margin_deducts_direct_costs(self):
        Scheme = self.env["coop.contribution.scheme"].sudo()
        margin = Scheme.create({"name": "Margin", "rate": 10, "base": "margin"})
        activity = self._new_activity("Boulangerie", margin)
        direct = self.company_data["default_account_expense"]
        direct.sudo().coop_is_direct_cost = True
        self._invoice(activity, 1000)
        bill = self._post_document(
            activity,
            [{"name": "Farine", "account_id": direct.id, "price_unit": 300}],
            "2026-03-12",
            "in_invoice",
            partner=self.partner_b,
        )
        self.assertEqual(self._booked(source_move_id=bill.id), -30.0)
        self.assertEqual(self._booked(activity_id=activity.id), 70.0)
        # A product flagged as a direct cost counts whatever its account.
        flour = self._create_product(name="Farine bio", standard_price=0.0)
        flour.product_tmpl_id.sudo().coop_is_direct_cost = True
        other_account = self.company_data["default_account_expense"].copy(
            {"coop_is_direct_cost": False}
        )
        bill_2 = self._post_document(
            activity,
            [
                {
                    "product_id": flour.id,
                    "account_id": other_account.id,
                    "price_unit": 100,
                },
                {"name": "Loyer", "account_id": other_account.id, "price_unit": 500},
            ],
            "2026-03-13",
            "in_invoice",
            partner=self.partner_b,
        )
        self.assertEqual(self._booked(source_move_id=bill_2.id), -10.0)
        # A bill under a revenue scheme books nothing.
        self.assertEqual(self._booked(activity_id=self.activity_a.id), 100.0)

    def test_fixed_fee_with_exemption(self):
        self._assign(self.activity_a, self.scheme_fixed, "2026-01-01")
        self._assign(self.activity_b, self.scheme_fixed, "2026-01-01")
        self.activity_b.sudo().coop_contribution_exempt = True
        wizard = (
            self.env["coop.contribution.recompute"]
            .with_user(self.staff)
            .create({"date_from": "2026-01-01", "date_to": "2026-03-31"})
        )
        wizard.action_preview()
        self.assertEqual(wizard.amount_total, 90.0)
        wizard.action_book()
        self.assertEqual(self._booked(activity_id=self.activity_a.id, kind="fixed"), 90)
        self.assertEqual(self._booked(activity_id=self.activity_b.id, kind="fixed"), 0)
        wizard.action_preview()
        self.assertFalse(wizard.line_ids)

    def test_cron_books_fixed_fee_of_the_month_once(self):
        self._assign(self.activity_a, self.scheme_fixed, "2026-01-01")
        with freeze_time("2026-05-17"):
            self.Contribution._coop_cron_book_fixed()
            self.Contribution._coop_cron_book_fixed()
        fixed = self.Contribution.with_user(self.staff).search(
            [("activity_id", "=", self.activity_a.id), ("kind", "=", "fixed")]
        )
        self.assertEqual(fixed.mapped("amount"), [30.0])
        self.assertEqual(fixed.date, fields.Date.to_date("2026-05-01"))

    def test_yearly_floor_and_cap(self):
        Scheme = self.env["coop.contribution.scheme"].sudo()
        floor = Scheme.create({"name": "Floor", "rate": 10, "yearly_floor": 500})
        capped = Scheme.create({"name": "Cap", "rate": 10, "yearly_cap": 150})
        low = self._new_activity("Couture", floor)
        high = self._new_activity("Conseil", capped)
        self._invoice(low, 1000)
        self._invoice(high, 1000)
        self._invoice(high, 1000, date="2026-04-10")
        self.assertEqual(self._booked(activity_id=high.id), 150.0)
        wizard = (
            self.env["coop.contribution.recompute"]
            .with_user(self.staff)
            .create({"date_from": "2026-01-01", "date_to": "2026-12-31"})
        )
        wizard.action_book()
        self.assertEqual(self._booked(activity_id=low.id, kind="floor"), 400.0)
        self.assertEqual(self._booked(activity_id=low.id), 500.0)
        self._invoice(low, 2000, date="2026-06-10")
        wizard.action_book()
        self.assertEqual(self._booked(activity_id=low.id, kind="floor"), 200.0)
        self.assertEqual(self._booked(activity_id=low.id), 500.0)

    def test_locked_period_books_on_first_open_date(self):
        self.company.fiscalyear_lock_date = "2026-03-31"
        self._assign(self.activity_a, self.scheme_5, "2026-01-01")
        wizard = (
            self.env["coop.contribution.recompute"]
            .with_user(self.staff)
            .create({"date_from": "2026-01-01", "date_to": "2026-12-31"})
        )
        wizard.action_preview()
        self.assertEqual(wizard.amount_total, -50.0)
        wizard.action_book()
        reversal = self.invoice_a.coop_contribution_ids.sorted("id")[-1]
        self.assertEqual(reversal.amount, -50.0)
        self.assertEqual(reversal.date, fields.Date.to_date("2026-03-10"))
        self.assertEqual(reversal.accounting_date, fields.Date.to_date("2026-04-01"))
        self.assertIn("locked period", self.invoice_a.message_ids[0].body)
        wizard.action_preview()
        self.assertFalse(wizard.line_ids)

    def test_entrepreneur_reads_own_contributions_only(self):
        contributions = self.Contribution.with_user(self.user_a).search([])
        self.assertEqual(contributions.activity_id, self.activity_a)
        self.assertEqual(
            self.invoice_a.with_user(self.user_a).coop_contribution_count, 1
        )
        # Her menu leads there; the staff's menus do not show.
        menu = self.env.ref("coop_cae_contribution.coop_contribution_menu_entrepreneur")
        visible = self.env["ir.ui.menu"].with_user(self.user_a)._visible_menu_ids()
        self.assertIn(menu.id, visible)
        recompute = self.env.ref(
            "coop_cae_contribution.coop_contribution_recompute_menu"
        )
        self.assertNotIn(recompute.id, visible)

    def test_recompute_books_the_differences_once(self):
        self._assign(self.activity_a, self.scheme_5, "2026-01-01")
        Contribution = self.Contribution.with_user(self.staff)
        date_from = fields.Date.to_date("2026-01-01")
        date_to = fields.Date.to_date("2026-12-31")
        differences = Contribution._coop_recompute(self.company, date_from, date_to)
        self.assertEqual([d["amount"] for d in differences], [-50.0])
        self.assertEqual(differences[0]["source"], self.invoice_a)
        self.assertEqual(self._booked(source_move_id=self.invoice_a.id), 100.0)
        booked = Contribution._coop_recompute(
            self.company, date_from, date_to, book=True
        )
        self.assertEqual(len(booked), 1)
        self.assertEqual(self._booked(source_move_id=self.invoice_a.id), 50.0)
        self.assertFalse(Contribution._coop_recompute(self.company, date_from, date_to))

    def test_recompute_is_for_staff_over_a_real_range(self):
        day = fields.Date.to_date("2026-06-01")
        with self.assertRaisesRegex(UserError, "staff"):
            self.Contribution.with_user(self.user_a)._coop_recompute(
                self.company, day, day
            )
        with self.assertRaisesRegex(UserError, "start before it ends"):
            self.Contribution.with_user(self.staff)._coop_recompute(
                self.company, day, fields.Date.to_date("2026-01-01")
            )
