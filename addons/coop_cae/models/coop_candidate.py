# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# A criterion is scored from 0 to this.
MAX_SCORE = 5


class CoopCandidate(models.Model):
    """A candidate's file, from the information session to the decision."""

    _name = "coop.candidate"
    _description = "Candidate"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "info_session_date desc, id desc"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    email = fields.Char()
    phone = fields.Char()
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        default=lambda self: self.env.company,
    )
    stage = fields.Selection(
        selection=[
            ("info_session", "Information Session"),
            ("diagnostic", "Diagnostic"),
            ("decided", "Decided"),
            ("admitted", "Admitted"),
        ],
        default="info_session",
        required=True,
        tracking=True,
        index=True,
        group_expand=True,
        copy=False,
    )
    support_worker_id = fields.Many2one(
        comodel_name="hr.employee",
        check_company=True,
        domain="[('is_entrepreneur', '=', False)]",
    )
    info_session_date = fields.Date(string="Information Session")
    prescriber = fields.Selection(
        selection=[
            ("france_travail", "France Travail"),
            ("departement", "Département"),
            ("mission_locale", "Mission locale"),
            ("cap_emploi", "Cap emploi"),
            ("network", "Business support network"),
            ("self", "Came on their own"),
            ("other", "Other"),
        ],
    )
    # The social situation at entry (what funders ask about).
    employment_situation = fields.Selection(
        selection=[
            ("unemployed_benefits", "Unemployed, with benefits"),
            ("unemployed_no_benefits", "Unemployed, without benefits"),
            ("employed", "Employed"),
            ("student", "Student"),
            ("other", "Other"),
        ],
        string="Situation at Entry",
    )
    minimum_benefit = fields.Selection(
        selection=[
            ("none", "None"),
            ("rsa", "RSA"),
            ("other", "Other minimum benefit"),
        ],
        default="none",
        required=True,
        help="RSA, ASS, AAH... at entry.",
    )
    is_unemployed = fields.Boolean(
        compute="_compute_situation", store=True, string="Unemployed at Entry"
    )
    has_minimum_benefit = fields.Boolean(
        compute="_compute_situation", store=True, string="On Minimum Benefit at Entry"
    )
    rqth = fields.Boolean(string="RQTH", help="Recognised as a disabled worker (RQTH).")
    priority_neighbourhood = fields.Boolean(
        string="Priority Neighbourhood (QPV)",
        help="Lives in a priority neighbourhood of the city policy (QPV).",
    )
    trade_name = fields.Char(string="Project Trade Name")
    project_trade = fields.Char(string="Trade")
    project_description = fields.Html(string="Project")
    motivation_test = fields.Text()
    motivation_score = fields.Integer(string="Motivation Score (0-5)")
    diagnostic_line_ids = fields.One2many(
        comodel_name="coop.candidate.diagnostic",
        inverse_name="candidate_id",
        string="Diagnostic Grid",
        copy=True,
    )
    diagnostic_score = fields.Float(
        compute="_compute_diagnostic_score",
        store=True,
        digits=(16, 1),
        aggregator="avg",
        help="Weighted average of the grid, out of 5.",
    )
    decision = fields.Selection(
        selection=[
            ("cape", "Admitted to CAPE"),
            ("cesa", "Admitted as entrepreneur-employee"),
            ("redirected", "Redirected"),
            ("refused", "Refused"),
        ],
        tracking=True,
        copy=False,
    )
    decision_date = fields.Date(copy=False, tracking=True)
    decision_reason = fields.Text(copy=False)
    redirected_to = fields.Char(copy=False)
    create_user = fields.Boolean(
        string="Create a User",
        help="On admission, give the entrepreneur a login with the Entrepreneur "
        "rights.",
    )
    employee_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Entrepreneur",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )

    _motivation_score_range = models.Constraint(
        "CHECK(motivation_score BETWEEN 0 AND 5)",
        "The motivation score runs from 0 to 5.",
    )

    @api.depends("employment_situation", "minimum_benefit")
    def _compute_situation(self):
        for candidate in self:
            candidate.is_unemployed = candidate.employment_situation in (
                "unemployed_benefits",
                "unemployed_no_benefits",
            )
            candidate.has_minimum_benefit = candidate.minimum_benefit != "none"

    @api.depends("diagnostic_line_ids.score", "diagnostic_line_ids.weight")
    def _compute_diagnostic_score(self):
        for candidate in self:
            lines = candidate.diagnostic_line_ids
            weight = sum(lines.mapped("weight"))
            candidate.diagnostic_score = (
                sum(line.score * line.weight for line in lines) / weight
                if weight
                else 0
            )

    @api.constrains("decision", "decision_reason", "redirected_to")
    def _check_decision(self):
        for candidate in self:
            if candidate.decision and not (candidate.decision_reason or "").strip():
                raise ValidationError(
                    self.env._(
                        "Give the reason for the decision on %(name)s.",
                        name=candidate.name,
                    )
                )
            if candidate.decision == "redirected" and not candidate.redirected_to:
                raise ValidationError(
                    self.env._("Say where %(name)s is redirected.", name=candidate.name)
                )

    @api.model_create_multi
    def create(self, vals_list):
        candidates = super().create(vals_list)
        candidates.filtered(lambda c: not c.diagnostic_line_ids)._coop_fill_grid()
        return candidates

    def _coop_fill_grid(self):
        criteria = self.env["coop.diagnostic.criterion"].search([("active", "=", True)])
        self.env["coop.candidate.diagnostic"].create(
            [
                {"candidate_id": candidate.id, "criterion_id": criterion.id}
                for candidate in self
                for criterion in criteria
            ]
        )

    def action_decide(self):
        for candidate in self:
            if not candidate.decision:
                raise UserError(
                    self.env._("Choose a decision for %(name)s.", name=candidate.name)
                )
        self.write(
            {"stage": "decided", "decision_date": fields.Date.context_today(self)}
        )
        return True

    def action_admit(self):
        """Create the entrepreneur (with their activity's analytic account) and,
        on request, their user."""
        for candidate in self:
            if candidate.employee_id or candidate.decision not in ("cape", "cesa"):
                raise UserError(
                    self.env._(
                        "%(name)s cannot be admitted: the decision is not an "
                        "admission, or they already were.",
                        name=candidate.name,
                    )
                )
            if not candidate.trade_name:
                raise UserError(
                    self.env._(
                        "Give the trade name of the activity of %(name)s first.",
                        name=candidate.name,
                    )
                )
        employees = self.env["hr.employee"].create(
            [candidate._coop_prepare_employee_vals() for candidate in self]
        )
        for candidate, employee in zip(self, employees, strict=True):
            vals = {"employee_id": employee.id, "stage": "admitted"}
            if not candidate.decision_date:
                vals["decision_date"] = fields.Date.context_today(self)
            candidate.write(vals)
            if candidate.create_user:
                candidate._coop_create_user(employee)
        return True

    def _coop_prepare_employee_vals(self):
        self.ensure_one()
        return {
            "name": self.name,
            "work_email": self.email,
            "work_phone": self.phone,
            "company_id": self.company_id.id,
            "is_entrepreneur": True,
            "coop_trade_name": self.trade_name,
            "coop_stage": "candidate",
            "coop_support_worker_id": self.support_worker_id.id,
        }

    def _coop_create_user(self, employee):
        self.ensure_one()
        if not self.email:
            raise UserError(
                self.env._(
                    "%(name)s needs an email address to get a login.", name=self.name
                )
            )
        # Staff are not user administrators: creating the entrepreneur's login,
        # with the Entrepreneur rights only, is done with more rights.
        user = (
            self.env["res.users"]
            .sudo()
            .with_context(no_reset_password=True)
            .create(
                {
                    "name": self.name,
                    "login": self.email,
                    "email": self.email,
                    "company_id": self.company_id.id,
                    "company_ids": [fields.Command.link(self.company_id.id)],
                    "group_ids": [
                        fields.Command.link(
                            self.env.ref("coop_cae.coop_cae_group_entrepreneur").id
                        )
                    ],
                }
            )
        )
        employee.user_id = user.id


class CoopCandidateDiagnostic(models.Model):
    _name = "coop.candidate.diagnostic"
    _description = "Diagnostic Line"
    _order = "sequence, id"

    candidate_id = fields.Many2one(
        comodel_name="coop.candidate", required=True, index=True, ondelete="cascade"
    )
    criterion_id = fields.Many2one(
        comodel_name="coop.diagnostic.criterion", required=True, ondelete="restrict"
    )
    sequence = fields.Integer(related="criterion_id.sequence", store=True)
    weight = fields.Integer(related="criterion_id.weight", store=True)
    score = fields.Integer(help="From 0 (weak) to 5 (strong).")
    comment = fields.Char()

    _score_range = models.Constraint(
        "CHECK(score BETWEEN 0 AND 5)", "A diagnostic score runs from 0 to 5."
    )
