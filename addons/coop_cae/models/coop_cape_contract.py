# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Domain
from odoo.tools import format_date

from .coop_months import period_end, period_length, sum_lengths
from .coop_pathway import CAPE_MAX_MONTHS

# States in which a CAPE has been signed and has (or had) effect.
CAPE_SIGNED_STATES = ("running", "ended", "terminated")


class CoopCapeContract(models.Model):
    """Contrat d'appui au projet d'entreprise (C. com. L127-1 to L127-7)."""

    _name = "coop.cape.contract"
    _description = "CAPE Contract"
    _inherit = ["mail.thread", "mail.activity.mixin", "coop.signed.contract.mixin"]
    _order = "date_start desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        compute="_compute_name", store=True, readonly=True, string="Reference"
    )
    state = fields.Selection(
        selection=[
            ("draft", "Draft"),
            ("running", "Running"),
            ("ended", "Ended"),
            ("terminated", "Terminated Early"),
        ],
        default="draft",
        required=True,
        copy=False,
        tracking=True,
        index=True,
    )
    signature_date = fields.Date(copy=False, tracking=True)
    date_start = fields.Date(string="Start Date", required=True, tracking=True)
    date_end = fields.Date(
        string="End Date",
        required=True,
        tracking=True,
        help="End of the first period: at most 12 months after the start.",
    )
    date_terminated = fields.Date(
        string="Early End Date", copy=False, tracking=True, readonly=True
    )
    termination_reason = fields.Text(copy=False, readonly=True)
    renewal_ids = fields.One2many(
        comodel_name="coop.cape.renewal",
        inverse_name="contract_id",
        string="Renewals",
        copy=False,
    )
    renewal_count = fields.Integer(compute="_compute_renewal_count", store=True)
    date_effective_end = fields.Date(
        string="Current End Date",
        compute="_compute_date_effective_end",
        store=True,
        index=True,
        help="End of the last period (first one or renewal), or the early end.",
    )
    end_alert_sent = fields.Boolean(copy=False)
    holder_employment = fields.Selection(
        selection=[
            ("none", "Not employed"),
            ("part_time", "Employed part time"),
            ("full_time", "Employed full time"),
        ],
        string="Holder's Employment",
        default="none",
        required=True,
        help="A CAPE is not open to someone employed full time (C. com. L127-1).",
    )
    cesa_id = fields.Many2one(
        comodel_name="coop.cesa.contract",
        string="Converted into CESA",
        copy=False,
        readonly=True,
        index="btree_not_null",
    )
    # The content of the contract (C. com. R127-1).
    programme_before = fields.Html(
        string="Programme Before the Start of Activity",
        help="The programme and commitments of each party before the activity starts.",
    )
    programme_after = fields.Html(
        string="Programme After the Start of Activity",
        help="The programme and commitments of each party once the activity runs.",
    )
    means_provided = fields.Html(
        help="The means the cooperative provides to the holder.",
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    fee = fields.Monetary(
        help="What the holder pays the cooperative for its support, if anything."
    )
    fee_terms = fields.Char(help="How the fee is computed and paid.")
    max_third_party_commitment = fields.Monetary(
        string="Maximum Commitment Towards Third Parties",
        help="The largest amount the holder may commit towards third parties in "
        "the cooperative's name.",
    )
    accounting_report_frequency = fields.Selection(
        selection=[
            ("monthly", "Monthly"),
            ("quarterly", "Quarterly"),
            ("half_yearly", "Half-yearly"),
        ],
        default="monthly",
        required=True,
        string="Accounting Reporting",
        help="How often the holder reports the accounting data of the activity.",
    )
    termination_terms = fields.Text(
        string="Early Termination Terms",
        default=lambda self: self._default_termination_terms(),
    )
    pre_activity_pay = fields.Monetary(
        string="Pre-activity Pay",
        help="Optional monthly pay before the activity starts.",
    )
    social_contribution_repayment = fields.Text(
        string="Repayment of Social Contributions",
        help="How the holder repays the social contributions the cooperative "
        "pays on their behalf.",
    )

    _dates_in_order = models.Constraint(
        "CHECK(date_end >= date_start)",
        "A CAPE must end after it starts.",
    )
    _signed_when_running = models.Constraint(
        "CHECK(state = 'draft' OR signature_date IS NOT NULL)",
        "A CAPE cannot run without a signature date.",
    )

    def _default_termination_terms(self):
        return self.env._(
            "Either party may end the contract early by registered letter with "
            "15 days' notice."
        )

    @api.depends("employee_id.name", "date_start")
    def _compute_name(self):
        for contract in self:
            contract.name = self.env._(
                "CAPE %(name)s %(start)s",
                name=contract.employee_id.name or "",
                start=contract.date_start or "",
            )

    @api.depends("renewal_ids")
    def _compute_renewal_count(self):
        for contract in self:
            contract.renewal_count = len(contract.renewal_ids)

    @api.depends("date_end", "renewal_ids.date_end", "date_terminated")
    def _compute_date_effective_end(self):
        for contract in self:
            ends = [
                end
                for end in [contract.date_end, *contract.renewal_ids.mapped("date_end")]
                if end
            ]
            contract.date_effective_end = contract.date_terminated or (
                max(ends) if ends else False
            )

    def _coop_length(self, until=None):
        """Length of the CAPE actually covered (periods, renewals, early end),
        up to `until` at the latest (the day before a CESA)."""
        return sum_lengths(
            period_length(
                contract.date_start,
                min(contract.date_effective_end, until or contract.date_effective_end),
            )
            for contract in self
            if contract.state in CAPE_SIGNED_STATES
        )

    @api.constrains("date_start", "date_end")
    def _check_period(self):
        for contract in self:
            limit = period_end(contract.date_start, CAPE_MAX_MONTHS)
            if contract.date_end > limit:
                raise ValidationError(
                    self.env._(
                        "A CAPE period lasts at most %(months)s months: the CAPE of "
                        "%(name)s starting on %(start)s must end on %(limit)s at the "
                        "latest.",
                        months=CAPE_MAX_MONTHS,
                        name=contract.employee_id.name,
                        start=contract.date_start,
                        limit=limit,
                    )
                )

    def _coop_signed_fields(self):
        return super()._coop_signed_fields() | {"date_terminated", "termination_reason"}

    def _coop_signed_change_error(self, name):
        return UserError(
            self.env._(
                "The CAPE of %(name)s is signed: its dates and state change only "
                "by a renewal, an early end or a conversion into a CESA, each "
                "kept in its history (C. com. L127-2).",
                name=name,
            )
        )

    def _coop_unsigned_error(self, name):
        return ValidationError(
            self.env._(
                "The CAPE of %(name)s cannot run unsigned: enter its "
                "signature date first.",
                name=name,
            )
        )

    @api.constrains("holder_employment")
    def _check_holder_employment(self):
        for contract in self:
            if contract.holder_employment == "full_time":
                raise ValidationError(
                    self.env._(
                        "%(name)s is employed full time: a CAPE is not open to "
                        "them (C. com. L127-1).",
                        name=contract.employee_id.name,
                    )
                )

    @api.constrains("employee_id", "date_start", "date_end", "date_effective_end")
    def _check_overlap(self):
        others = self.search_fetch(
            [("employee_id", "in", self.employee_id.ids)],
            ["employee_id", "date_start", "date_effective_end"],
        )
        for contract in self:
            for other in others:
                if (
                    other != contract
                    and other.employee_id == contract.employee_id
                    and other.date_start <= contract.date_effective_end
                    and contract.date_start <= other.date_effective_end
                ):
                    raise ValidationError(
                        self.env._(
                            "%(name)s already has a CAPE from %(start)s to %(end)s: "
                            "two CAPEs of one person cannot overlap.",
                            name=contract.employee_id.name,
                            start=other.date_start,
                            end=other.date_effective_end,
                        )
                    )

    @api.constrains("employee_id", "date_start", "date_effective_end", "state")
    def _check_no_cesa_during(self):
        """Nor does a CAPE (or its renewal) run into a CESA of the same person."""
        self.env["coop.cesa.contract"].search(
            [("employee_id", "in", self.employee_id.ids)]
        )._check_no_cape_running()

    def _coop_dates_error(self, name, start, end):
        return ValidationError(
            self.env._(
                "The CAPE of %(name)s ends on %(end)s, before it starts on %(start)s.",
                name=name,
                end=end,
                start=start,
            )
        )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_signed(self):
        if any(contract.state != "draft" for contract in self):
            raise UserError(
                self.env._("A signed CAPE is part of the history: it is never deleted.")
            )

    def action_start(self):
        for contract in self:
            if contract.state != "draft":
                raise UserError(self.env._("Only a draft CAPE can be started."))
        self.write({"state": "running"})
        for contract in self:
            contract._coop_schedule_declarations(
                self.env._("start of the CAPE on %(date)s", date=contract.date_start)
            )
            contract.employee_id.sudo().filtered(
                lambda e: e.coop_stage == "candidate"
            ).coop_stage = "cape"
        return True

    def action_end(self):
        """Close a CAPE that reached its end date."""
        if any(contract.state != "running" for contract in self):
            raise UserError(self.env._("Only a running CAPE can be closed."))
        self._coop_write_signed({"state": "ended"})
        return True

    def action_open_terminate(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("End the CAPE Early"),
            "res_model": "coop.cape.terminate",
            "view_mode": "form",
            "target": "new",
            "context": {"default_contract_id": self.id},
        }

    def action_open_renew(self):
        self.ensure_one()
        start = self.date_effective_end + timedelta(days=1)
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Renew the CAPE"),
            "res_model": "coop.cape.renewal",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_contract_id": self.id,
                "default_date_start": start,
                "default_date_end": period_end(start, CAPE_MAX_MONTHS),
            },
        }

    def action_open_convert(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Convert into CESA"),
            "res_model": "coop.cape.convert",
            "view_mode": "form",
            "target": "new",
            "context": {"default_contract_id": self.id},
        }

    def _coop_terminate(self, date, reason):
        self.ensure_one()
        if self.state != "running":
            raise UserError(self.env._("Only a running CAPE can be ended early."))
        if not self.date_start <= date <= self.date_effective_end:
            raise UserError(
                self.env._(
                    "The early end must fall between %(start)s and %(end)s.",
                    start=self.date_start,
                    end=self.date_effective_end,
                )
            )
        self._coop_write_signed(
            {
                "state": "terminated",
                "date_terminated": date,
                "termination_reason": reason,
            }
        )
        self._coop_schedule_declarations(
            self.env._("early end of the CAPE on %(date)s", date=date)
        )

    def _coop_convert_to_cesa(self, date_start, vals=None):
        """Turn this running CAPE into a CESA starting on ``date_start``: the
        CAPE ends the day before and stays in the history, linked to the new,
        running CESA (made with ``vals``: signature date, pay, trial end...).
        Returns the CESA."""
        self.ensure_one()
        if self.state != "running":
            raise UserError(self.env._("Only a running CAPE can be converted."))
        latest_start = self.date_effective_end + timedelta(days=1)
        if not self.date_start < date_start <= latest_start:
            raise UserError(
                self.env._(
                    "The CESA must start after the CAPE's start and by the day "
                    "after its end (%(date)s).",
                    date=latest_start,
                )
            )
        cape_end = date_start - timedelta(days=1)
        if cape_end < self.date_effective_end:
            self._coop_write_signed(
                {
                    "date_terminated": cape_end,
                    "termination_reason": self.env._("Converted into a CESA"),
                }
            )
            self._coop_schedule_declarations(
                self.env._(
                    "end of the CAPE on %(date)s, converted into a CESA", date=cape_end
                )
            )
        self.action_end()
        cesa = self.env["coop.cesa.contract"].create(
            {
                "means_provided": self.means_provided,
                **(vals or {}),
                "employee_id": self.employee_id.id,
                "company_id": self.company_id.id,
                "cape_id": self.id,
                "date_start": date_start,
            }
        )
        self.cesa_id = cesa
        cesa.action_start()
        return cesa

    def _coop_staff_user(self):
        self.ensure_one()
        return self.employee_id.sudo().coop_support_worker_id.user_id or self.env.user

    def _coop_schedule_declarations(self, event):
        """What the cooperative must declare (C. trav. R5142-1): one activity per
        body, for the support worker."""
        self.ensure_one()
        user = self._coop_staff_user()
        for body in (self.env._("URSSAF"), self.env._("France Travail")):
            self.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=fields.Date.context_today(self),
                summary=self.env._(
                    "Declare to %(body)s: %(event)s", body=body, event=event
                ),
                user_id=user.id,
            )

    def _coop_end_alert_domain(self, today):
        return (
            Domain("state", "=", "running")
            & Domain("end_alert_sent", "=", False)
            & Domain("date_effective_end", "<=", today + timedelta(days=30))
        )

    def _coop_send_end_alerts(self, today):
        for contract in self.filtered_domain(self._coop_end_alert_domain(today)):
            user = contract._coop_staff_user()
            # The cron has no language: write in the support worker's.
            env = contract.with_context(lang=user.lang).env
            contract.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=contract.date_effective_end,
                summary=env._(
                    "The CAPE of %(name)s ends on %(date)s: renew it, convert it "
                    "or prepare the exit.",
                    name=contract.employee_id.name,
                    date=format_date(env, contract.date_effective_end),
                ),
                user_id=user.id,
            )
            contract.end_alert_sent = True
