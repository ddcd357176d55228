# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class CoopShareSubscription(models.Model):
    """A subscription bulletin: dated and signed, it adds shares to a member's."""

    _name = "coop.share.subscription"
    _description = "Subscription of Shares"
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", readonly=True, copy=False, default="/", index=True
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Subscriber",
        required=True,
        tracking=True,
        ondelete="restrict",
    )
    member_id = fields.Many2one(
        comodel_name="coop.member",
        readonly=True,
        copy=False,
        index=True,
        ondelete="restrict",
    )
    employee_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Entrepreneur",
        compute="_compute_employee_id",
        compute_sudo=True,
        groups="hr.group_hr_user",
    )
    college_id = fields.Many2one(
        comodel_name="coop.member.college",
        required=True,
        tracking=True,
        ondelete="restrict",
    )
    shares = fields.Integer(
        string="Number of Shares", required=True, default=1, tracking=True
    )
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    signed = fields.Boolean(
        tracking=True, help="The subscriber has dated and signed the bulletin."
    )
    state = fields.Selection(
        selection=[
            ("draft", "Draft"),
            ("validated", "Validated"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    nominal_value = fields.Monetary(compute="_compute_amounts")
    amount = fields.Monetary(compute="_compute_amounts")
    amount_due_now = fields.Monetary(
        string="Due on Subscription", compute="_compute_amounts"
    )
    payment_deadline = fields.Date(
        compute="_compute_amounts", help="Date by which the rest must be paid."
    )
    move_id = fields.Many2one(
        comodel_name="account.move",
        string="Journal Entry",
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
        "CHECK(shares > 0)", "The number of shares must be positive."
    )

    @api.depends("partner_id")
    def _compute_employee_id(self):
        by_partner = self.env["hr.employee"]._coop_by_work_contact(self.partner_id)
        for subscription in self:
            subscription.employee_id = by_partner.get(subscription.partner_id.id)

    @api.depends("shares", "date", "company_id")
    def _compute_amounts(self):
        for subscription in self:
            company = subscription.company_id
            nominal = company.coop_share_nominal_value
            amount = company.currency_id.round(nominal * subscription.shares)
            fraction = (
                1.0
                if company.coop_share_payment_policy == "full"
                else company.coop_share_min_paid_fraction
            )
            subscription.nominal_value = nominal
            subscription.amount = amount
            subscription.amount_due_now = company.currency_id.round(amount * fraction)
            subscription.payment_deadline = subscription.date and (
                subscription.date
                + relativedelta(months=company.coop_share_payment_delay_months)
            )

    @api.constrains("shares", "college_id", "partner_id")
    def _check_shares(self):
        for subscription in self:
            subscription._coop_check_positive_shares(subscription.shares)
            member = self.env["coop.member"].search(
                [
                    ("partner_id", "=", subscription.partner_id.id),
                    ("company_id", "=", subscription.company_id.id),
                ],
                limit=1,
            )
            held = member.shares_held if member else 0
            minimum = subscription.college_id.min_shares
            if held + subscription.shares < minimum:
                raise ValidationError(
                    self.env._(
                        "A member of the college %(college)s holds at least "
                        "%(minimum)s shares: %(partner)s would hold %(shares)s.",
                        college=subscription.college_id.name,
                        minimum=minimum,
                        partner=subscription.partner_id.display_name,
                        shares=held + subscription.shares,
                    )
                )

    def _coop_check_positive_shares(self, shares):
        if shares is not None and shares <= 0:
            raise ValidationError(
                self.env._(
                    "A subscription needs at least one share (%(shares)s given).",
                    shares=shares,
                )
            )

    @api.onchange("partner_id")
    def _onchange_partner_id(self):
        member = self.env["coop.member"].search(
            [("partner_id", "=", self.partner_id.id)], limit=1
        )
        if member:
            self.college_id = member.college_id

    @api.model_create_multi
    def create(self, vals_list):
        # The database refuses them on INSERT, before the constraints run: say
        # it clearly first.
        for vals in vals_list:
            self._coop_check_positive_shares(vals.get("shares"))
        return super().create(vals_list)

    def write(self, vals):
        self._coop_check_positive_shares(vals.get("shares"))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_validated(self):
        if self.filtered(lambda s: s.state == "validated"):
            raise UserError(self.env._("A validated subscription cannot be deleted."))

    def action_validate(self):
        """Admit the subscriber if needed, register the shares and book the
        subscribed capital and what the member owes."""
        for subscription in self:
            if subscription.state != "draft":
                raise UserError(
                    self.env._(
                        "Only a draft subscription can be validated: %(name)s is not.",
                        name=subscription.display_name,
                    )
                )
            if not subscription.signed:
                raise UserError(
                    self.env._(
                        "The bulletin of %(partner)s must be signed before it is "
                        "validated.",
                        partner=subscription.partner_id.display_name,
                    )
                )
            subscription._coop_validate()

    def _coop_validate(self):
        self.ensure_one()
        company = self.company_id
        Member = self.env["coop.member"]
        member = Member.search(
            [("partner_id", "=", self.partner_id.id), ("company_id", "=", company.id)],
            limit=1,
        ) or Member.create(
            {
                "partner_id": self.partner_id.id,
                "college_id": self.college_id.id,
                "company_id": company.id,
            }
        )
        if self.name == "/":
            self.name = (
                self.env["ir.sequence"]
                .with_company(company)
                .next_by_code("coop.share.subscription")
            )
        ref = self.env._(
            "Subscription %(name)s: %(shares)s shares of %(partner)s",
            name=self.name,
            shares=self.shares,
            partner=self.partner_id.display_name,
        )
        # The part due at once is called: the member owes it (4562) and it is
        # capital called not paid (1012); the rest is subscribed not called
        # (109 and 1011) until a call or a payment.
        uncalled = self.currency_id.round(self.amount - self.amount_due_now)
        move = self.env["coop.share.movement"]._coop_book(
            company,
            self.date,
            ref,
            [
                (
                    company._coop_share_account("coop_share_called_account_id"),
                    self.partner_id,
                    self.amount_due_now,
                ),
                (
                    company._coop_share_account("coop_share_capital_unpaid_account_id"),
                    self.partner_id,
                    -self.amount_due_now,
                ),
                (
                    company._coop_share_account("coop_share_uncalled_account_id"),
                    self.partner_id,
                    uncalled,
                ),
                (
                    company._coop_share_account(
                        "coop_share_capital_uncalled_account_id"
                    ),
                    self.partner_id,
                    -uncalled,
                ),
            ],
        )
        self.env["coop.share.movement"]._coop_register(
            {
                "name": ref,
                "movement_type": "subscription",
                "date": self.date,
                "member_id": member.id,
                "shares": self.shares,
                "amount": self.amount,
                "capital_delta": self.amount,
                "paid_delta": 0.0,
                "called_amount": self.amount_due_now,
                "subscription_id": self.id,
                "move_id": move.id,
                "company_id": company.id,
            }
        )
        self.write({"state": "validated", "member_id": member.id, "move_id": move.id})
        member._coop_admit(self.date)
        company._coop_update_capital_peak()

    def action_cancel(self):
        if self.filtered(lambda s: s.state != "draft"):
            raise UserError(
                self.env._(
                    "A validated subscription is never cancelled: record a "
                    "withdrawal instead."
                )
            )
        self.state = "cancelled"

    def action_draft(self):
        self.filtered(lambda s: s.state == "cancelled").state = "draft"

    def action_print_bulletin(self):
        return self.env.ref(
            "coop_cae_shares.coop_share_subscription_bulletin_report"
        ).report_action(self)
