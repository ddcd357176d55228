# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


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

    @api.depends("state")
    def _compute_votes(self):
        for member in self:
            member.votes = 1 if member.state == "member" else 0

    @api.depends("movement_ids")
    def _compute_shares(self):
        totals = self.env["coop.share.movement"]._read_group(
            [("member_id", "in", self.ids)],
            ["member_id"],
            ["shares:sum", "capital_delta:sum", "paid_delta:sum"],
        )
        by_member = {m.id: (s, c, p) for m, s, c, p in totals}
        for member in self:
            shares, capital, paid = by_member.get(member.id, (0, 0.0, 0.0))
            member.shares_held = shares
            member.amount_subscribed = capital
            member.amount_paid = paid
            member.amount_due = member.currency_id.round(capital - paid)

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

    def _coop_called_open(self):
        """The part of the capital called at subscription the member has not paid."""
        self.ensure_one()
        totals = self.env["coop.share.movement"]._read_group(
            [
                ("member_id", "=", self.id),
                ("movement_type", "in", ("subscription", "payment")),
            ],
            ["movement_type"],
            ["called_amount:sum", "amount:sum"],
        )
        called = sum(c for t, c, _a in totals if t == "subscription")
        paid = sum(a for t, _c, a in totals if t == "payment")
        return max(self.currency_id.round(called - paid), 0.0)

    def action_print_certificate(self):
        return self.env.ref("coop_cae.coop_member_certificate_report").report_action(
            self
        )

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
