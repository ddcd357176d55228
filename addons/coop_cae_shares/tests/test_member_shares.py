# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io

import openpyxl

from odoo import Command, fields
from odoo.exceptions import AccessError, RedirectWarning, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from odoo.addons.account.tests.common import AccountTestInvoicingCommon
from odoo.addons.coop_cae.tests.common import (
    CoopCompanyIdentity,
    PdfText,
    RefusalAssertions,
)

# The test company has the generic chart: its share capital accounts are set by
# hand, as the French chart's template sets them (test_share_accounts.py).
ACCOUNTS = {
    "capital": ("101399", "Capital souscrit appelé, versé", "equity"),
    "capital_unpaid": ("101299", "Capital souscrit appelé, non versé", "equity"),
    "capital_uncalled": ("101199", "Capital souscrit non appelé", "equity"),
    "called": ("456250", "Associés - capital appelé, non versé", "asset_current"),
    "uncalled": ("109000", "Capital souscrit non appelé", "equity"),
    "repay": ("456700", "Associés - capital à rembourser", "liability_current"),
    "payroll": ("421000", "Rémunérations dues", "liability_current"),
    "loss": ("119000", "Report à nouveau débiteur", "equity"),
    "reserve": ("106899", "Autres réserves", "equity"),
}
ACCOUNT_FIELDS = {
    "capital": "coop_share_capital_account_id",
    "capital_unpaid": "coop_share_capital_unpaid_account_id",
    "capital_uncalled": "coop_share_capital_uncalled_account_id",
    "called": "coop_share_called_account_id",
    "uncalled": "coop_share_uncalled_account_id",
    "repay": "coop_share_repay_account_id",
    "payroll": "coop_share_payroll_account_id",
    "loss": "coop_share_loss_account_id",
}


@tagged("post_install", "-at_install")
class TestMemberShares(
    CoopCompanyIdentity, PdfText, RefusalAssertions, AccountTestInvoicingCommon
):
    """Subscriptions, payments, transfers and withdrawals of shares, and the
    register that must agree with the ledger."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.company_data["company"]
        cls.company.write(
            {
                "coop_share_nominal_value": 25.0,
                "coop_share_payment_policy": "full",
                "coop_capital_floor_fraction": 0.25,
                "coop_share_repayment_delay": 5,
                "coop_share_journal_id": cls.company_data["default_journal_misc"].id,
            }
        )
        cls.accounts = {
            key: cls._share_account(*vals) for key, vals in ACCOUNTS.items()
        }
        cls.company.write(
            {field: cls.accounts[key].id for key, field in ACCOUNT_FIELDS.items()}
        )
        cls.bank = cls.company_data["default_journal_bank"]
        user_vals = {
            "company_id": cls.company.id,
            "company_ids": [Command.set(cls.company.ids)],
        }
        cls.staff = new_test_user(
            cls.env,
            login="share_staff",
            groups="base.group_user,coop_cae.coop_cae_group_user",
            **user_vals,
        )
        cls.entrepreneur_user = new_test_user(
            cls.env,
            login="share_entrepreneur",
            groups="base.group_user,coop_cae.coop_cae_group_entrepreneur",
            **user_vals,
        )
        # The accounting test user is no HR officer: the staff set entrepreneurs up.
        cls.entrepreneur = (
            cls.env["hr.employee"]
            .sudo()
            .with_company(cls.company)
            .create(
                {
                    "name": "Marie Dupont",
                    "is_entrepreneur": True,
                    "coop_trade_name": "Photographie",
                    "coop_stage": "cesa",
                    "user_id": cls.entrepreneur_user.id,
                    "company_id": cls.company.id,
                }
            )
        )
        # Managers configure the colleges.
        College = cls.env["coop.member.college"].sudo()
        cls.college_entrepreneurs = College.create(
            {"name": "Entrepreneurs", "min_shares": 2, "company_id": cls.company.id}
        )
        cls.college_partners = College.create(
            {"name": "Partners", "min_shares": 1, "company_id": cls.company.id}
        )
        Partner = cls.env["res.partner"]
        cls.partner_a = Partner.create({"name": "France Active"})
        cls.partner_b = Partner.create({"name": "Ville de Lens"})
        cls.partner_c = Partner.create({"name": "Banque Coopérative"})

    @classmethod
    def _share_account(cls, code, name, account_type):
        Account = cls.env["account.account"].with_company(cls.company)
        return Account.search(
            [
                ("code", "=", code),
                ("account_type", "=", account_type),
                ("company_ids", "in", cls.company.ids),
            ],
            limit=1,
        ) or Account.create(
            {
                "code": code,
                "name": name,
                "account_type": account_type,
                "company_ids": [Command.set(cls.company.ids)],
                "reconcile": account_type in ("asset_current", "liability_current"),
            }
        )

    # helpers -------------------------------------------------------------

    def _subscribe(self, partner, shares, date, college=None, validate=True):
        subscription = (
            self.env["coop.share.subscription"]
            .with_user(self.staff)
            .with_company(self.company)
            .create(
                {
                    "partner_id": partner.id,
                    "college_id": (college or self.college_partners).id,
                    "shares": shares,
                    "date": date,
                    "signed": True,
                    "company_id": self.company.id,
                }
            )
        )
        if validate:
            subscription.action_validate()
        return subscription

    def _pay(self, member, amount, date, method="bank"):
        self.env["coop.share.payment"].with_user(self.staff).create(
            {
                "member_id": member.id,
                "amount": amount,
                "date": date,
                "payment_method": method,
                "journal_id": self.bank.id if method == "bank" else False,
            }
        ).action_confirm()

    def _withdraw(self, member, shares, date):
        return (
            self.env["coop.share.withdrawal"]
            .with_user(self.staff)
            .create(
                {
                    "member_id": member.id,
                    "shares": shares,
                    "request_date": date,
                    "accept_date": date,
                    "payment_journal_id": self.bank.id,
                    "company_id": self.company.id,
                }
            )
        )

    def _call(self, member, amount, date):
        self.env["coop.share.call"].with_user(self.staff).create(
            {"member_id": member.id, "amount": amount, "date": date}
        ).action_confirm()

    def _post_entry(self, date, debit_account, credit_account, amount):
        """An entry of the cooperative's own accounts (a loss, a reserve)."""
        move = self.env["account.move"].create(
            {
                "move_type": "entry",
                "date": date,
                "journal_id": self.company_data["default_journal_misc"].id,
                "coop_is_structure": True,
                "line_ids": [
                    Command.create(
                        {
                            "name": "Test",
                            "account_id": debit_account.id,
                            "debit": amount,
                        }
                    ),
                    Command.create(
                        {
                            "name": "Test",
                            "account_id": credit_account.id,
                            "credit": amount,
                        }
                    ),
                ],
            }
        )
        move.action_post()
        return move

    def _balance(self, key, date=None):
        domain = [
            ("account_id", "=", self.accounts[key].id),
            ("parent_state", "=", "posted"),
        ]
        if date:
            domain.append(("date", "<=", date))
        return sum(self.env["account.move.line"].search(domain).mapped("balance"))

    def _assert_register_is_ledger(self, date, paid, called_unpaid, uncalled):
        check = self.env["coop.share.movement"]._coop_check_ledger(self.company, date)
        capital = paid + called_unpaid + uncalled
        expected = {
            "register_capital": capital,
            "ledger_capital": capital,
            "register_paid": paid,
            "ledger_paid": paid,
            "register_called_unpaid": called_unpaid,
            "ledger_called_unpaid": called_unpaid,
            "ledger_members_called": called_unpaid,
            "register_uncalled": uncalled,
            "ledger_uncalled": uncalled,
            "ledger_members_uncalled": uncalled,
            "balanced": True,
        }
        self.assertEqual({key: check[key] for key in expected}, expected, date)

    # behaviour -----------------------------------------------------------

    def test_subscription_books_capital_and_debt(self):
        subscription = self._subscribe(self.partner_a, 4, "2025-01-10")
        member = subscription.member_id
        self.assertEqual(subscription.state, "validated")
        self.assertEqual(member.state, "member")
        self.assertTrue(member.number)
        self.assertEqual(member.admission_date, fields.Date.to_date("2025-01-10"))
        self.assertEqual(member.shares_held, 4)
        self.assertEqual(member.amount_subscribed, 100.0)
        self.assertEqual(member.amount_due, 100.0)
        # All of it is called at once: capital called not paid, owed by the member.
        self.assertEqual(self._balance("capital_unpaid"), -100.0)
        self.assertEqual(self._balance("called"), 100.0)
        self.assertEqual(self._balance("capital"), 0.0)
        self.assertEqual(self._balance("capital_uncalled"), 0.0)
        self.assertEqual(member.votes, 1)
        self._pay(member, 100.0, "2025-01-20")
        self.assertEqual(self._balance("capital_unpaid"), 0.0)
        self.assertEqual(self._balance("called"), 0.0)
        self.assertEqual(self._balance("capital"), -100.0)
        self.assertEqual(self.bank.default_account_id.current_balance, 100.0)

    def test_partial_payment_releases_called_then_uncalled(self):
        self.company.write(
            {
                "coop_share_payment_policy": "partial",
                "coop_share_min_paid_fraction": 0.25,
            }
        )
        subscription = self._subscribe(self.partner_a, 10, "2025-01-10")
        member = subscription.member_id
        self.assertEqual(subscription.amount_due_now, 62.5)
        self.assertEqual(self._balance("called"), 62.5)
        self.assertEqual(self._balance("capital_unpaid"), -62.5)
        self.assertEqual(self._balance("uncalled"), 187.5)
        self.assertEqual(self._balance("capital_uncalled"), -187.5)
        # Paying more than was called calls the difference on the way.
        self._pay(member, 100.0, "2025-02-01")
        self.assertEqual(self._balance("called"), 0.0)
        self.assertEqual(self._balance("capital_unpaid"), 0.0)
        self.assertEqual(self._balance("uncalled"), 150.0)
        self.assertEqual(self._balance("capital_uncalled"), -150.0)
        self.assertEqual(self._balance("capital"), -100.0)
        self.assertEqual(
            (member.amount_paid, member.amount_due, member.amount_called_unpaid),
            (100.0, 150.0, 0.0),
        )
        self.assertEqual(member.amount_uncalled, 150.0)
        # The board calls part of the rest; the member pays it in two goes.
        self._call(member, 90.0, "2025-06-01")
        self.assertEqual(self._balance("called"), 90.0)
        self.assertEqual(self._balance("capital_unpaid"), -90.0)
        self.assertEqual(self._balance("uncalled"), 60.0)
        self.assertEqual(self._balance("capital_uncalled"), -60.0)
        self.assertEqual(
            (member.amount_called_unpaid, member.amount_uncalled), (90, 60)
        )
        self._pay(member, 40.0, "2025-06-15")
        self.assertEqual(self._balance("called"), 50.0)
        self.assertEqual(self._balance("capital"), -140.0)
        self._pay(member, 110.0, "2025-07-01")
        for key in ("called", "capital_unpaid", "uncalled", "capital_uncalled"):
            self.assertEqual(self._balance(key), 0.0, key)
        self.assertEqual(self._balance("capital"), -250.0)
        self.assertEqual(member.amount_due, 0.0)
        self.assertEqual(
            member.movement_ids.mapped("movement_type"),
            ["subscription", "payment", "call", "payment", "payment"],
        )
        self._assert_register_is_ledger("2025-07-01", 250.0, 0.0, 0.0)

    def test_call_above_uncalled_refused(self):
        self.company.write(
            {
                "coop_share_payment_policy": "partial",
                "coop_share_min_paid_fraction": 0.5,
            }
        )
        member = self._subscribe(self.partner_a, 4, "2025-01-10").member_id
        with self.assertRefused(UserError, "has 50.0 of capital not called yet"):
            self._call(member, 50.01, "2025-03-01")
        with self.assertRefused(UserError, "must be positive"):
            self._call(member, 0.0, "2025-03-01")
        self.assertEqual(member.movement_ids.mapped("movement_type"), ["subscription"])
        self.assertEqual(self._balance("uncalled"), 50.0)

    def test_payment_withheld_from_pay_debits_net_pay(self):
        subscription = self._subscribe(
            self.entrepreneur.work_contact_id,
            2,
            "2025-01-10",
            college=self.college_entrepreneurs,
        )
        self._pay(subscription.member_id, 50.0, "2025-01-31", method="payroll")
        self.assertEqual(self._balance("payroll"), 50.0)
        self.assertEqual(subscription.member_id.amount_due, 0.0)

    def test_unsigned_bulletin_is_not_validated(self):
        subscription = self._subscribe(self.partner_a, 4, "2025-01-10", validate=False)
        subscription.signed = False
        with self.assertRefused(UserError, "must be signed"):
            subscription.action_validate()
        self.assertEqual(subscription.state, "draft")

    def test_zero_or_negative_shares_refused(self):
        Subscription = self.env["coop.share.subscription"].sudo()
        for shares in (0, -3):
            with self.assertRefused(ValidationError, "at least one share"):
                self._subscribe(self.partner_a, shares, "2025-01-10", validate=False)
        self.assertFalse(Subscription.search([("partner_id", "=", self.partner_a.id)]))

    def test_fewer_than_college_minimum_refused(self):
        with self.assertRefused(ValidationError, "holds at least 2 shares"):
            self._subscribe(
                self.partner_a, 1, "2025-01-10", college=self.college_entrepreneurs
            )
        self.assertFalse(
            self.env["coop.share.subscription"]
            .sudo()
            .search([("partner_id", "=", self.partner_a.id)])
        )

    def test_payment_above_due_refused(self):
        member = self._subscribe(self.partner_a, 4, "2025-01-10").member_id
        with self.assertRefused(UserError, "owes 100.0 on their shares"):
            self._pay(member, 100.01, "2025-01-20")
        self.assertEqual(member.amount_due, 100.0)
        self.assertEqual(member.movement_ids.mapped("movement_type"), ["subscription"])

    def test_withdrawal_of_more_shares_than_held_refused(self):
        member = self._subscribe(self.partner_a, 4, "2025-01-10").member_id
        with self.assertRefused(
            ValidationError, "holds 4 shares and cannot withdraw 5"
        ):
            self._withdraw(member, 5, "2025-02-01")
        self.assertFalse(member.withdrawal_ids)

    def test_repayment_breaking_floor_refused(self):
        member = self._subscribe(self.partner_a, 10, "2025-01-10").member_id
        self._pay(member, 250.0, "2025-01-10")
        self.assertEqual(self.company.coop_capital_max, 250.0)
        withdrawal = self._withdraw(member, 8, "2025-02-01")
        with self.assertRefused(UserError, "below its floor of 62.5"):
            withdrawal.action_accept()
        self.assertEqual(withdrawal.state, "requested")
        self.assertEqual(member.shares_held, 10)
        self.assertEqual(self._balance("capital"), -250.0)

    def test_editing_registered_movement_refused(self):
        member = self._subscribe(self.partner_a, 4, "2025-01-10").member_id
        movement = member.movement_ids.with_user(self.staff)
        with self.assertRefused(UserError, "cannot be edited"):
            movement.write({"shares": 40})
        with self.assertRefused(UserError, "cannot be edited"):
            movement.unlink()
        self.assertEqual(movement.shares, 4)
        with self.assertRaises(AccessError):
            movement.create(
                {
                    "name": "Forged",
                    "movement_type": "subscription",
                    "date": "2025-01-10",
                    "member_id": member.id,
                    "shares": 100,
                    "company_id": self.company.id,
                }
            )

    def test_withdrawal_moves_capital_to_repay_then_repays(self):
        member_a = self._subscribe(self.partner_a, 10, "2025-01-10").member_id
        member_b = self._subscribe(self.partner_b, 10, "2025-01-10").member_id
        self._pay(member_a, 250.0, "2025-01-10")
        self._pay(member_b, 250.0, "2025-01-10")
        first = self._withdraw(member_a, 4, "2025-02-01")
        second = self._withdraw(member_b, 2, "2025-03-01")
        self.assertEqual(first.due_date, fields.Date.to_date("2030-02-01"))
        with self.assertRefused(UserError, "in order of request"):
            second.action_accept()
        first.action_accept()
        self.assertEqual(self._balance("repay"), -100.0)
        self.assertEqual(self._balance("capital"), -400.0)
        self.assertEqual(member_a.shares_held, 6)
        second.action_accept()
        # 2025 made a loss of 200, of which reserves of 50 absorb a part.
        expense = self.company_data["default_account_expense"]
        bank_account = self.bank.default_account_id
        self._post_entry("2025-06-30", expense, bank_account, 200.0)
        self._post_entry("2025-01-05", bank_account, self.accounts["reserve"], 50.0)
        first.repayment_date = "2026-03-01"
        with self.assertRefused(UserError, "is repaid from 02/01/2030"):
            first.action_repay()
        first.repayment_date = "2030-02-01"
        with self.assertRefused(UserError, "year ending 12/31/2025: lock that year"):
            first.action_repay()
        self.assertEqual(first.state, "accepted")
        self.company.fiscalyear_lock_date = "2025-12-31"
        with self.assertRefused(UserError, "in order of request"):
            second.action_repay()
        first.action_repay()
        # Losses of 150 shared by the 500 of capital at the year end, leavers
        # of the year included: 100 / 500 of them for the first member.
        self.assertEqual(first.loss_year_end, fields.Date.to_date("2025-12-31"))
        self.assertEqual(first.loss_share, 30.0)
        self.assertEqual(first.repayment_amount, 70.0)
        self.assertEqual(first.state, "repaid")
        self.assertEqual(self._balance("loss"), -30.0)
        self.assertEqual(self._balance("repay"), -50.0)
        self.assertEqual(bank_account.current_balance, 500.0 - 200.0 + 50.0 - 70.0)
        second.write({"repayment_date": "2026-01-15", "early_repayment": True})
        second.action_repay()
        self.assertEqual(second.loss_share, 15.0)
        self.assertEqual(self._balance("repay"), 0.0)
        self.assertEqual(self._balance("loss"), -45.0)

    def test_no_loss_no_deduction(self):
        member = self._subscribe(self.partner_a, 10, "2025-01-10").member_id
        self._pay(member, 250.0, "2025-01-10")
        self._post_entry(
            "2025-06-30",
            self.bank.default_account_id,
            self.company_data["default_account_revenue"],
            300.0,
        )
        # A receivable of the generic chart (121000) is no result account.
        self._post_entry(
            "2025-07-31",
            self.company_data["default_account_receivable"],
            self.bank.default_account_id,
            500.0,
        )
        withdrawal = self._withdraw(member, 2, "2025-02-01")
        withdrawal.action_accept()
        with self.assertRefused(UserError, "lock that year"):
            withdrawal.action_compute_loss_share()
        self.company.fiscalyear_lock_date = "2025-12-31"
        withdrawal.action_compute_loss_share()
        self.assertEqual((withdrawal.loss_share, withdrawal.repayment_amount), (0, 50))
        self.assertEqual(withdrawal.loss_year_end, fields.Date.to_date("2025-12-31"))

    def test_register_equals_ledger_at_several_dates(self):
        self.company.write(
            {
                "coop_share_payment_policy": "partial",
                "coop_share_min_paid_fraction": 0.25,
            }
        )
        member_a = self._subscribe(self.partner_a, 10, "2025-01-10").member_id
        member_b = self._subscribe(self.partner_b, 4, "2025-02-01").member_id
        self._pay(member_a, 250.0, "2025-01-15")
        self._pay(member_b, 30.0, "2025-03-01")
        member_c = self._subscribe(self.partner_c, 2, "2025-03-15").member_id
        self.env["coop.share.transfer"].with_user(self.staff).create(
            {
                "member_id": member_a.id,
                "to_member_id": member_c.id,
                "shares": 3,
                "date": "2025-04-01",
            }
        ).action_confirm()
        withdrawal = self._withdraw(member_a, 2, "2025-05-01")
        withdrawal.action_accept()
        self._call(member_b, 45.0, "2025-05-10")
        self._pay(member_b, 70.0, "2025-05-15")
        self._post_entry(
            "2025-09-30",
            self.company_data["default_account_expense"],
            self.bank.default_account_id,
            35.0,
        )
        self.company.fiscalyear_lock_date = "2025-12-31"
        withdrawal.write({"repayment_date": "2026-02-01", "early_repayment": True})
        withdrawal.action_repay()
        # paid, called not paid, not called
        self._assert_register_is_ledger("2024-12-31", 0.0, 0.0, 0.0)
        self._assert_register_is_ledger("2025-01-10", 0.0, 62.5, 187.5)
        self._assert_register_is_ledger("2025-01-31", 250.0, 0.0, 0.0)
        self._assert_register_is_ledger("2025-02-01", 250.0, 25.0, 75.0)
        self._assert_register_is_ledger("2025-03-01", 280.0, 0.0, 70.0)
        self._assert_register_is_ledger("2025-03-15", 280.0, 12.5, 107.5)
        self._assert_register_is_ledger("2025-04-01", 280.0, 12.5, 107.5)
        self._assert_register_is_ledger("2025-05-01", 230.0, 12.5, 107.5)
        self._assert_register_is_ledger("2025-05-10", 230.0, 57.5, 62.5)
        self._assert_register_is_ledger("2025-05-15", 300.0, 12.5, 37.5)
        self._assert_register_is_ledger("2026-02-01", 300.0, 12.5, 37.5)
        self.assertEqual(
            (member_a.shares_held, member_b.shares_held, member_c.shares_held),
            (5, 4, 5),
        )
        # A loss of 35 over 400 of capital at the year end with this leaver.
        self.assertEqual(withdrawal.loss_share, 4.38)
        self.assertEqual(self._balance("repay"), 0.0)
        wizard = (
            self.env["coop.share.register"]
            .with_user(self.staff)
            .create({"date": "2026-02-01", "company_id": self.company.id})
        )
        self.assertTrue(wizard.is_balanced)
        check = self.env["coop.share.movement"]._coop_check_ledger_html(
            self.company, "2026-02-01"
        )
        self.assertEqual(check["register_capital"], 350.0)
        self.assertIn("350.00", wizard.check_html)
        self.assertIn("agrees with the capital accounts", wizard.check_html)
        # An entry the accountant posts by hand on a capital account shows.
        self._post_entry(
            "2026-02-01",
            self.bank.default_account_id,
            self.accounts["capital"],
            10.0,
        )
        wizard.invalidate_recordset()
        self.assertFalse(wizard.is_balanced)
        check = self.env["coop.share.movement"]._coop_check_ledger(
            self.company, "2026-02-01"
        )
        self.assertEqual(check["ledger_paid"], 310.0)
        self.assertIn("310.00", wizard.check_html)
        self.assertIn("does not agree", wizard.check_html)

    def test_entrepreneur_becomes_associate(self):
        self._subscribe(
            self.entrepreneur.work_contact_id,
            2,
            "2025-01-10",
            college=self.college_entrepreneurs,
        )
        self.assertEqual(self.entrepreneur.coop_stage, "associate")
        self.assertEqual(self.entrepreneur.coop_member_shares, 2)
        self.assertTrue(self.entrepreneur.coop_member_id)
        # The entrepreneur's form opens their membership.
        action = self.entrepreneur.action_coop_open_member()
        self.assertEqual(action["res_id"], self.entrepreneur.coop_member_id.id)
        self.assertEqual(
            self.entrepreneur.coop_associate_date, fields.Date.to_date("2025-01-10")
        )
        # Membership meets the associé deadline: no alert, no contract end.
        self.assertFalse(self.entrepreneur.coop_associate_deadline)
        self.assertFalse(self.entrepreneur.coop_associate_overdue)

    def test_entrepreneur_reads_own_membership_only(self):
        own = self._subscribe(
            self.entrepreneur.work_contact_id,
            2,
            "2025-01-10",
            college=self.college_entrepreneurs,
        ).member_id
        other = self._subscribe(self.partner_a, 4, "2025-01-10").member_id
        Member = self.env["coop.member"].with_user(self.entrepreneur_user)
        self.assertEqual(Member.search([]), own)
        self.assertEqual(
            self.env["coop.share.movement"]
            .with_user(self.entrepreneur_user)
            .search([]),
            own.movement_ids,
        )
        with self.assertRaises(AccessError):
            other.with_user(self.entrepreneur_user).read(["shares_held"])
        with self.assertRaises(AccessError):
            self.env["coop.share.subscription"].with_user(
                self.entrepreneur_user
            ).search([])
        with self.assertRaises(AccessError):
            own.with_user(self.entrepreneur_user).write(
                {"admission_date": "2025-01-01"}
            )

    def test_votes_follow_college_weights(self):
        self.college_entrepreneurs.vote_weight = 50
        self.college_partners.vote_weight = 25
        entrepreneur = self._subscribe(
            self.entrepreneur.work_contact_id,
            2,
            "2025-01-10",
            college=self.college_entrepreneurs,
        ).member_id
        partners = (
            self._subscribe(self.partner_a, 1, "2025-01-10").member_id
            | self._subscribe(self.partner_b, 40, "2025-01-10").member_id
        )
        # One vote each, whatever the shares; the college's weight shared among
        # its members, normalised over the colleges that have members.
        self.assertEqual(partners.mapped("votes"), [1, 1])
        self.assertAlmostEqual(entrepreneur.vote_share, 66.67, places=2)
        self.assertEqual(
            [round(share, 2) for share in partners.mapped("vote_share")], [16.67] * 2
        )
        self.assertEqual(self.college_partners.member_count, 2)
        (self.college_entrepreneurs | self.college_partners).vote_weight = 0
        self.env.invalidate_all()
        self.assertAlmostEqual(entrepreneur.vote_share, 33.33, places=2)
        with self.assertRefused(ValidationError, "between 10% and 50% of the votes"):
            self.college_partners.vote_weight = 60

    def test_staff_do_not_configure_colleges(self):
        with self.assertRaises(AccessError):
            self.env["coop.member.college"].with_user(self.staff).create(
                {"name": "Friends", "company_id": self.company.id}
            )

    def test_refusal_is_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        member = self._subscribe(self.partner_a, 4, "2025-01-10").member_id
        with self.assertRefused(UserError, "un versement de 200.0 est trop élevé"):
            self.env["coop.share.payment"].with_user(self.staff).with_context(
                lang="fr_FR"
            ).create(
                {
                    "member_id": member.id,
                    "amount": 200.0,
                    "date": "2025-01-20",
                    "journal_id": self.bank.id,
                }
            ).action_confirm()

    def test_missing_account_is_explained(self):
        self.accounts["repay"].active = False
        with self.assertRaisesRegex(RedirectWarning, "No account 4567"):
            self.company._coop_share_account("coop_share_repay_account_id")
        self.company.coop_share_loss_account_id = False
        with self.assertRaisesRegex(RedirectWarning, "No account 119"):
            self.company._coop_share_account("coop_share_loss_account_id")

    def test_register_xlsx_and_certificate(self):
        member = self._subscribe(self.partner_a, 4, "2025-01-10").member_id
        wizard = (
            self.env["coop.share.register"]
            .with_user(self.staff)
            .create({"date": "2025-06-30", "company_id": self.company.id})
        )
        action = wizard.action_export_xlsx()
        self.assertEqual(action["report_name"], "coop_cae_shares.register_xlsx")
        content, _type = (
            self.env["ir.actions.report"]
            .with_user(self.staff)
            ._render_xlsx(action["report_name"], wizard.ids, action.get("data"))
        )
        members = openpyxl.load_workbook(io.BytesIO(content)).worksheets[0]
        # The date as the user reads it (English here), not ISO.
        self.assertIn("06/30/2025", members["A1"].value)
        rows = {row[1]: row for row in members.iter_rows(values_only=True)}
        # Number, member, college, admission, shares, capital, paid, due.
        self.assertEqual(rows[self.partner_a.name][0], member.number)
        self.assertEqual(
            rows[self.partner_a.name][4:8],
            (4, 100, member.amount_paid, 100 - member.amount_paid),
        )
        # The certificate as the member receives it: a real PDF.
        text = self._pdf_text(
            "coop_cae_shares.coop_member_certificate_report",
            member.with_user(self.staff),
        )
        self.assertIn(self.company.name, text)
        self.assertIn(
            f"certifies that {self.partner_a.name}, member number {member.number}", text
        )
        self.assertIn("holds 4 shares", text)
        # Its legal identity, the variable capital of a cooperative included.
        self.assertIn(
            f"{self.company.name}, SCIC SAS with variable capital, "
            "SIREN 812 345 678, RCS Arras, certifies that",
            text,
        )
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "coop_cae_shares.coop_share_subscription_bulletin_report",
            member.subscription_ids.ids,
        )
        self.assertIn("France Active", html.decode())
        self.assertIn("(<span>SCIC SAS with variable capital</span>)", html.decode())

    def test_certificate_in_french_states_the_variable_capital(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["coop_cae", "coop_cae_shares"], ["fr_FR"]
        )
        self.partner_a.lang = "fr_FR"
        member = self._subscribe(self.partner_a, 4, "2025-01-10").member_id
        # Printed by the staff, whose rights read every name it prints.
        with self.with_user("share_staff"):
            text = self._pdf_text(
                "coop_cae_shares.coop_member_certificate_report", member
            )
        self.assertIn("Attestation de détention de parts sociales", text)
        self.assertIn(
            f"{self.company.name}, SCIC SAS à capital variable, "
            "SIREN 812 345 678, RCS Arras, certifie que",
            text,
        )

    # the model methods the wizards call -------------------------------------

    def test_call_capital_on_the_member(self):
        self.company.write(
            {
                "coop_share_payment_policy": "partial",
                "coop_share_min_paid_fraction": 0.25,
            }
        )
        member = self._subscribe(self.partner_a, 8, "2025-01-10").member_id
        Member = member.with_user(self.staff)
        movement = Member._coop_call_capital(fields.Date.to_date("2025-03-01"), 50.0)
        self.assertEqual(movement.movement_type, "call")
        self.assertEqual(movement.called_amount, 50.0)
        self.assertEqual(movement.move_id.state, "posted")
        self.assertEqual(member.amount_called_unpaid, 100.0)
        self.assertEqual(member.amount_uncalled, 100.0)
        self.assertEqual(self._balance("called"), 100.0)
        self.assertEqual(self._balance("uncalled"), 100.0)
        with self.assertRefused(UserError, "a call of 100.01 is too much"):
            Member._coop_call_capital(fields.Date.to_date("2025-03-02"), 100.01)
        with self.assertRefused(UserError, "must be positive"):
            Member._coop_call_capital(fields.Date.to_date("2025-03-02"), -1.0)

    def test_record_payment_on_the_member(self):
        member = self._subscribe(self.partner_a, 4, "2025-01-10").member_id
        Member = member.with_user(self.staff)
        with self.assertRefused(UserError, "Choose the bank journal"):
            Member._coop_record_payment(fields.Date.to_date("2025-01-20"), 10.0)
        with self.assertRefused(UserError, "entrepreneur-employee"):
            Member._coop_record_payment(
                fields.Date.to_date("2025-01-20"), 10.0, "payroll"
            )
        movement = Member._coop_record_payment(
            fields.Date.to_date("2025-01-20"), 60.0, "bank", self.bank
        )
        self.assertEqual(movement.paid_delta, 60.0)
        self.assertEqual(movement.payment_method, "bank")
        self.assertEqual(member.amount_due, 40.0)
        self.assertEqual(self._balance("capital"), -60.0)
        self.assertEqual(self._balance("capital_unpaid"), -40.0)

    def test_transfer_on_the_movements(self):
        member_a = self._subscribe(self.partner_a, 4, "2025-01-10").member_id
        self._pay(member_a, 100.0, "2025-01-10")
        member_b = self._subscribe(self.partner_b, 1, "2025-01-10").member_id
        Movement = self.env["coop.share.movement"].with_user(self.staff)
        day = fields.Date.to_date("2025-02-01")
        with self.assertRefused(UserError, "owes 25.0 on their shares"):
            Movement._coop_transfer(member_b, member_a, 1, day)
        with self.assertRefused(UserError, "to themselves"):
            Movement._coop_transfer(member_a, member_a, 1, day)
        with self.assertRefused(UserError, "holds 4 shares and cannot transfer 5"):
            Movement._coop_transfer(member_a, member_b, 5, day)
        with self.assertRefused(UserError, "at least one share"):
            Movement._coop_transfer(member_a, member_b, 0, day)
        movements = Movement._coop_transfer(member_a, member_b, 4, day)
        self.assertEqual(movements.mapped("shares"), [-4, 4])
        self.assertFalse(movements.move_id)
        self.assertEqual(member_b.shares_held, 5)
        self.assertEqual(member_a.state, "exited")

    # statutory rules on every path (issue 15) -----------------------------

    def test_floor_fraction_never_below_a_quarter(self):
        with self.assertRefused(ValidationError, r"art\. 13.*not 10\.0%"):
            self.company.coop_capital_floor_fraction = 0.10
        self.assertEqual(self.company.coop_capital_floor_fraction, 0.25)
        self.company.coop_capital_floor_fraction = 0.5

    def test_highest_capital_comes_from_the_register_history(self):
        member_a = self._subscribe(self.partner_a, 10, "2025-01-10").member_id
        member_b = self._subscribe(self.partner_b, 10, "2025-02-01").member_id
        self._pay(member_a, 250.0, "2025-01-10")
        self._pay(member_b, 250.0, "2025-02-01")
        self._withdraw(member_a, 8, "2025-03-01").action_accept()
        # A bulletin of 15 February recorded after the withdrawal of 1 March:
        # the register reached 600 on 15 February, the capital is 400 now.
        self._subscribe(self.partner_c, 4, "2025-02-15")
        self.assertEqual(
            self.env["coop.share.movement"]._coop_register_capital(self.company),
            400.0,
        )
        self.assertEqual(self.company.coop_capital_max, 600.0)
        self.assertEqual(self.company._coop_capital_floor(), 150.0)
        self.company.coop_capital_floor_fraction = 0.5
        withdrawal = self._withdraw(member_b, 5, "2025-04-01")
        with self.assertRefused(
            UserError, r"below its floor of 300\.0 .*highest capital reached, 600\.0"
        ):
            withdrawal.action_accept()
        self.assertEqual(member_b.shares_held, 10)

    def test_college_minimum_on_transfers_and_withdrawals(self):
        college = (
            self.env["coop.member.college"]
            .sudo()
            .create({"name": "Entrepreneurs 4", "min_shares": 4})
        )
        member_a = self._subscribe(self.partner_a, 6, "2025-01-10", college).member_id
        member_b = self._subscribe(self.partner_b, 4, "2025-01-10", college).member_id
        self._pay(member_a, 150.0, "2025-01-10")
        self._pay(member_b, 100.0, "2025-01-10")
        Movement = self.env["coop.share.movement"].with_user(self.staff)
        day = fields.Date.to_date("2025-02-01")
        with self.assertRefused(UserError, "at least 4 shares: France Active would"):
            Movement._coop_transfer(member_a, member_b, 3, day)
        with self.assertRefused(UserError, "at least 4 shares: Ville de Lens would"):
            Movement._coop_transfer(member_b, member_a, 1, day)
        with self.assertRefused(UserError, "would hold 3. To leave"):
            self._withdraw(member_a, 3, "2025-02-01")
        withdrawal = self._withdraw(member_a, 2, "2025-02-01")
        withdrawal.action_accept()
        self.assertEqual(member_a.shares_held, 4)
        # A candidate of the college receiving 1 share would hold 1.
        candidate = (
            self.env["coop.member"]
            .with_user(self.staff)
            .create({"partner_id": self.partner_c.id, "college_id": college.id})
        )
        giver = self._subscribe(
            self.env["res.partner"].create({"name": "Mairie"}), 2, "2025-01-10"
        ).member_id
        self._pay(giver, 50.0, "2025-01-10")
        with self.assertRefused(UserError, "Banque Coopérative would hold 1"):
            Movement._coop_transfer(giver, candidate, 1, day, day)
        self.assertEqual(candidate.state, "candidate")
        # Leaving with all of one's shares stays allowed.
        self._withdraw(member_a, 4, "2025-03-01").action_accept()
        self.assertEqual((member_a.shares_held, member_a.state), (0, "exited"))
        self.assertEqual(member_b.shares_held, 4)
        self.assertFalse(member_b.movement_ids.filtered("counterpart_member_id"))

    def test_transfer_only_to_an_admitted_member(self):
        member_a = self._subscribe(self.partner_a, 4, "2025-01-10").member_id
        self._pay(member_a, 100.0, "2025-01-10")
        leaver = self._subscribe(self.partner_b, 1, "2025-01-10").member_id
        self._pay(leaver, 25.0, "2025-01-10")
        self._withdraw(leaver, 1, "2025-01-20").action_accept()
        self.assertEqual(leaver.state, "exited")
        candidate = (
            self.env["coop.member"]
            .with_user(self.staff)
            .create(
                {
                    "partner_id": self.partner_c.id,
                    "college_id": self.college_partners.id,
                }
            )
        )
        Transfer = self.env["coop.share.transfer"].with_user(self.staff)
        vals = {"member_id": member_a.id, "shares": 1, "date": "2025-02-01"}
        with self.assertRefused(UserError, "Ville de Lens has left the cooperative"):
            Transfer.create({**vals, "to_member_id": leaver.id}).action_confirm()
        with self.assertRefused(UserError, "is not admitted yet.*Admit them first"):
            Transfer.create({**vals, "to_member_id": candidate.id}).action_confirm()
        self.assertEqual((leaver.shares_held, candidate.shares_held), (0, 0))
        self.assertEqual(member_a.shares_held, 4)
        # With the decision admitting them, the transfer admits the candidate.
        Transfer.create(
            {**vals, "to_member_id": candidate.id, "admission_date": "2025-01-31"}
        ).action_confirm()
        self.assertEqual(
            (candidate.state, candidate.admission_date, candidate.shares_held),
            ("member", fields.Date.to_date("2025-01-31"), 1),
        )
        self.assertTrue(candidate.number)

    def test_statutory_refusals_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        member = self._subscribe(self.partner_a, 4, "2025-01-10").member_id
        self._pay(member, 100.0, "2025-01-10")
        candidate = (
            self.env["coop.member"]
            .with_user(self.staff)
            .create(
                {
                    "partner_id": self.partner_b.id,
                    "college_id": self.college_partners.id,
                }
            )
        )
        Movement = (
            self.env["coop.share.movement"]
            .with_user(self.staff)
            .with_context(lang="fr_FR")
        )
        with self.assertRefused(UserError, "Ville de Lens n'est pas encore admis"):
            Movement._coop_transfer(
                member.with_context(lang="fr_FR"),
                candidate.with_context(lang="fr_FR"),
                1,
                "2025-02-01",
            )
        with self.assertRefused(ValidationError, r"loi du 10 septembre 1947, art\. 13"):
            self.company.with_context(lang="fr_FR").coop_capital_floor_fraction = 0.1
