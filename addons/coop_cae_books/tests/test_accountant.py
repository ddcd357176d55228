# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, fields
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import CoopBooksCase


@tagged("post_install", "-at_install")
class TestAccountant(CoopBooksCase):
    """The Accountant role: every activity's books, no social situation."""

    def test_reads_every_activity_invoices(self):
        moves = (self.invoice_a | self.invoice_b | self.refund_a | self.bill_b).sudo()
        found = (
            self.env["account.move"]
            .with_user(self.accountant)
            .search([("id", "in", moves.ids)])
        )
        self.assertEqual(sorted(found.ids), sorted(moves.ids))
        lines = (
            self.env["account.move.line"]
            .with_user(self.accountant)
            .search([("move_id", "in", moves.ids)])
        )
        self.assertEqual(sorted(lines.ids), sorted(moves.line_ids.ids))

    def test_reads_contributions_and_share_register(self):
        as_accountant = self.env(user=self.accountant)
        contributions = as_accountant["coop.contribution"].search([])
        self.assertEqual(
            set(contributions.activity_id.ids),
            {self.activity_a.id, self.activity_b.id},
        )
        self.assertTrue(as_accountant["coop.contribution.scheme"].search([]))
        movements = as_accountant["coop.share.movement"].search([])
        self.assertEqual(movements.member_id, self.share_subscription.member_id)
        movements.read(["member_id", "shares", "move_id"])
        with self.assertRaises(AccessError):
            movements.check_access("write")

    def test_posts_a_submitted_invoice(self):
        invoice = self._submitted_invoice(self.user_b, self.client_b)
        self.assertTrue(invoice.coop_to_validate)
        to_validate = (
            self.env["account.move"]
            .with_user(self.accountant)
            .search([("coop_to_validate", "=", True)])
        )
        self.assertIn(invoice, to_validate)
        invoice.with_user(self.accountant).action_post()
        self.assertEqual(invoice.state, "posted")
        self.assertFalse(invoice.coop_to_validate)

    def test_sets_lock_dates_and_the_log_says_who(self):
        wizard = self.env["res.company.lock"].with_user(self.accountant).create({})
        self.assertEqual(wizard.company_id, self.company)
        wizard.write(
            {"sale_lock_date": "2026-03-31", "purchase_lock_date": "2026-03-31"}
        )
        wizard.action_save()
        self.assertEqual(self.company.sale_lock_date, fields.Date.to_date("2026-03-31"))
        logs = (
            self.env["coop.lock.date.log"]
            .with_user(self.accountant)
            .search([("company_id", "=", self.company.id)])
        )
        self.assertEqual(
            sorted(logs.mapped("lock_field")), ["purchase_lock_date", "sale_lock_date"]
        )
        self.assertEqual(logs.user_id, self.accountant)
        self.assertFalse(any(logs.mapped("old_date")))
        # The other settings of the company stay out of reach.
        with self.assertRaises(AccessError):
            self.company.with_user(self.accountant).write({"name": "Autre"})
        with self.assertRaises(AccessError):
            logs.with_user(self.accountant).unlink()

    def test_no_social_situation(self):
        candidate = (
            self.env["coop.candidate"]
            .sudo()
            .create({"name": "Karima Candidate", "rqth": True})
        )
        with self.assertRaises(AccessError):
            candidate.with_user(self.accountant).read(["rqth"])
        with self.assertRaises(AccessError):
            self.activity_a.with_user(self.accountant).read(["coop_exit_reason"])
        # Also staff, they see it.
        staff_accountant = new_test_user(
            self.env,
            login="books_staff_accountant",
            groups="base.group_user,coop_cae.coop_cae_group_user,"
            "coop_cae.coop_cae_group_accountant",
            company_id=self.company.id,
            company_ids=[Command.set(self.company.ids)],
        )
        self.assertTrue(candidate.with_user(staff_accountant).read(["rqth"])[0]["rqth"])

    def test_entrepreneurs_get_no_ledger_nor_statement(self):
        Instance = self.env["mis.report.instance"]
        instance = Instance._coop_statement_instance(
            self.env.ref("l10n_fr_mis_reports.mis_report_pl"),
            fields.Date.to_date("2026-01-01"),
            fields.Date.to_date("2026-12-31"),
        )
        as_a = self.env(user=self.user_a)
        self.assertFalse(as_a["mis.report.instance"].search([("id", "=", instance.id)]))
        with self.assertRaises(AccessError):
            instance.with_user(self.user_a).read(["name"])
        for wizard in ("general.ledger.report.wizard", "trial.balance.report.wizard"):
            with self.subTest(wizard=wizard), self.assertRaises(AccessError):
                as_a[wizard].create(
                    {"date_from": "2026-01-01", "date_to": "2026-12-31"}
                )
