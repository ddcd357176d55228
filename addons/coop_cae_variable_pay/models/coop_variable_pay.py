# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_round, format_amount, format_date

# The figures of the variable pay: the categories of the activity statement's
# lines (coop_cae's one mapping of account codes) it reads, each with its
# sign: a line's amount is its effect on the result (income +, costs -), the
# variable pay keeps the costs as positive amounts.
VARIABLE_PAY_FIGURES = {
    "revenue": 1,
    "direct_cost": -1,
    "contribution": -1,
    "salary": -1,
}
ALERT_DAYS = 7


class CoopVariablePay(models.Model):
    """The variable pay of one entrepreneur-employee for one fiscal year
    (C. trav. L7332-3): the year's revenue less the direct costs and the
    contribution, less the fixed pay and the monthly advances already paid
    (R7331-11), under the rule of their CESA; settled within one month of the
    general assembly's approval of the year's accounts (R7331-12)."""

    _name = "coop.variable.pay"
    _description = "Variable Pay"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_from desc, employee_id"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        readonly=True,
        index=True,
        default=lambda self: self.env.company,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    employee_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Entrepreneur",
        required=True,
        readonly=True,
        index=True,
        check_company=True,
        ondelete="restrict",
    )
    cesa_id = fields.Many2one(
        comodel_name="coop.cesa.contract",
        string="CESA",
        readonly=True,
        check_company=True,
        ondelete="restrict",
        help="The contract whose variable-pay rule applies.",
    )
    date_from = fields.Date(string="Fiscal Year Start", required=True, readonly=True)
    date_to = fields.Date(string="Fiscal Year End", required=True, readonly=True)
    state = fields.Selection(
        selection=[
            ("draft", "Draft"),
            ("proposed", "Proposed"),
            ("approved", "Approved"),
            ("settled", "Settled"),
            ("cancel", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    # The activity's figures of the fiscal year, read from the ledger while
    # the variable pay is a draft, then kept as proposed.
    revenue = fields.Monetary(
        readonly=True,
        help="Posted journal items of the activity on class 70 (except "
        "transfers and contributions), credit less debit: invoices less "
        "credit notes, excluding VAT.",
    )
    direct_costs = fields.Monetary(
        readonly=True,
        help="Purchases, materials and goods (60), subcontracting (611) and "
        "travel (625) of the activity.",
    )
    contribution = fields.Monetary(
        readonly=True, help="The activity's contributions (706900) of the year."
    )
    fixed_pay = fields.Monetary(
        string="Fixed Pay Paid",
        readonly=True,
        help="Gross salaries (641) of the year booked on the activity from the "
        "payroll files.",
    )
    advance_ids = fields.One2many(
        comodel_name="coop.variable.pay.advance",
        inverse_name="variable_pay_id",
        string="Monthly Advances",
    )
    advance_total = fields.Monetary(
        string="Advances Paid", compute="_compute_advance_total", store=True
    )
    base = fields.Monetary(
        compute="_compute_amounts",
        store=True,
        help="Revenue less direct costs, contribution, fixed pay and advances "
        "paid. Negative: no variable pay.",
    )
    share = fields.Float(
        string="Share (%)",
        readonly=True,
        default=100.0,
        help="The share of the base the CESA pays as variable pay.",
    )
    cost_ratio = fields.Float(
        string="Employer Cost Ratio",
        readonly=True,
        default=1.0,
        digits=(4, 2),
        help="What one euro of gross pay costs the activity, from the CESA.",
    )
    available_amount = fields.Monetary(
        compute="_compute_amounts",
        store=True,
        help="The share of the base, when it is positive: what the activity "
        "can spend on the variable pay, employer contributions included.",
    )
    amount = fields.Monetary(
        string="Gross Variable Pay",
        compute="_compute_amounts",
        store=True,
        tracking=True,
        help="The available amount divided by the employer cost ratio.",
    )
    no_pay_reason = fields.Char(compute="_compute_amounts", store=True)
    approval_date = fields.Date(
        string="Accounts Approved On",
        tracking=True,
        copy=False,
        help="The day the general assembly approved the year's accounts: the "
        "settlement is due within one month (R7331-12).",
    )
    due_date = fields.Date(
        compute="_compute_due_date",
        store=True,
        index=True,
        help="One month after the approval of the accounts.",
    )
    settlement_date = fields.Date(readonly=True, copy=False, tracking=True)
    due_alert_sent = fields.Boolean(copy=False, readonly=True)
    note = fields.Text()
    coop_is_mine = fields.Boolean(
        string="My Variable Pay",
        compute="_compute_coop_is_mine",
        search="_search_coop_is_mine",
    )

    _coop_one_a_year = models.Constraint(
        "UNIQUE(company_id, employee_id, date_from)",
        "An entrepreneur has one variable pay per fiscal year.",
    )
    _coop_amounts_positive = models.Constraint(
        "CHECK(amount >= 0 AND available_amount >= 0)",
        "A variable pay is never negative.",
    )
    _coop_settled_after_approval = models.Constraint(
        "CHECK(settlement_date IS NULL OR settlement_date >= approval_date)",
        "The variable pay is settled after the general assembly approved the accounts.",
    )
    _coop_year_in_order = models.Constraint(
        "CHECK(date_to >= date_from)", "A fiscal year ends after it starts."
    )

    @api.depends("employee_id.name", "date_to")
    def _compute_name(self):
        for pay in self:
            pay.name = self.env._(
                "Variable pay %(year)s, %(name)s",
                year=pay.date_to.year if pay.date_to else "",
                name=pay.employee_id.name or "",
            )

    @api.depends("advance_ids.amount")
    def _compute_advance_total(self):
        for pay in self:
            pay.advance_total = sum(pay.advance_ids.mapped("amount"))

    @api.depends(
        "revenue",
        "direct_costs",
        "contribution",
        "fixed_pay",
        "advance_total",
        "share",
        "cost_ratio",
    )
    def _compute_amounts(self):
        for pay in self:
            rounding = pay.currency_id.rounding or 0.01
            base = float_round(
                pay.revenue
                - pay.direct_costs
                - pay.contribution
                - pay.fixed_pay
                - pay.advance_total,
                precision_rounding=rounding,
            )
            pay.base = base
            if base <= 0:
                pay.available_amount = pay.amount = 0.0
                pay.no_pay_reason = self.env._(
                    "No variable pay: the revenue less the direct costs, the "
                    "contribution, the fixed pay and the advances paid leaves "
                    "%(base)s.",
                    base=format_amount(self.env, base, pay.currency_id),
                )
                continue
            available = float_round(
                base * pay.share / 100.0, precision_rounding=rounding
            )
            pay.available_amount = available
            pay.amount = float_round(
                available / (pay.cost_ratio or 1.0), precision_rounding=rounding
            )
            pay.no_pay_reason = False

    @api.depends("approval_date")
    def _compute_due_date(self):
        for pay in self:
            # relativedelta keeps to the month's last day: approved on 31
            # January, due on 28 (or 29) February.
            pay.due_date = pay.approval_date and pay.approval_date + relativedelta(
                months=1
            )

    @api.depends_context("uid")
    def _compute_coop_is_mine(self):
        activity_ids = set(self.env.user._coop_activity_ids())
        for pay in self:
            pay.coop_is_mine = pay.employee_id.id in activity_ids

    def _search_coop_is_mine(self, operator, value):
        if operator != "in":
            return NotImplemented
        return [("employee_id", "in", self.env.user._coop_activity_ids())]

    @api.constrains("approval_date", "date_to")
    def _check_approval_after_year(self):
        for pay in self:
            if pay.approval_date and pay.approval_date <= pay.date_to:
                raise ValidationError(
                    self.env._(
                        "The general assembly approves the accounts of a fiscal "
                        "year after it ends: %(name)s ends on %(end)s.",
                        name=pay.name,
                        end=format_date(self.env, pay.date_to),
                    )
                )

    def write(self, vals):
        if "approval_date" in vals and any(
            pay.state in ("approved", "settled") for pay in self
        ):
            raise UserError(
                self.env._(
                    "The approval date of the accounts cannot change once the "
                    "variable pay is approved."
                )
            )
        if "approval_date" in vals:
            # A new due date: a new alert when it comes near.
            vals = {**vals, "due_alert_sent": False}
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_not_draft(self):
        if any(pay.state not in ("draft", "cancel") for pay in self):
            raise UserError(
                self.env._(
                    "Only a draft or cancelled variable pay can be deleted: "
                    "cancel it first."
                )
            )

    def _coop_check_state(self, states, message):
        if any(pay.state not in states for pay in self):
            raise UserError(message)

    def action_recompute(self):
        self.check_access("write")
        self._coop_check_state(
            ("draft",), self.env._("Only a draft variable pay is computed again.")
        )
        self._coop_update_figures()
        return True

    def action_propose(self):
        self._coop_check_state(
            ("draft",), self.env._("Only a draft variable pay can be proposed.")
        )
        self._coop_check_approval_date()
        self._coop_update_figures()
        self.write({"state": "proposed"})
        return True

    def action_approve(self):
        self._coop_check_state(
            ("proposed",), self.env._("Only a proposed variable pay can be approved.")
        )
        self._coop_check_approval_date()
        self.write({"state": "approved"})
        return True

    def action_settle(self):
        self._coop_check_state(
            ("approved",), self.env._("Only an approved variable pay can be settled.")
        )
        today = fields.Date.context_today(self)
        for pay in self:
            if today < pay.approval_date:
                raise UserError(
                    self.env._(
                        "%(name)s cannot be settled before the general assembly "
                        "approves the accounts on %(date)s.",
                        name=pay.name,
                        date=format_date(self.env, pay.approval_date),
                    )
                )
        self.write({"state": "settled", "settlement_date": today})
        self.activity_unlink(["mail.mail_activity_data_todo"])
        return True

    def action_cancel(self):
        self._coop_check_state(
            ("draft", "proposed", "approved"),
            self.env._("A settled variable pay cannot be cancelled."),
        )
        self.write({"state": "cancel"})
        return True

    def action_reset_to_draft(self):
        self._coop_check_state(
            ("proposed", "cancel"),
            self.env._("Only a proposed or cancelled variable pay goes back to draft."),
        )
        self.write({"state": "draft", "due_alert_sent": False})
        return True

    def _coop_check_approval_date(self):
        if missing := self.filtered(lambda pay: not pay.approval_date):
            raise UserError(
                self.env._(
                    "%(name)s: enter the day the general assembly approved the "
                    "year's accounts first. The variable pay is settled after it "
                    "(R7331-12).",
                    name=missing[0].name,
                )
            )

    @api.model
    def _coop_activity_figures(self, employees, date_from, date_to):
        """{employee: {figure: amount}} of the activities of `employees` over
        the period, in the company's currency: the lines of their activity
        statements (coop.activity.statement.line, the posted journal items
        on their analytic accounts), so that the variable pay's figures are
        the statement's. One grouped query, whatever the number of invoices."""
        company = self.env.company
        figures = {
            employee: dict.fromkeys(VARIABLE_PAY_FIGURES, 0.0) for employee in employees
        }
        if not employees:
            return figures
        # As superuser: the staff computing the variable pays may not read
        # every journal item, and the figures are kept on the record.
        groups = (
            self.env["coop.activity.statement.line"]
            .sudo()
            .with_company(company)
            ._read_group(
                [
                    ("company_id", "=", company.id),
                    ("activity_id", "in", employees.ids),
                    ("category", "in", list(VARIABLE_PAY_FIGURES)),
                    ("date", ">=", date_from),
                    ("date", "<=", date_to),
                ],
                ["activity_id", "category"],
                ["amount:sum"],
            )
        )
        rounding = company.currency_id.rounding
        for activity, category, amount in groups:
            figures[activity][category] = float_round(
                VARIABLE_PAY_FIGURES[category] * amount, precision_rounding=rounding
            )
        return figures

    def _coop_update_figures(self):
        """Read the activities' figures of the year again, for these drafts,
        and the CESA's rule."""
        for (date_from, date_to), pays in self.grouped(
            lambda pay: (pay.date_from, pay.date_to)
        ).items():
            figures = self._coop_activity_figures(pays.employee_id, date_from, date_to)
            for pay in pays:
                activity = figures[pay.employee_id]
                pay.write(
                    {
                        "revenue": activity["revenue"],
                        "direct_costs": activity["direct_cost"],
                        "contribution": activity["contribution"],
                        "fixed_pay": activity["salary"],
                        "share": pay.cesa_id.variable_pay_share,
                        "cost_ratio": pay.cesa_id.variable_pay_cost_ratio,
                    }
                )

    @api.model
    def _coop_fiscal_year(self, day):
        """(first day, last day) of the company's fiscal year holding `day`."""
        dates = self.env.company.compute_fiscalyear_dates(day)
        return dates["date_from"], dates["date_to"]

    @api.model
    def _coop_cesa_domain(self, date_from, date_to):
        """The CESA contracts running for at least one day of the year."""
        return [
            ("company_id", "=", self.env.company.id),
            ("state", "in", ("running", "ended")),
            ("date_start", "<=", date_to),
            "|",
            ("date_end", "=", False),
            ("date_end", ">=", date_from),
        ]

    @api.model
    def _coop_compute_year(self, day):
        """Create or compute again the variable pay of the fiscal year holding
        `day` for every entrepreneur-employee whose CESA ran in that year;
        those already proposed or further are left as they are. Returns the
        year's variable pays."""
        self.check_access("create")
        date_from, date_to = self._coop_fiscal_year(day)
        contracts = self.env["coop.cesa.contract"].search(
            self._coop_cesa_domain(date_from, date_to), order="date_start desc"
        )
        # The last contract of the year carries the rule.
        cesa_by_employee = {}
        for contract in contracts:
            cesa_by_employee.setdefault(contract.employee_id, contract)
        existing = self.search(
            [
                ("company_id", "=", self.env.company.id),
                ("date_from", "=", date_from),
                ("employee_id", "in", [e.id for e in cesa_by_employee]),
            ]
        )
        new = self.create(
            [
                {
                    "company_id": self.env.company.id,
                    "employee_id": employee.id,
                    "cesa_id": contract.id,
                    "date_from": date_from,
                    "date_to": date_to,
                }
                for employee, contract in cesa_by_employee.items()
                if employee not in existing.employee_id
            ]
        )
        drafts = new | existing.filtered(lambda pay: pay.state == "draft")
        for pay in drafts - new:
            pay.cesa_id = cesa_by_employee[pay.employee_id]
        drafts._coop_update_figures()
        return existing | new

    # The settlement alert, run daily by data/ir_cron_data.xml.

    @api.model
    def _coop_due_alert_domain(self, today):
        return [
            ("state", "in", ("draft", "proposed", "approved")),
            ("due_date", "!=", False),
            ("due_date", "<=", today + relativedelta(days=ALERT_DAYS)),
            ("due_alert_sent", "=", False),
        ]

    @api.model
    def _cron_coop_due_alerts(self):
        today = fields.Date.context_today(self)
        pays = self.search(self._coop_due_alert_domain(today))
        # A few records a year per entrepreneur: one transaction.
        pays._coop_send_due_alerts(today)

    def _coop_send_due_alerts(self, today):
        """A to-do for the support worker (else the staff member who created
        the variable pay): settle it by its due date."""
        for pay in self:
            user = pay.employee_id.coop_support_worker_id.user_id or pay.create_uid
            # The cron has no language: write in the support worker's.
            pay = pay.with_context(lang=user.lang)
            env = pay.env
            if pay.due_date < today:
                summary = env._(
                    "The variable pay of %(name)s was due on %(date)s: settle it.",
                    name=pay.employee_id.name,
                    date=format_date(env, pay.due_date),
                )
            else:
                summary = env._(
                    "Settle the variable pay of %(name)s by %(date)s.",
                    name=pay.employee_id.name,
                    date=format_date(env, pay.due_date),
                )
            pay.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=max(pay.due_date, today),
                summary=summary,
                user_id=user.id,
            )
            pay.due_alert_sent = True


class CoopVariablePayAdvance(models.Model):
    """A monthly advance on the year's variable pay (R7331-11), recorded by
    the staff and deducted from the base."""

    _name = "coop.variable.pay.advance"
    _description = "Variable Pay Advance"
    _order = "date, id"
    _check_company_auto = True

    variable_pay_id = fields.Many2one(
        comodel_name="coop.variable.pay",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="variable_pay_id.company_id", store=True)
    currency_id = fields.Many2one(related="variable_pay_id.currency_id")
    employee_id = fields.Many2one(related="variable_pay_id.employee_id", store=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    amount = fields.Monetary(required=True)
    note = fields.Char()

    _coop_amount_positive = models.Constraint(
        "CHECK(amount > 0)", "An advance is a positive amount."
    )

    @api.constrains("date", "variable_pay_id")
    def _check_date_in_year(self):
        for advance in self:
            pay = advance.variable_pay_id
            if advance.date < pay.date_from:
                raise ValidationError(
                    self.env._(
                        "An advance on %(name)s is paid once the fiscal year has "
                        "started, on %(start)s.",
                        name=pay.name,
                        start=format_date(self.env, pay.date_from),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        advances = super().create(vals_list)
        advances._coop_check_draft()
        return advances

    def write(self, vals):
        self._coop_check_draft()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_not_draft(self):
        self._coop_check_draft()

    def _coop_check_draft(self):
        if any(advance.variable_pay_id.state != "draft" for advance in self):
            raise UserError(
                self.env._(
                    "The advances change only while the variable pay is a "
                    "draft: reset it to draft first."
                )
            )
