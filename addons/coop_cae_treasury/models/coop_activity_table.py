# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.tools import SQL

# The revenue falls when its last three months make less than this share of
# the three months before.
FALLING_REVENUE_RATIO = 0.8
# A pathway deadline (CAPE end, CESA end, associate deadline) is near within
# these many days, or past.
DEADLINE_DAYS = 60


class CoopActivityTable(models.TransientModel):
    """The table of all activities, for the staff and the accountant: one row
    per running activity with its revenue, cash and salary capacity, and the
    alerts to act on.

    Each opening takes a snapshot of the figures of today in one batch (the
    treasury engine's constant queries, one read of the pathway deadlines and
    one insert of all the rows), kept in a transient table of the user's own:
    stored columns, so the list sorts, filters and groups on any figure, which
    computed fields cannot; and the figures depend on today and on the
    company's settings, which a SQL view could only read from the database's
    clock. Entrepreneurs have no access to it."""

    _name = "coop.activity.table"
    _description = "Table of the Activities"
    _order = "alert_count desc, available_cash, activity_name"
    _rec_name = "activity_name"

    date = fields.Date(string="Figures On", readonly=True)
    employee_id = fields.Many2one(
        comodel_name="hr.employee", string="Entrepreneur", readonly=True
    )
    activity_name = fields.Char(string="Activity", readonly=True)
    entrepreneur_name = fields.Char(string="Entrepreneur's Name", readonly=True)
    support_worker_name = fields.Char(string="Support Worker", readonly=True)
    company_id = fields.Many2one(comodel_name="res.company", readonly=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    revenue_this_year = fields.Monetary(
        readonly=True, help="Revenue excluding VAT of this fiscal year."
    )
    revenue_last_3_months = fields.Monetary(
        string="Revenue, Last 3 Months",
        readonly=True,
        help="Revenue excluding VAT of the last three full months.",
    )
    revenue_previous_3_months = fields.Monetary(
        string="Revenue, 3 Months Before", readonly=True
    )
    revenue_trend = fields.Float(
        string="Revenue Trend (%)",
        readonly=True,
        help="The change of the last three months' revenue against the three "
        "months before.",
    )
    treasury = fields.Monetary(readonly=True)
    provisions = fields.Monetary(readonly=True)
    available_cash = fields.Monetary(readonly=True)
    salary_capacity_net = fields.Monetary(string="Salary Capacity (Net)", readonly=True)
    salary_capacity_gross = fields.Monetary(
        string="Salary Capacity (Gross)", readonly=True
    )
    current_pay_months = fields.Float(
        string="Months the Current Pay Lasts", digits=(16, 1), readonly=True
    )
    next_deadline = fields.Date(readonly=True)
    next_deadline_kind = fields.Selection(
        selection=[
            ("cape", "End of CAPE"),
            ("cesa", "End of CESA"),
            ("associate", "Associate Deadline"),
        ],
        string="Deadline",
        readonly=True,
    )
    alert_negative_cash = fields.Boolean(string="Negative Cash", readonly=True)
    alert_falling_revenue = fields.Boolean(string="Falling Revenue", readonly=True)
    alert_deadline_near = fields.Boolean(string="Deadline Near", readonly=True)
    alert_count = fields.Integer(string="Alerts", readonly=True)

    @api.model
    def action_open_table(self):
        """The list of today's snapshot of the activities of the user's
        companies."""
        rows = self._coop_take_snapshot()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "coop_cae_treasury.coop_activity_table_action"
        )
        action["domain"] = [("id", "in", rows.ids)]
        return action

    @api.model
    def _coop_take_snapshot(self, date=None):
        """Create the rows of the activities running today in the user's
        companies. The rights come from this model's access (staff and
        accountant): entrepreneurs cannot create rows."""
        self.check_access("create")
        date = date or fields.Date.context_today(self)
        # The accountant is no HR officer: the activities are read as
        # superuser, for this table only.
        activities = (
            self.env["hr.employee"]
            .sudo()
            .search(
                [
                    ("is_entrepreneur", "=", True),
                    ("company_id", "in", self.env.companies.ids),
                    ("coop_stage", "!=", "exited"),
                ]
            )
        )
        figures = self.env["coop.activity.treasury"]._coop_figures(activities, date)
        deadlines = self._coop_deadlines(activities)
        near = date + timedelta(days=DEADLINE_DAYS)
        vals_list = []
        for activity in activities:
            values = figures[activity.id]
            last, previous = (
                values["revenue_last_3_months"],
                values["revenue_previous_3_months"],
            )
            deadline, kind = deadlines.get(activity.id, (False, False))
            alerts = {
                "alert_negative_cash": values["treasury"] < 0,
                "alert_falling_revenue": previous > 0
                and last < FALLING_REVENUE_RATIO * previous,
                "alert_deadline_near": bool(deadline and deadline <= near),
            }
            vals_list.append(
                {
                    "date": date,
                    "employee_id": activity.id,
                    "activity_name": activity.coop_trade_name or activity.name,
                    "entrepreneur_name": activity.name,
                    "support_worker_name": activity.coop_support_worker_id.name,
                    "company_id": activity.company_id.id,
                    "revenue_this_year": values["revenue_this_year"],
                    "revenue_last_3_months": last,
                    "revenue_previous_3_months": previous,
                    "revenue_trend": round((last - previous) / previous * 100, 1)
                    if previous
                    else 0.0,
                    "treasury": values["treasury"],
                    "provisions": values["provisions"],
                    "available_cash": values["available_cash"],
                    "salary_capacity_net": values["capacity_net"],
                    "salary_capacity_gross": values["capacity_gross"],
                    "current_pay_months": values["months_current_pay"],
                    "next_deadline": deadline,
                    "next_deadline_kind": kind,
                    **alerts,
                    "alert_count": sum(alerts.values()),
                }
            )
        return self._coop_insert_rows(vals_list)

    @api.model
    def _coop_insert_rows(self, vals_list):
        """The rows of `vals_list` (the same stored fields in each), inserted
        in one query whatever their number, where create() inserts them by
        hundreds: the snapshot's queries stay constant. Nothing else runs on
        these rows' creation (no computed field, no tracking, no defaults to
        fill), and the caller checked the right to create them."""
        if not vals_list:
            return self.browse()
        names = list(vals_list[0])
        now = self.env.cr.now()
        rows = [
            (
                *(
                    self._fields[name].convert_to_column_insert(vals[name], self, vals)
                    for name in names
                ),
                self.env.uid,
                now,
                self.env.uid,
                now,
            )
            for vals in vals_list
        ]
        columns = [*names, "create_uid", "create_date", "write_uid", "write_date"]
        ids = self.env.execute_query(
            SQL(
                "INSERT INTO %s (%s) VALUES %s RETURNING id",
                SQL.identifier(self._table),
                SQL(", ").join(map(SQL.identifier, columns)),
                SQL(", ").join(rows),
            )
        )
        return self.browse(id_ for (id_,) in ids)

    @api.model
    def _coop_deadlines(self, activities):
        """{activity id: (date, kind)} of the nearest pathway deadline of each
        activity (superuser `activities`): the end of the running CAPE, of the
        running CESA, and the deadline to become associate."""
        candidates = {}

        def add(activity_id, date, kind):
            if date and (
                activity_id not in candidates or date < candidates[activity_id][0]
            ):
                candidates[activity_id] = (date, kind)

        for activity in activities:
            if activity.coop_stage == "cape":
                add(activity.id, activity.coop_cape_end_date, "cape")
            add(activity.id, activity.coop_associate_deadline, "associate")
        cesas = (
            self.env["coop.cesa.contract"]
            .sudo()
            .search_fetch(
                [
                    ("employee_id", "in", activities.ids),
                    ("state", "=", "running"),
                    ("date_end", "!=", False),
                ],
                ["employee_id", "date_end"],
            )
        )
        for cesa in cesas:
            add(cesa.employee_id.id, cesa.date_end, "cesa")
        return candidates

    def action_open_entrepreneur(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "hr.employee",
            "res_id": self.employee_id.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }
