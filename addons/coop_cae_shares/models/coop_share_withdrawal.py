# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Domain
from odoo.tools import format_date

# Accounts whose balances make the result and the reserves: the losses a
# leaving member bears are those they leave uncovered (statutes of SCIC impute
# losses on the reserves first).
RESULT_ACCOUNT_PREFIXES = ("106", "11", "12")
RESULT_ACCOUNT_TYPES = (
    "equity_unaffected",
    "income",
    "income_other",
    "expense",
    "expense_depreciation",
    "expense_direct_cost",
)


class CoopShareWithdrawal(models.Model):
    """A member's request to withdraw shares. Accepted, the capital is reduced
    and its nominal value waits on 4567; repayments follow the order of the
    requests, at the end of the repayment delay, less the member's share of the
    losses shown by the accounts of the year the withdrawal became final."""

    _name = "coop.share.withdrawal"
    _description = "Withdrawal of Shares"
    _inherit = ["mail.thread"]
    _order = "request_date, id"
    _check_company_auto = True

    member_id = fields.Many2one(
        comodel_name="coop.member",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        check_company=True,
    )
    partner_id = fields.Many2one(related="member_id.partner_id", string="Contact")
    request_date = fields.Date(
        required=True, default=fields.Date.context_today, tracking=True
    )
    shares = fields.Integer(required=True, default=1, tracking=True)
    state = fields.Selection(
        selection=[
            ("requested", "Requested"),
            ("accepted", "To Repay"),
            ("repaid", "Repaid"),
            ("cancelled", "Cancelled"),
        ],
        default="requested",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    due_date = fields.Date(
        compute="_compute_due_date",
        store=True,
        help="Request date plus the repayment delay of the settings.",
    )
    nominal_amount = fields.Monetary(compute="_compute_amounts", store=True)
    loss_share = fields.Monetary(
        string="Share of Losses",
        readonly=True,
        copy=False,
        tracking=True,
        help="The member's share of the losses shown by the accounts of the year "
        "the withdrawal became final, not covered by the reserves, deducted from "
        "the repayment. Computed from the accounts once that year is locked.",
    )
    loss_year_end = fields.Date(
        string="Accounts of the Year Ending",
        readonly=True,
        copy=False,
        help="End of the financial year whose accounts gave the share of losses.",
    )
    early_repayment = fields.Boolean(
        string="Early Repayment Decided",
        tracking=True,
        help="The board decided to repay this member before the end of the "
        "repayment delay, as the statutes allow.",
    )
    repayment_amount = fields.Monetary(compute="_compute_amounts", store=True)
    accept_date = fields.Date(
        string="Decision Date",
        copy=False,
        help="Date the withdrawal is accepted and the capital reduced (today "
        "when empty).",
    )
    repayment_date = fields.Date(
        copy=False, help="Date of the repayment (today when empty)."
    )
    payment_journal_id = fields.Many2one(
        comodel_name="account.journal",
        check_company=True,
        domain="[('type', 'in', ('bank', 'cash'))]",
    )
    move_id = fields.Many2one(
        comodel_name="account.move",
        string="Withdrawal Entry",
        readonly=True,
        copy=False,
        check_company=True,
    )
    repayment_move_id = fields.Many2one(
        comodel_name="account.move",
        string="Repayment Entry",
        readonly=True,
        copy=False,
        check_company=True,
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    _shares_positive = models.Constraint(
        "CHECK(shares > 0)", "The number of shares withdrawn must be positive."
    )

    @api.depends("member_id", "shares")
    def _compute_display_name(self):
        for withdrawal in self:
            withdrawal.display_name = self.env._(
                "Withdrawal of %(shares)s shares of %(partner)s",
                shares=withdrawal.shares,
                partner=withdrawal.member_id.partner_id.display_name or "",
            )

    @api.depends("request_date", "company_id.coop_share_repayment_delay")
    def _compute_due_date(self):
        for withdrawal in self:
            withdrawal.due_date = withdrawal.request_date and (
                withdrawal.request_date
                + relativedelta(years=withdrawal.company_id.coop_share_repayment_delay)
            )

    @api.depends("shares", "loss_share", "company_id.coop_share_nominal_value")
    def _compute_amounts(self):
        for withdrawal in self:
            currency = withdrawal.company_id.currency_id
            nominal = currency.round(
                withdrawal.shares * withdrawal.company_id.coop_share_nominal_value
            )
            withdrawal.nominal_amount = nominal
            withdrawal.repayment_amount = currency.round(
                nominal - withdrawal.loss_share
            )

    @api.model_create_multi
    def create(self, vals_list):
        # The database refuses them on INSERT, before the constraints run.
        for vals in vals_list:
            if vals.get("shares", 1) <= 0:
                raise ValidationError(
                    self.env._(
                        "A withdrawal needs at least one share (%(shares)s given).",
                        shares=vals["shares"],
                    )
                )
        return super().create(vals_list)

    @api.constrains("shares", "member_id", "loss_share", "state")
    def _check_shares(self):
        for withdrawal in self:
            if withdrawal.shares <= 0:
                raise ValidationError(
                    self.env._(
                        "A withdrawal needs at least one share (%(shares)s given).",
                        shares=withdrawal.shares,
                    )
                )
            if not 0 <= withdrawal.loss_share <= withdrawal.nominal_amount:
                raise ValidationError(
                    self.env._(
                        "The share of losses must be between zero and the nominal "
                        "value withdrawn (%(amount)s).",
                        amount=withdrawal.nominal_amount,
                    )
                )
            if withdrawal.state != "requested":
                continue
            pending = self.search(
                [
                    ("member_id", "=", withdrawal.member_id.id),
                    ("state", "=", "requested"),
                ]
            )
            held = withdrawal.member_id.shares_held
            if sum(pending.mapped("shares")) > held:
                raise ValidationError(
                    self.env._(
                        "%(member)s holds %(held)s shares and cannot withdraw "
                        "%(shares)s.",
                        member=withdrawal.member_id.display_name,
                        held=held,
                        shares=sum(pending.mapped("shares")),
                    )
                )
            withdrawal.member_id._coop_check_holding(
                held - sum(pending.mapped("shares"))
            )

    def _coop_check_order(self, state):
        """Requests are handled in order: none earlier may still be `state`."""
        for withdrawal in self:
            earlier = self.search(
                [
                    ("company_id", "=", withdrawal.company_id.id),
                    ("state", "=", state),
                    ("id", "!=", withdrawal.id),
                    "|",
                    ("request_date", "<", withdrawal.request_date),
                    "&",
                    ("request_date", "=", withdrawal.request_date),
                    ("id", "<", withdrawal.id),
                ],
                limit=1,
            )
            if earlier:
                raise UserError(
                    self.env._(
                        "Withdrawals are repaid in order of request: the request "
                        "of %(member)s of %(date)s comes first.",
                        member=earlier.member_id.display_name,
                        date=format_date(self.env, earlier.request_date),
                    )
                )

    def action_accept(self):
        """Withdraw the shares from the register: the capital goes down by their
        nominal value, which moves to 4567 until repaid."""
        for withdrawal in self:
            if withdrawal.state != "requested":
                raise UserError(
                    self.env._("Only a requested withdrawal can be accepted.")
                )
            withdrawal._coop_check_order("requested")
            withdrawal._coop_accept()

    def _coop_accept(self):
        self.ensure_one()
        member = self.member_id
        company = self.company_id
        currency = company.currency_id
        if self.shares > member.shares_held:
            raise UserError(
                self.env._(
                    "%(member)s holds %(held)s shares and cannot withdraw %(shares)s.",
                    member=member.display_name,
                    held=member.shares_held,
                    shares=self.shares,
                )
            )
        if not currency.is_zero(member.amount_due):
            raise UserError(
                self.env._(
                    "%(member)s still owes %(amount)s on their shares: only paid "
                    "shares are withdrawn.",
                    member=member.display_name,
                    amount=member.amount_due,
                )
            )
        member._coop_check_holding(member.shares_held - self.shares)
        Movement = self.env["coop.share.movement"]
        capital = Movement._coop_register_capital(company)
        floor = company._coop_capital_floor()
        if currency.compare_amounts(capital - self.nominal_amount, floor) < 0:
            raise UserError(
                self.env._(
                    "Repaying %(member)s would take the capital from %(capital)s "
                    "to %(after)s, below its floor of %(floor)s (%(fraction)s of "
                    "the highest capital reached, %(max)s).",
                    member=member.display_name,
                    capital=capital,
                    after=currency.round(capital - self.nominal_amount),
                    floor=floor,
                    fraction=company.coop_capital_floor_fraction,
                    max=company._coop_capital_peak(),
                )
            )
        date = self.accept_date or fields.Date.context_today(self)
        ref = self.env._(
            "Withdrawal of %(shares)s shares of %(partner)s",
            shares=self.shares,
            partner=member.partner_id.display_name,
        )
        move = Movement._coop_book(
            company,
            date,
            ref,
            [
                (
                    company._coop_share_account("coop_share_capital_account_id"),
                    member.partner_id,
                    self.nominal_amount,
                ),
                (
                    company._coop_share_account("coop_share_repay_account_id"),
                    member.partner_id,
                    -self.nominal_amount,
                ),
            ],
        )
        Movement._coop_register(
            {
                "name": ref,
                "movement_type": "withdrawal",
                "date": date,
                "member_id": member.id,
                "shares": -self.shares,
                "amount": self.nominal_amount,
                "capital_delta": -self.nominal_amount,
                "paid_delta": -self.nominal_amount,
                "withdrawal_id": self.id,
                "move_id": move.id,
                "company_id": company.id,
            }
        )
        self.write({"state": "accepted", "accept_date": date, "move_id": move.id})
        if not member.shares_held:
            member.state = "exited"

    def action_compute_loss_share(self):
        """Read the member's share of losses from the accounts of the year the
        withdrawal became final."""
        for withdrawal in self:
            if withdrawal.state != "accepted":
                raise UserError(
                    self.env._(
                        "The share of losses is computed once the withdrawal is "
                        "accepted."
                    )
                )
            withdrawal._coop_compute_loss_share()

    def _coop_compute_loss_share(self):
        self.ensure_one()
        company = self.company_id
        currency = company.currency_id
        year = company.compute_fiscalyear_dates(self.accept_date)
        year_end = year["date_to"]
        lock = company._get_user_fiscal_lock_date(
            company._coop_share_journal(), ignore_exceptions=True
        )
        if lock < year_end:
            raise UserError(
                self.env._(
                    "The share of losses of %(member)s comes from the accounts of "
                    "the year ending %(year_end)s: lock that year in the accounting "
                    "first.",
                    member=self.member_id.display_name,
                    year_end=format_date(self.env, year_end),
                )
            )
        losses = self._coop_uncovered_losses(company, year_end)
        loss_share = 0.0
        if losses:
            capital = self.env["coop.share.movement"]._coop_register_capital(
                company, year_end
            )
            # Everyone who was a member at the year end shares the losses, with
            # those who left during the year.
            leavers = self.search(
                [
                    ("company_id", "=", company.id),
                    ("state", "in", ("accepted", "repaid")),
                    ("accept_date", ">=", year["date_from"]),
                    ("accept_date", "<=", year_end),
                ]
            )
            base = capital + sum(leavers.mapped("nominal_amount"))
            loss_share = min(
                currency.round(losses * self.nominal_amount / base),
                self.nominal_amount,
            )
        self.write({"loss_share": loss_share, "loss_year_end": year_end})

    @api.model
    def _coop_uncovered_losses(self, company, date):
        """Losses the accounts show at `date` once the reserves absorbed what
        they could: the debit balance of the reserves (106), retained earnings
        (11), results (12) and the income and expense accounts."""
        Account = self.env["account.account"].with_company(company)
        accounts = Account.search(
            Domain(Account._check_company_domain(company))
            & (
                Domain("account_type", "in", RESULT_ACCOUNT_TYPES)
                # Equity only: other charts use these codes for receivables.
                | (
                    Domain("account_type", "=", "equity")
                    & Domain.OR(
                        Domain("code", "=like", f"{prefix}%")
                        for prefix in RESULT_ACCOUNT_PREFIXES
                    )
                )
            )
        )
        balance = sum(
            self.env["coop.share.movement"]
            ._coop_ledger_balances(company, date, accounts)
            .values()
        )
        return max(company.currency_id.round(balance or 0.0), 0.0)

    def action_repay(self):
        """Pay the leaving member their shares less their share of losses."""
        for withdrawal in self:
            if withdrawal.state != "accepted":
                raise UserError(
                    self.env._("Only an accepted withdrawal can be repaid.")
                )
            if not withdrawal.payment_journal_id:
                raise UserError(
                    self.env._("Choose the journal the repayment is paid from.")
                )
            withdrawal._coop_check_order("accepted")
            date = withdrawal.repayment_date or fields.Date.context_today(self)
            if date < withdrawal.due_date and not withdrawal.early_repayment:
                raise UserError(
                    self.env._(
                        "%(member)s is repaid from %(due)s, at the end of the "
                        "repayment delay, not on %(date)s, unless the board "
                        "decided an early repayment.",
                        member=withdrawal.member_id.display_name,
                        due=format_date(self.env, withdrawal.due_date),
                        date=format_date(self.env, date),
                    )
                )
            withdrawal._coop_compute_loss_share()
            withdrawal._coop_repay(date)

    def _coop_repay(self, date):
        self.ensure_one()
        company = self.company_id
        partner = self.member_id.partner_id
        ref = self.env._(
            "Repayment of the shares of %(partner)s", partner=partner.display_name
        )
        Movement = self.env["coop.share.movement"]
        move = Movement._coop_book(
            company,
            date,
            ref,
            [
                (
                    company._coop_share_account("coop_share_repay_account_id"),
                    partner,
                    self.nominal_amount,
                ),
                (
                    self.payment_journal_id.default_account_id,
                    partner,
                    -self.repayment_amount,
                ),
                (
                    company._coop_share_account("coop_share_loss_account_id"),
                    partner,
                    -self.loss_share,
                ),
            ],
        )
        Movement._coop_register(
            {
                "name": ref,
                "movement_type": "repayment",
                "date": date,
                "member_id": self.member_id.id,
                "amount": self.repayment_amount,
                "withdrawal_id": self.id,
                "move_id": move.id,
                "company_id": company.id,
            }
        )
        self.write(
            {"state": "repaid", "repayment_date": date, "repayment_move_id": move.id}
        )

    def action_cancel(self):
        if self.filtered(lambda w: w.state != "requested"):
            raise UserError(
                self.env._("Only a withdrawal still requested can be cancelled.")
            )
        self.state = "cancelled"
