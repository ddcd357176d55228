# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import format_date

from .hr_employee_pathway import EXIT_REASONS


class CoopImpactFigures(models.AbstractModel):
    """The figures the cooperative reports to its funders, for a period.

    - active CAPEs: signed CAPEs in effect on at least one day of the period;
    - entrepreneurs under CESA: people with a signed CESA in effect on at least
      one day of the period;
    - entrants: candidates admitted (decision date) during the period, and the
      share of them unemployed, and on a minimum benefit, at entry;
    - accompanied since the start: entrepreneurs whose first CAPE or CESA
      started on or before the end of the period;
    - exits by reason: exit dates within the period;
    - failure rate: among the entrepreneurs whose activity started during the
      period, the share who left with the reason "activity stopped" within
      `failure_months` (8 to 12) months of the start.
    """

    _name = "coop.impact.figures"
    _description = "Impact Figures"

    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: fields.Date.context_today(self).replace(month=1, day=1),
    )
    date_to = fields.Date(
        string="To",
        required=True,
        default=lambda self: fields.Date.context_today(self).replace(month=12, day=31),
    )
    failure_months = fields.Integer(
        string="Failure Window (Months)",
        default=12,
        required=True,
        help="An activity stopped within this many months of its start counts "
        "as a failure (8 to 12).",
    )
    active_cape_count = fields.Integer(
        string="Active CAPE Contracts", compute="_compute_figures"
    )
    cesa_count = fields.Integer(
        string="Entrepreneurs under CESA", compute="_compute_figures"
    )
    entrant_count = fields.Integer(string="Entrants", compute="_compute_figures")
    unemployed_share = fields.Float(
        string="Unemployed at Entry (%)", compute="_compute_figures", digits=(16, 1)
    )
    minimum_benefit_share = fields.Float(
        string="On Minimum Benefits at Entry (%)",
        compute="_compute_figures",
        digits=(16, 1),
    )
    accompanied_count = fields.Integer(
        string="People Accompanied since the Start", compute="_compute_figures"
    )
    exit_own_company = fields.Integer(
        string="Exits: Own Company", compute="_compute_figures"
    )
    exit_salaried_job = fields.Integer(
        string="Exits: Salaried Job", compute="_compute_figures"
    )
    exit_training = fields.Integer(string="Exits: Training", compute="_compute_figures")
    exit_activity_stopped = fields.Integer(
        string="Exits: Activity Stopped", compute="_compute_figures"
    )
    exit_other = fields.Integer(string="Exits: Other", compute="_compute_figures")
    started_count = fields.Integer(
        string="Activities Started", compute="_compute_figures"
    )
    failure_count = fields.Integer(
        string="Activities Stopped Early", compute="_compute_figures"
    )
    failure_rate = fields.Float(
        string="Failure Rate (%)", compute="_compute_figures", digits=(16, 1)
    )

    @api.constrains("date_from", "date_to", "failure_months")
    def _check_period(self):
        for report in self:
            if report.date_to < report.date_from:
                raise ValidationError(
                    self.env._("The period must end after it starts.")
                )
            if not 8 <= report.failure_months <= 12:
                raise ValidationError(
                    self.env._("The failure window runs from 8 to 12 months.")
                )

    @api.depends("date_from", "date_to", "failure_months")
    def _compute_figures(self):
        for report in self:
            report.update(
                self._coop_impact_figures(
                    report.date_from, report.date_to, report.failure_months
                )
            )

    @api.model
    def _coop_impact_figures(self, date_from, date_to, failure_months):
        """The figures of the period, by field name (see the class docstring)."""
        figures = {}
        [(count,)] = self.env["coop.cape.contract"]._read_group(
            [
                ("state", "!=", "draft"),
                ("date_start", "<=", date_to),
                ("date_effective_end", ">=", date_from),
            ],
            [],
            ["__count"],
        )
        figures["active_cape_count"] = count
        [(employees,)] = self.env["coop.cesa.contract"]._read_group(
            [
                ("state", "!=", "draft"),
                ("date_start", "<=", date_to),
                "|",
                ("date_end", "=", False),
                ("date_end", ">=", date_from),
            ],
            [],
            ["employee_id:recordset"],
        )
        figures["cesa_count"] = len(employees)
        entrants = self.env["coop.candidate"]._read_group(
            [
                ("employee_id", "!=", False),
                ("decision_date", ">=", date_from),
                ("decision_date", "<=", date_to),
            ],
            ["is_unemployed", "has_minimum_benefit"],
            ["__count"],
        )
        total = sum(count for _unemployed, _benefit, count in entrants)
        figures["entrant_count"] = total
        figures["unemployed_share"] = (
            100.0 * sum(c for unemployed, _b, c in entrants if unemployed) / total
            if total
            else 0.0
        )
        figures["minimum_benefit_share"] = (
            100.0 * sum(c for _u, benefit, c in entrants if benefit) / total
            if total
            else 0.0
        )
        Employee = self.env["hr.employee"].with_context(active_test=False)
        [(count,)] = Employee._read_group(
            [
                ("is_entrepreneur", "=", True),
                ("coop_activity_start_date", "<=", date_to),
            ],
            [],
            ["__count"],
        )
        figures["accompanied_count"] = count
        exits = dict(
            Employee._read_group(
                [
                    ("is_entrepreneur", "=", True),
                    ("coop_exit_date", ">=", date_from),
                    ("coop_exit_date", "<=", date_to),
                ],
                ["coop_exit_reason"],
                ["__count"],
            )
        )
        for reason, _label in EXIT_REASONS:
            figures[f"exit_{reason}"] = exits.get(reason, 0)
        started = Employee.search_fetch(
            [
                ("is_entrepreneur", "=", True),
                ("coop_activity_start_date", ">=", date_from),
                ("coop_activity_start_date", "<=", date_to),
            ],
            ["coop_activity_start_date", "coop_exit_date", "coop_exit_reason"],
        )
        failures = started.filtered(
            lambda e: e.coop_exit_reason == "activity_stopped"
            and e.coop_exit_date
            <= e.coop_activity_start_date + relativedelta(months=failure_months)
        )
        figures["started_count"] = len(started)
        figures["failure_count"] = len(failures)
        figures["failure_rate"] = (
            100.0 * len(failures) / len(started) if started else 0.0
        )
        return figures

    def _coop_figure_labels(self):
        return [
            (name, self._fields[name].get_description(self.env)["string"])
            for name in (
                "active_cape_count",
                "cesa_count",
                "entrant_count",
                "unemployed_share",
                "minimum_benefit_share",
                "accompanied_count",
                "exit_own_company",
                "exit_salaried_job",
                "exit_training",
                "exit_activity_stopped",
                "exit_other",
                "started_count",
                "failure_count",
                "failure_rate",
            )
        ]

    def _coop_write_impact_xlsx(self, workbook):
        """Writes the period's figures into `workbook` (the XLSX report
        coop_cae.impact_xlsx, of report_xlsx)."""
        self.ensure_one()
        figures = self._coop_impact_figures(
            self.date_from, self.date_to, self.failure_months
        )
        sheet = workbook.add_worksheet(self.env._("Impact"))
        bold = workbook.add_format({"bold": True})
        sheet.set_column(0, 0, 45)
        sheet.set_column(1, 1, 15)
        sheet.write(0, 0, self.env._("Impact Figures"), bold)
        sheet.write(
            1,
            0,
            self.env._(
                "From %(date_from)s to %(date_to)s",
                date_from=format_date(self.env, self.date_from),
                date_to=format_date(self.env, self.date_to),
            ),
        )
        for row, (name, label) in enumerate(self._coop_figure_labels(), start=3):
            sheet.write(row, 0, label)
            sheet.write_number(row, 1, round(figures[name], 1))
