# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# The entrepreneur's pathway on hr.employee: contracts, interviews, deadlines,
# alerts and exit, each field with its compute. Who is an entrepreneur and
# their activity live in hr_employee.py.
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Domain
from odoo.tools import format_date

from .coop_months import add_months_minus
from .coop_pathway import ASSOCIATE_MONTHS

EXIT_REASONS = [
    ("own_company", "Own company created"),
    ("salaried_job", "Salaried job"),
    ("training", "Training"),
    ("activity_stopped", "Activity stopped"),
    ("other", "Other"),
]
# Stages in which an entrepreneur is followed (interviews, alerts).
FOLLOWED_STAGES = ("cape", "cesa", "associate")
# Entrepreneurs handled per transaction by the daily alerts job.
ALERT_BATCH = 100


class HrEmployee(models.Model):
    # The pathway is a concept of its own, apart from the activity.
    _inherit = "hr.employee"

    coop_stage = fields.Selection(
        selection=[
            ("candidate", "Candidate"),
            ("cape", "CAPE"),
            ("cesa", "Entrepreneur-Employee"),
            ("associate", "Associate"),
            ("exited", "Exited"),
        ],
        string="Pathway Stage",
        default="candidate",
        required=True,
        tracking=True,
        group_expand=True,
        index=True,
        groups="hr.group_hr_user",
        help="Candidate: admission in progress. CAPE: testing the activity under a "
        "business support contract. Entrepreneur-Employee: employed under a CESA "
        "contract. Associate: member of the cooperative. Exited: has left it.",
    )
    coop_support_worker_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Support Worker",
        tracking=True,
        check_company=True,
        index="btree_not_null",
        domain="[('is_entrepreneur', '=', False)]",
        groups="hr.group_hr_user",
        help="The member of the cooperative's staff who coaches this entrepreneur.",
    )
    # The contracts and interviews are the cooperative staff's business: HR
    # officers who are not staff see the employee, not these records.
    coop_cape_contract_ids = fields.One2many(
        comodel_name="coop.cape.contract",
        inverse_name="employee_id",
        string="CAPE Contracts",
        groups="coop_cae.coop_cae_group_user",
    )
    coop_cesa_contract_ids = fields.One2many(
        comodel_name="coop.cesa.contract",
        inverse_name="employee_id",
        string="CESA Contracts",
        groups="coop_cae.coop_cae_group_user",
    )
    coop_interview_ids = fields.One2many(
        comodel_name="coop.interview",
        inverse_name="employee_id",
        string="Interviews",
        groups="coop_cae.coop_cae_group_user",
    )
    coop_cape_end_date = fields.Date(
        string="CAPE End Date",
        compute="_compute_coop_cape_end_date",
        store=True,
        readonly=False,
        tracking=True,
        groups="hr.group_hr_user",
        help="End of the current business support contract (CAPE): the "
        "entrepreneur's invoices state it (C. com. R127-3).",
    )
    coop_activity_start_date = fields.Date(
        string="Activity Start",
        compute="_compute_coop_activity_start_date",
        store=True,
        groups="hr.group_hr_user",
        help="Start of the first signed CAPE or CESA.",
    )
    coop_associate_date = fields.Date(
        string="Associate Since",
        tracking=True,
        groups="hr.group_hr_user",
        help="The day the entrepreneur became a member of the cooperative.",
    )
    coop_associate_deadline = fields.Date(
        string="Associate Deadline",
        compute="_compute_coop_associate_deadline",
        store=True,
        groups="hr.group_hr_user",
        help="Signature of the CESA + 36 months - the length of any earlier CAPE "
        "(C. trav. L7331-3): past it without becoming associate, the contract ends.",
    )
    coop_associate_alert = fields.Selection(
        selection=[
            ("6_months", "6 months left"),
            ("1_month", "1 month left"),
            ("past", "Deadline passed"),
        ],
        string="Associate Deadline Alert",
        copy=False,
        groups="hr.group_hr_user",
    )
    coop_associate_overdue = fields.Boolean(
        string="To End: Not Associate in Time",
        compute="_compute_coop_associate_overdue",
        search="_search_coop_associate_overdue",
        groups="hr.group_hr_user",
    )
    coop_interview_count = fields.Integer(
        string="Interviews in the Last 12 Months",
        compute="_compute_coop_interview_count",
        groups="coop_cae.coop_cae_group_user",
    )
    coop_exit_date = fields.Date(
        string="Exit Date", tracking=True, copy=False, groups="hr.group_hr_user"
    )
    coop_exit_reason = fields.Selection(
        selection=EXIT_REASONS,
        string="Exit Reason",
        tracking=True,
        copy=False,
        index=True,
        groups="hr.group_hr_user",
    )
    coop_exit_note = fields.Text(
        string="Exit Details", copy=False, groups="hr.group_hr_user"
    )

    @api.constrains("coop_support_worker_id", "is_entrepreneur")
    def _check_coop_support_worker(self):
        for employee in self:
            worker = employee.coop_support_worker_id
            if worker and (worker == employee or worker.is_entrepreneur):
                raise ValidationError(
                    self.env._(
                        "The support worker of %(name)s must be a member of the "
                        "cooperative's staff, not an entrepreneur.",
                        name=employee.name,
                    )
                )

    @api.depends(
        "coop_cape_contract_ids.state",
        "coop_cape_contract_ids.date_effective_end",
    )
    def _compute_coop_cape_end_date(self):
        for employee in self:
            running = employee.coop_cape_contract_ids.filtered(
                lambda c: c.state == "running"
            )[:1]
            if running:
                employee.coop_cape_end_date = running.date_effective_end
            elif employee.coop_cape_contract_ids:
                employee.coop_cape_end_date = False
            else:
                # No CAPE record: keep what was entered by hand.
                employee.coop_cape_end_date = employee.coop_cape_end_date

    @api.depends(
        "coop_cape_contract_ids.state",
        "coop_cape_contract_ids.date_start",
        "coop_cesa_contract_ids.state",
        "coop_cesa_contract_ids.date_start",
    )
    def _compute_coop_activity_start_date(self):
        for employee in self:
            starts = [
                contract.date_start
                for contracts in (
                    employee.coop_cape_contract_ids,
                    employee.coop_cesa_contract_ids,
                )
                for contract in contracts
                if contract.state != "draft"
            ]
            employee.coop_activity_start_date = min(starts) if starts else False

    @api.depends(
        "coop_stage",
        "coop_associate_date",
        "coop_cesa_contract_ids.state",
        "coop_cesa_contract_ids.signature_date",
        "coop_cape_contract_ids.state",
        "coop_cape_contract_ids.date_start",
        "coop_cape_contract_ids.date_effective_end",
    )
    def _compute_coop_associate_deadline(self):
        for employee in self:
            employee.coop_associate_deadline = employee._coop_associate_deadline()

    def _coop_associate_deadline(self):
        """CESA signature + 36 months - the length of the CAPEs before it; none
        once associate (or exited), none without a signed CESA. See
        coop_pathway.py for how months and partial months count."""
        self.ensure_one()
        if self.coop_associate_date or self.coop_stage in ("associate", "exited"):
            return False
        cesas = self.coop_cesa_contract_ids.filtered(
            lambda c: c.state != "draft" and c.signature_date
        ).sorted("signature_date")
        if not cesas:
            return False
        cesa = cesas[0]
        capes = self.coop_cape_contract_ids.filtered(
            lambda c: c.state != "draft" and c.date_start < cesa.date_start
        )
        # The CAPEs count as long as they ran, up to the CESA at the latest.
        cape_length = capes._coop_length(until=cesa.date_start - timedelta(days=1))
        return add_months_minus(cesa.signature_date, ASSOCIATE_MONTHS, cape_length)

    @api.depends("coop_associate_deadline")
    @api.depends_context("date")
    def _compute_coop_associate_overdue(self):
        today = fields.Date.context_today(self)
        for employee in self:
            deadline = employee.coop_associate_deadline
            employee.coop_associate_overdue = bool(deadline and deadline < today)

    def _search_coop_associate_overdue(self, operator, value):
        if operator != "in":
            return NotImplemented
        today = fields.Date.context_today(self)
        domain = Domain("coop_associate_deadline", "<", today)
        return domain if True in value else ~domain

    def _compute_coop_interview_count(self):
        since = fields.Date.context_today(self) - relativedelta(months=12)
        counts = dict(
            self.env["coop.interview"]._read_group(
                [("employee_id", "in", self.ids), ("date", ">=", since)],
                ["employee_id"],
                ["__count"],
            )
        )
        for employee in self:
            employee.coop_interview_count = counts.get(employee, 0)

    def write(self, vals):
        if vals.get("coop_associate_date") and "coop_stage" not in vals:
            vals = {**vals, "coop_stage": "associate"}
        return super().write(vals)

    def action_coop_open_exit(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Exit of the Entrepreneur"),
            "res_model": "coop.exit",
            "view_mode": "form",
            "target": "new",
            "context": {"default_employee_id": self.id},
        }

    def _coop_exit(self, date, reason, note=False):
        """Record the exit: end the running contracts, archive the activity's
        analytic account (through the stage) and the user. Nothing is deleted."""
        self.ensure_one()
        if self.coop_stage == "exited":
            raise UserError(self.env._("%(name)s has already exited.", name=self.name))
        for cape in self.coop_cape_contract_ids.filtered(
            lambda c: c.state == "running"
        ):
            if date < cape.date_effective_end:
                cape._coop_terminate(date, self.env._("Exit of the entrepreneur"))
            else:
                cape.action_end()
        for cesa in self.coop_cesa_contract_ids.filtered(
            lambda c: c.state == "running"
        ):
            cesa._coop_end(date, self.env._("Exit"))
        self.write(
            {
                "coop_stage": "exited",
                "coop_exit_date": date,
                "coop_exit_reason": reason,
                "coop_exit_note": note,
            }
        )
        if self.user_id:
            # Staff may not manage users: archiving the login is the one
            # consequence of the exit written with more rights.
            self.user_id.sudo().action_archive()

    # Alerts, run daily by ir_cron_data.xml.

    @api.model
    def _cron_coop_pathway_alerts(self):
        today = fields.Date.context_today(self)
        Cape = self.env["coop.cape.contract"]
        capes = Cape.search(Cape._coop_end_alert_domain(today))
        capes._coop_send_end_alerts(today)
        self.env["ir.cron"]._commit_progress(len(capes))
        employees = self.search(
            [("is_entrepreneur", "=", True), ("coop_stage", "in", FOLLOWED_STAGES)]
        )
        remaining = len(employees)
        while employees:
            batch, employees = employees[:ALERT_BATCH], employees[ALERT_BATCH:]
            batch._coop_send_pathway_alerts(today)
            remaining -= len(batch)
            if not self.env["ir.cron"]._commit_progress(
                len(batch), remaining=remaining
            ):
                break

    def _coop_send_pathway_alerts(self, today):
        for employee in self:
            user = employee.coop_support_worker_id.user_id or self.env.user
            # The cron has no language: write in the support worker's.
            employee = employee.with_context(lang=user.lang)
            env = employee.env
            deadline = employee.coop_associate_deadline
            level = False
            if deadline and deadline < today:
                level = "past"
            elif deadline and deadline <= today + relativedelta(months=1):
                level = "1_month"
            elif deadline and deadline <= today + relativedelta(months=6):
                level = "6_months"
            if level and level != employee.coop_associate_alert:
                if level == "past":
                    summary = env._(
                        "%(name)s did not become associate by %(date)s: end the "
                        "contract.",
                        name=employee.name,
                        date=format_date(env, deadline),
                    )
                else:
                    summary = env._(
                        "%(name)s must become associate by %(date)s.",
                        name=employee.name,
                        date=format_date(env, deadline),
                    )
                employee.activity_schedule(
                    "mail.mail_activity_data_todo",
                    date_deadline=min(deadline, today + relativedelta(days=7)),
                    summary=summary,
                    user_id=user.id,
                )
                employee.coop_associate_alert = level
            if employee.coop_interview_count < 2:
                summary = env._(
                    "Fewer than two interviews in twelve months: meet %(name)s.",
                    name=employee.name,
                )
                if summary not in employee.activity_ids.mapped("summary"):
                    employee.activity_schedule(
                        "mail.mail_activity_data_todo",
                        date_deadline=today + relativedelta(days=30),
                        summary=summary,
                        user_id=user.id,
                    )
