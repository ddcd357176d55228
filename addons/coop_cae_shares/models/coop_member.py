# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class CoopMember(models.Model):
    """A member of the cooperative (associé): one member, one vote, whatever the
    number of shares they hold."""

    _name = "coop.member"
    _description = "Member of the Cooperative"
    _inherit = ["mail.thread"]
    _order = "number, id"
    _rec_name = "partner_id"
    _check_company_auto = True

    number = fields.Char(
        string="Member Number", readonly=True, copy=False, index=True, tracking=True
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Member",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
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
    admission_date = fields.Date(
        tracking=True,
        help="Date of the general assembly or board decision admitting the member.",
    )
    state = fields.Selection(
        selection=[
            ("candidate", "Candidate"),
            ("member", "Member"),
            ("exited", "Exited"),
        ],
        string="Status",
        default="candidate",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    votes = fields.Integer(
        compute="_compute_votes", help="One member, one vote, whatever their shares."
    )
    vote_share = fields.Float(
        string="Share of the Votes (%)",
        compute="_compute_votes",
        digits=(5, 2),
        help="Weight of the member's vote at the general assembly: their "
        "college's weight shared equally among its members, or one vote among "
        "all members when colleges are not weighted.",
    )
    movement_ids = fields.One2many(
        comodel_name="coop.share.movement", inverse_name="member_id", readonly=True
    )
    subscription_ids = fields.One2many(
        comodel_name="coop.share.subscription", inverse_name="member_id"
    )
    withdrawal_ids = fields.One2many(
        comodel_name="coop.share.withdrawal", inverse_name="member_id"
    )
    shares_held = fields.Integer(compute="_compute_shares")
    amount_subscribed = fields.Monetary(
        string="Capital Held", compute="_compute_shares"
    )
    amount_paid = fields.Monetary(string="Capital Paid", compute="_compute_shares")
    amount_due = fields.Monetary(string="Capital Due", compute="_compute_shares")
    amount_called_unpaid = fields.Monetary(
        string="Capital Called Not Paid",
        compute="_compute_shares",
        help="Capital called that the member has still to pay.",
    )
    amount_uncalled = fields.Monetary(
        string="Capital Not Called",
        compute="_compute_shares",
        help="Capital subscribed the cooperative has not called yet: due by the "
        "subscription's deadline.",
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    _partner_uniq = models.Constraint(
        "UNIQUE(company_id, partner_id)", "A contact is a member only once."
    )

    @api.depends("partner_id")
    def _compute_employee_id(self):
        by_partner = self.env["hr.employee"]._coop_by_work_contact(self.partner_id)
        for member in self:
            member.employee_id = by_partner.get(member.partner_id.id)

    @api.depends("state", "college_id.vote_weight")
    def _compute_votes(self):
        members_by_college = {}
        for company in self.company_id:
            members_by_college[company] = dict(
                self.sudo()._read_group(
                    [("company_id", "=", company.id), ("state", "=", "member")],
                    ["college_id"],
                    ["__count"],
                )
            )
        for member in self:
            member.votes = 1 if member.state == "member" else 0
            counts = members_by_college.get(member.company_id, {})
            if not member.votes or not counts:
                member.vote_share = 0.0
                continue
            # Weights are normalised over the colleges that have members, so that
            # the assembly's votes always add up to 100%.
            total_weight = sum(college.vote_weight for college in counts)
            if total_weight:
                member.vote_share = (
                    100.0
                    * member.college_id.vote_weight
                    / total_weight
                    / counts.get(member.college_id, 1)
                )
            else:
                member.vote_share = 100.0 / sum(counts.values())

    @api.depends("movement_ids")
    def _compute_shares(self):
        totals = self.env["coop.share.movement"]._read_group(
            [("member_id", "in", self.ids)],
            ["member_id", "movement_type"],
            [
                "shares:sum",
                "capital_delta:sum",
                "paid_delta:sum",
                "called_amount:sum",
                "amount:sum",
            ],
        )
        by_member = {}
        for member, movement_type, shares, capital, paid, called, amount in totals:
            sums = by_member.setdefault(member.id, [0, 0.0, 0.0, 0.0])
            sums[0] += shares
            sums[1] += capital
            sums[2] += paid
            # Capital called and not paid yet: what was called less what was paid.
            sums[3] += called - (amount if movement_type == "payment" else 0.0)
        for member in self:
            shares, capital, paid, called_unpaid = by_member.get(
                member.id, (0, 0.0, 0.0, 0.0)
            )
            round_ = member.currency_id.round
            member.shares_held = shares
            member.amount_subscribed = capital
            member.amount_paid = paid
            member.amount_due = round_(capital - paid)
            member.amount_called_unpaid = round_(called_unpaid)
            member.amount_uncalled = round_(capital - paid - called_unpaid)

    def _coop_admit(self, date):
        """Admit candidates as members on `date`, numbering them."""
        for member in self.filtered(lambda m: m.state == "candidate"):
            member.write(
                {
                    "state": "member",
                    "admission_date": member.admission_date or date,
                    "number": member.number
                    or self.env["ir.sequence"]
                    .with_company(member.company_id)
                    .next_by_code("coop.member"),
                }
            )
            # Admission decides the entrepreneur's stage, whoever records it.
            if employee := member.sudo().employee_id:
                employee._coop_on_becoming_member(member.admission_date)

    def _coop_check_holding(self, shares_after):
        """A member keeps at least their college's minimum of shares, or leaves
        with none (their exit)."""
        self.ensure_one()
        minimum = self.college_id.min_shares
        if 0 < shares_after < minimum:
            raise UserError(
                self.env._(
                    "A member of the college %(college)s holds at least "
                    "%(minimum)s shares: %(member)s would hold %(shares)s. To "
                    "leave, they transfer or withdraw all of them.",
                    college=self.college_id.name,
                    minimum=minimum,
                    member=self.display_name,
                    shares=shares_after,
                )
            )

    def _coop_check_can_receive(self, admission_date=None):
        """Shares go to an admitted member, or to a candidate together with the
        decision admitting them (its date)."""
        self.ensure_one()
        if self.state == "exited":
            raise UserError(
                self.env._(
                    "%(member)s has left the cooperative: shares are transferred "
                    "only to an admitted member.",
                    member=self.display_name,
                )
            )
        if self.state == "candidate" and not admission_date:
            raise UserError(
                self.env._(
                    "%(member)s is not admitted yet: shares are transferred only "
                    "to an admitted member. Admit them first, or give the date of "
                    "the decision admitting them with the transfer.",
                    member=self.display_name,
                )
            )

    def action_print_certificate(self):
        return self.env.ref(
            "coop_cae_shares.coop_member_certificate_report"
        ).report_action(self)

    def action_pay(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Payment of Shares"),
            "res_model": "coop.share.payment",
            "view_mode": "form",
            "target": "new",
            "context": {"default_member_id": self.id},
        }

    def action_call(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Call of Capital"),
            "res_model": "coop.share.call",
            "view_mode": "form",
            "target": "new",
            "context": {"default_member_id": self.id},
        }

    def _coop_check_amount(self, amount, limit, positive_message, too_much_message):
        """Refuse a zero or negative amount, and one above `limit`."""
        currency = self.currency_id
        if currency.compare_amounts(amount, 0.0) <= 0:
            raise UserError(positive_message)
        if currency.compare_amounts(amount, limit) > 0:
            raise UserError(too_much_message)

    def _coop_call_capital(self, date, amount):
        """Call `amount` of the capital the member subscribed and was not asked
        for yet: what they owe moves from 109 to 4562, and the capital from 1011
        to 1012. Returns the movement."""
        self.ensure_one()
        self._coop_check_amount(
            amount,
            self.amount_uncalled,
            self.env._("A call of capital must be positive."),
            self.env._(
                "%(member)s has %(uncalled)s of capital not called yet: a call "
                "of %(amount)s is too much.",
                member=self.display_name,
                uncalled=self.amount_uncalled,
                amount=amount,
            ),
        )
        company, partner = self.company_id, self.partner_id
        account = company._coop_share_account
        ref = self.env._(
            "Call of the capital of %(partner)s", partner=partner.display_name
        )
        Movement = self.env["coop.share.movement"]
        move = Movement._coop_book(
            company,
            date,
            ref,
            [
                (account("coop_share_called_account_id"), partner, amount),
                (account("coop_share_uncalled_account_id"), partner, -amount),
                (account("coop_share_capital_uncalled_account_id"), partner, amount),
                (account("coop_share_capital_unpaid_account_id"), partner, -amount),
            ],
        )
        return Movement._coop_register(
            {
                "name": ref,
                "movement_type": "call",
                "date": date,
                "member_id": self.id,
                "amount": amount,
                "called_amount": amount,
                "move_id": move.id,
                "company_id": company.id,
            }
        )

    def _coop_record_payment(self, date, amount, payment_method="bank", journal=None):
        """Record a payment of shares, by bank into `journal` or withheld from
        an entrepreneur-employee's pay (421). What is paid beyond the capital
        called is called by the payment itself: 109 and 1011 release it; all
        that is paid moves from 1012 to 1013. Returns the movement."""
        self.ensure_one()
        company, partner = self.company_id, self.partner_id
        self._coop_check_amount(
            amount,
            self.amount_due,
            self.env._("A payment of shares must be positive."),
            self.env._(
                "%(member)s owes %(due)s on their shares: a payment of "
                "%(amount)s is too much.",
                member=self.display_name,
                due=self.amount_due,
                amount=amount,
            ),
        )
        account = company._coop_share_account
        if payment_method == "payroll":
            if not self.employee_id:
                raise UserError(
                    self.env._(
                        "Only an entrepreneur-employee's payment can be withheld "
                        "from their pay."
                    )
                )
            debit_account = account("coop_share_payroll_account_id")
        else:
            if not (journal and journal.default_account_id):
                raise UserError(
                    self.env._("Choose the bank journal that received the payment.")
                )
            debit_account = journal.default_account_id
        called = min(self.amount_called_unpaid, amount)
        called_now = company.currency_id.round(amount - called)
        ref = self.env._(
            "Payment of shares of %(partner)s", partner=partner.display_name
        )
        Movement = self.env["coop.share.movement"]
        move = Movement._coop_book(
            company,
            date,
            ref,
            [
                (debit_account, partner, amount),
                (account("coop_share_called_account_id"), partner, -called),
                (account("coop_share_uncalled_account_id"), partner, -called_now),
                (
                    account("coop_share_capital_uncalled_account_id"),
                    partner,
                    called_now,
                ),
                (account("coop_share_capital_unpaid_account_id"), partner, called),
                (account("coop_share_capital_account_id"), partner, -amount),
            ],
        )
        return Movement._coop_register(
            {
                "name": ref,
                "movement_type": "payment",
                "date": date,
                "member_id": self.id,
                "amount": amount,
                "paid_delta": amount,
                "called_amount": called_now,
                "payment_method": payment_method,
                "move_id": move.id,
                "company_id": company.id,
            }
        )
