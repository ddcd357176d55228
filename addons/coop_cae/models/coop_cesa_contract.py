# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date, timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .coop_cape_contract import CAPE_SIGNED_STATES
from .coop_months import period_end_minus
from .coop_pathway import CESA_TRIAL_MONTHS, format_length


class CoopCesaContract(models.Model):
    """Contrat d'entrepreneur-salarié associé (C. trav. L7331-1 to L7332-7).

    Built on Odoo 19's employee contract data: when the contract starts, its
    start and end dates, fixed monthly pay and end of trial period are written
    on the employee's current ``hr.version`` (``contract_date_start``,
    ``contract_date_end``, ``wage``, ``trial_date_end``), so that HR, payroll and
    the employee form see one contract. What hr.version has no field for (the
    objectives, the variable-pay rule, the rights over clients and intellectual
    property, the link with the CAPE) lives here.
    """

    _name = "coop.cesa.contract"
    _description = "Entrepreneur-Employee Contract (CESA)"
    _inherit = ["mail.thread", "mail.activity.mixin", "coop.signed.contract.mixin"]
    _order = "date_start desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        compute="_compute_name", store=True, readonly=True, string="Reference"
    )
    state = fields.Selection(
        selection=[("draft", "Draft"), ("running", "Running"), ("ended", "Ended")],
        default="draft",
        required=True,
        copy=False,
        tracking=True,
        index=True,
    )
    signature_date = fields.Date(copy=False, tracking=True)
    date_start = fields.Date(string="Start Date", required=True, tracking=True)
    date_end = fields.Date(string="End Date", copy=False, tracking=True)
    end_reason = fields.Char(copy=False)
    cape_id = fields.Many2one(
        comodel_name="coop.cape.contract",
        string="Converted from CAPE",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )
    objectives = fields.Html(string="Objectives and Minimum Activity")
    currency_id = fields.Many2one(related="company_id.currency_id")
    minimum_turnover = fields.Monetary(
        string="Minimum Yearly Turnover",
        help="The minimum activity the entrepreneur commits to.",
    )
    means_provided = fields.Html()
    fixed_pay = fields.Monetary(
        string="Fixed Monthly Pay", help="Gross monthly pay, the fixed part."
    )
    variable_pay_rule = fields.Text(
        default=lambda self: self._default_variable_pay_rule(),
    )
    contribution_scheme = fields.Text(
        help="How the entrepreneur's contribution to the cooperative is computed."
    )
    clients_rights = fields.Text(string="Rights over Clients")
    intellectual_property = fields.Text(string="Intellectual Property Rights")
    trial_end_date = fields.Date(
        string="End of Trial Period",
        help="At most 8 months after the start, minus the length of any earlier CAPE.",
    )

    _dates_in_order = models.Constraint(
        "CHECK(date_end IS NULL OR date_end >= date_start)",
        "A CESA must end after it starts.",
    )
    _signed_when_running = models.Constraint(
        "CHECK(state = 'draft' OR signature_date IS NOT NULL)",
        "A CESA cannot run without a signature date.",
    )

    def _default_variable_pay_rule(self):
        return self.env._(
            "Per fiscal year: turnover minus direct costs minus the contribution, "
            "less the fixed pay already paid; monthly advances allowed; settled "
            "within a month after the general assembly approves the accounts."
        )

    @api.depends("employee_id.name", "date_start")
    def _compute_name(self):
        for contract in self:
            contract.name = self.env._(
                "CESA %(name)s %(start)s",
                name=contract.employee_id.name or "",
                start=contract.date_start or "",
            )

    def _coop_earlier_cape_length(self):
        self.ensure_one()
        capes = self.env["coop.cape.contract"].search(
            [
                ("employee_id", "=", self.employee_id.id),
                ("state", "!=", "draft"),
                ("date_start", "<", self.date_start),
            ]
        )
        return capes._coop_length(until=self.date_start - timedelta(days=1))

    @api.constrains("date_start", "trial_end_date", "employee_id")
    def _check_dates(self):
        for contract in self:
            if not contract.trial_end_date:
                continue
            if contract.trial_end_date < contract.date_start:
                raise ValidationError(
                    self.env._(
                        "The trial period cannot end before the contract starts."
                    )
                )
            cape_length = contract._coop_earlier_cape_length()
            limit = period_end_minus(
                contract.date_start, CESA_TRIAL_MONTHS, cape_length
            )
            if contract.trial_end_date > limit:
                raise ValidationError(
                    self.env._(
                        "The trial period of %(name)s lasts at most %(months)s "
                        "months minus the earlier CAPE (%(cape)s): it must end on "
                        "%(limit)s at the latest.",
                        name=contract.employee_id.name,
                        months=CESA_TRIAL_MONTHS,
                        cape=format_length(self.env, cape_length),
                        limit=limit,
                    )
                )

    @api.constrains("employee_id", "date_start", "date_end", "state")
    def _check_no_cape_running(self):
        """A CESA for someone under CAPE comes from the conversion of the CAPE,
        which ends it the day before (``_coop_convert_to_cesa``): a CESA never
        runs during a CAPE of the same person."""
        capes = self.env["coop.cape.contract"].search_fetch(
            [
                ("employee_id", "in", self.employee_id.ids),
                ("state", "in", CAPE_SIGNED_STATES),
            ],
            ["employee_id", "state", "date_start", "date_effective_end"],
        )
        for contract in self:
            for cape in capes.filtered(
                lambda c, contract=contract: c.employee_id == contract.employee_id
            ):
                if (
                    cape.date_start <= (contract.date_end or date.max)
                    and contract.date_start <= cape.date_effective_end
                ):
                    raise ValidationError(
                        self.env._(
                            "%(name)s is under a CAPE from %(start)s to %(end)s: "
                            "their CESA comes from converting that CAPE (Convert "
                            "into CESA on the CAPE), which ends it the day before "
                            "the CESA starts.",
                            name=contract.employee_id.name,
                            start=cape.date_start,
                            end=cape.date_effective_end,
                        )
                    )

    def _coop_signed_fields(self):
        return super()._coop_signed_fields() | {"trial_end_date", "end_reason"}

    def _coop_signed_change_error(self, name):
        return UserError(
            self.env._(
                "The CESA of %(name)s is signed: its dates and state change only "
                "when it ends, kept in its history.",
                name=name,
            )
        )

    def _coop_unsigned_error(self, name):
        return ValidationError(
            self.env._(
                "The CESA of %(name)s cannot start unsigned: enter its "
                "signature date first.",
                name=name,
            )
        )

    @api.constrains("employee_id", "state")
    def _check_one_running(self):
        counts = dict(
            self._read_group(
                [
                    ("employee_id", "in", self.employee_id.ids),
                    ("state", "=", "running"),
                ],
                ["employee_id"],
                ["__count"],
            )
        )
        for contract in self:
            if counts.get(contract.employee_id, 0) > 1:
                raise ValidationError(
                    self.env._(
                        "%(name)s already has a running CESA.",
                        name=contract.employee_id.name,
                    )
                )

    def _coop_dates_error(self, name, start, end):
        return ValidationError(
            self.env._(
                "The CESA of %(name)s ends on %(end)s, before it starts on %(start)s.",
                name=name,
                end=end,
                start=start,
            )
        )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_signed(self):
        if any(contract.state != "draft" for contract in self):
            raise UserError(
                self.env._("A signed CESA is part of the history: it is never deleted.")
            )

    def action_start(self):
        if any(contract.state != "draft" for contract in self):
            raise UserError(self.env._("Only a draft CESA can be started."))
        self.write({"state": "running"})
        for contract in self:
            employee = contract.employee_id.sudo()
            if employee.coop_stage in ("candidate", "cape"):
                employee.coop_stage = "cesa"
            contract._coop_sync_version()
        return True

    def action_end(self):
        if any(contract.state != "running" for contract in self):
            raise UserError(self.env._("Only a running CESA can be ended."))
        today = fields.Date.context_today(self)
        for contract in self:
            contract._coop_end(contract.date_end or today)
        return True

    def _coop_end(self, end_date, reason=None):
        """End this running CESA on `end_date` (with `reason`)."""
        self.ensure_one()
        vals = {"state": "ended", "date_end": end_date}
        if reason:
            vals["end_reason"] = reason
        self._coop_write_signed(vals)
        self._coop_sync_version()

    def _coop_sync_version(self):
        """Write the contract's dates and pay on the employee's hr.version."""
        self.ensure_one()
        # Staff are HR officers, the contract fields of hr.version belong to
        # HR managers: the cooperative's contract is the source of truth.
        version = self.employee_id.sudo().version_id
        version.write(
            {
                "contract_date_start": self.date_start,
                "contract_date_end": self.date_end,
                "wage": self.fixed_pay,
                "trial_date_end": self.trial_end_date,
            }
        )
