# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged
from odoo.tools import mute_logger

from odoo.addons.coop_cae.tests.common import RefusalAssertions
from odoo.addons.coop_cae.tests.test_invoicing import CoopInvoicingCase


@tagged("post_install", "-at_install")
class TestActivityTransfer(RefusalAssertions, CoopInvoicingCase):
    def _transfer(self, amount=150.0, **vals):
        return (
            self.env["coop.activity.transfer"]
            .with_user(self.staff)
            .create(
                {
                    "name": "Retouches sous-traitées",
                    "date": "2026-04-15",
                    "activity_from_id": self.activity_a.id,
                    "activity_to_id": self.activity_b.id,
                    "amount": amount,
                    **vals,
                }
            )
        )

    def _analytic(self, account):
        # The Activities plan has its own column on analytic lines.
        column = account.sudo().root_plan_id._column_name()
        lines = self.env["account.analytic.line"].search(
            [
                (column, "=", account.id),
                ("move_line_id.move_id.coop_transfer_id", "!=", False),
            ]
        )
        return round(sum(lines.mapped("amount")), 2)

    def test_posting_books_both_activities(self):
        transfer = self._transfer()
        transfer.action_post()
        self.assertEqual(transfer.state, "posted")
        moves = transfer.move_ids
        self.assertEqual(moves.mapped("state"), ["posted", "posted"])
        self.assertEqual(
            set(moves.mapped("coop_activity_id")), {self.activity_a, self.activity_b}
        )
        self.assertEqual(self._analytic(self.account_a), -150.0)
        self.assertEqual(self._analytic(self.account_b), 150.0)
        account = self.company.coop_transfer_account_id
        self.assertEqual(account.code, "706800")
        lines = moves.line_ids
        self.assertEqual(set(lines.account_id.ids), {account.id})
        self.assertEqual(sum(lines.mapped("balance")), 0.0, "the result does not move")

    def test_each_entrepreneur_sees_their_side(self):
        transfer = self._transfer()
        transfer.action_post()
        for user, activity in (
            (self.user_a, self.activity_a),
            (self.user_b, self.activity_b),
        ):
            self.assertTrue(transfer.with_user(user).read(["amount"]))
            seen = (
                self.env["account.move"]
                .with_user(user)
                .search([("coop_transfer_id", "=", transfer.id)])
            )
            self.assertEqual(seen.coop_activity_id, activity)
        third = self._transfer(activity_to_id=self._create_third().id)
        with self.assertRefused(AccessError, ""):
            third.with_user(self.user_b).read(["amount"])

    def _create_third(self):
        return (
            self.env["hr.employee"]
            .sudo()
            .create(
                {
                    "name": "Chloé Martin",
                    "is_entrepreneur": True,
                    "coop_trade_name": "Sophrologie",
                    "company_id": self.company.id,
                }
            )
        )

    def test_entrepreneurs_neither_record_nor_post(self):
        Transfer = self.env["coop.activity.transfer"].with_user(self.user_a)
        with self.assertRefused(AccessError, ""):
            Transfer.create(
                {
                    "name": "Cadeau",
                    "activity_from_id": self.activity_b.id,
                    "activity_to_id": self.activity_a.id,
                    "amount": 1000.0,
                }
            )
        transfer = self._transfer()
        with self.assertRefused(AccessError, ""):
            transfer.with_user(self.user_b).action_post()
        self.assertEqual(transfer.state, "draft")
        draft = self._entrepreneur_invoice(self.user_a, self.client_a)
        with self.assertRefused(UserError, "coop_transfer_id"):
            draft.with_user(self.user_a).write({"coop_transfer_id": transfer.id})

    def test_cancelling_cancels_both_entries(self):
        transfer = self._transfer()
        transfer.action_post()
        with self.assertRefused(UserError, "only drafts are deleted"):
            transfer.unlink()
        transfer.action_cancel()
        self.assertEqual(transfer.state, "cancel")
        self.assertEqual(transfer.move_ids.mapped("state"), ["cancel", "cancel"])
        self.assertEqual(self._analytic(self.account_a), 0.0)
        self.assertEqual(self._analytic(self.account_b), 0.0)

    def test_bad_amounts_and_activities_are_refused(self):
        for vals in ({"amount": 0.0}, {"activity_to_id": self.activity_a.id}):
            with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"):
                with self.env.cr.savepoint():
                    self._transfer(**vals)
                    self.env.flush_all()
