# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError
from odoo.fields import Domain
from odoo.tools import format_date

from odoo.addons.coop_cae.tools.account_category import COST_CATEGORIES

# The statement's figures, in the order it prints them.
RESULT_FIGURES = (
    "revenue",
    "other_income",
    "transfer",
    "contribution",
    "direct_cost",
    "other_cost",
    "salary",
    "social_charge",
)
BALANCE_FIGURES = ("receivable", "payable", "cash")
FIGURES = RESULT_FIGURES + ("result",) + BALANCE_FIGURES


class CoopActivityStatement(models.TransientModel):
    """An activity's statement over a period, computed live from the posted
    journal items: its profit and loss by category (coop.activity.statement.
    line) and its balance at the period's end, shown on screen, printed in PDF
    and exported in XLSX. An entrepreneur gets their own activity's only."""

    _name = "coop.activity.statement"
    _description = "Activity Statement"

    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        readonly=True,
        default=lambda self: self.env.company,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    activity_id = fields.Many2one(
        comodel_name="hr.employee",
        required=True,
        domain=[("is_entrepreneur", "=", True)],
        default=lambda self: self._default_activity_id(),
    )
    activity_name = fields.Char(compute="_compute_activity_name")
    date_from = fields.Date(
        string="From", required=True, default=lambda self: self._default_dates()[0]
    )
    date_to = fields.Date(
        string="To", required=True, default=lambda self: self._default_dates()[1]
    )
    revenue = fields.Monetary(
        string="Revenue excl. VAT",
        compute="_compute_figures",
        help="Invoices less credit notes (class 70, except transfers and "
        "contributions).",
    )
    other_income = fields.Monetary(
        compute="_compute_figures", help="The other income accounts (class 7)."
    )
    transfer = fields.Monetary(
        string="Transfers between Activities",
        compute="_compute_figures",
        help="Received from other activities less given to them (706800).",
    )
    contribution = fields.Monetary(
        compute="_compute_figures",
        help="Paid to the cooperative for its services (706900).",
    )
    direct_cost = fields.Monetary(
        string="Direct Costs",
        compute="_compute_figures",
        help="Purchases, materials and goods, subcontracting, travel and "
        "missions (60, 604, 611, 625).",
    )
    other_cost = fields.Monetary(
        string="Other Costs",
        compute="_compute_figures",
        help="The other expenses (class 6): bills, expense reports, coworking...",
    )
    salary = fields.Monetary(
        string="Salaries", compute="_compute_figures", help="Gross salaries (641)."
    )
    social_charge = fields.Monetary(
        string="Social Charges",
        compute="_compute_figures",
        help="Employer contributions and other staff costs (64, except 641).",
    )
    result = fields.Monetary(
        compute="_compute_figures",
        help="Revenue, transfers and other income, less the contribution, the "
        "costs, salaries and social charges.",
    )
    receivable = fields.Monetary(
        string="Receivables",
        compute="_compute_figures",
        help="What the activity's clients owe at the period's end, taxes included.",
    )
    payable = fields.Monetary(
        string="Payables",
        compute="_compute_figures",
        help="What the activity owes its suppliers and on its expense reports "
        "at the period's end, taxes included.",
    )
    # Not "Cash": the activity's treasury (coop_cae_treasury, on her home and
    # the table of the activities) is net of VAT, contributions and salaries;
    # this is the ledger's money moved by the activity's own documents.
    cash = fields.Monetary(
        string="Net Receipts incl. VAT",
        compute="_compute_figures",
        help="Money received on the activity's documents less money paid on "
        "them, taxes included, up to the period's end. Its treasury, net of VAT, "
        "contributions and salaries, is on the activity's home.",
    )

    def _default_activity_id(self):
        return self.env.user._coop_get_activity(self.env.company)

    def _default_dates(self):
        dates = self.env.company.compute_fiscalyear_dates(
            fields.Date.context_today(self)
        )
        return dates["date_from"], dates["date_to"]

    @api.depends("activity_id")
    def _compute_activity_name(self):
        for statement in self:
            activity = statement.activity_id
            statement.activity_name = activity.coop_trade_name or activity.name

    @api.depends("activity_id", "date_from", "date_to")
    def _compute_figures(self):
        for statement in self:
            if not (
                statement.activity_id and statement.date_from and statement.date_to
            ):
                statement.update(dict.fromkeys(FIGURES, 0.0))
                continue
            figures = self._coop_statement_figures(
                statement.activity_id, statement.date_from, statement.date_to
            )
            statement.update(figures[statement.activity_id.id])

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        if any(statement.date_from > statement.date_to for statement in self):
            raise ValidationError(self.env._("The period must end after it starts."))

    @api.model_create_multi
    def create(self, vals_list):
        statements = super().create(vals_list)
        statements._coop_check_own_activity()
        return statements

    def write(self, vals):
        res = super().write(vals)
        if "activity_id" in vals:
            self._coop_check_own_activity()
        return res

    def _coop_check_own_activity(self):
        """hr.employee is no fenced model (an entrepreneur reads the public
        profiles of all): the statement itself refuses another activity's.
        Not a constraint: those run as superuser."""
        if self.env.su or self.env.user._coop_is_staff():
            return
        own = set(self.env.user._coop_activity_ids())
        if any(statement.activity_id.id not in own for statement in self):
            raise AccessError(
                self.env._("You may only see the statement of your own activity.")
            )

    @api.model
    def _coop_statement_figures(self, activities, date_from, date_to):
        """{activity id: {figure: amount}} of FIGURES for `activities` over the
        period: two grouped queries whatever their number and that of their
        documents. Read with the user's rights: an entrepreneur's record rules
        leave them their own activity's items only."""
        figures = {activity.id: dict.fromkeys(FIGURES, 0.0) for activity in activities}
        groups = self.env["coop.activity.statement.line"]._read_group(
            [
                ("activity_id", "in", activities.ids),
                ("date", ">=", date_from),
                ("date", "<=", date_to),
            ],
            ["activity_id", "category"],
            ["amount:sum"],
        )
        for activity, category, amount in groups:
            if category:
                figures[activity.id][category] = (
                    -amount if category in COST_CATEGORIES else amount
                )
        for activity, balances in self._coop_balances(activities, date_to).items():
            figures[activity].update(balances)
        currency = self.env.company.currency_id
        for values in figures.values():
            for name in RESULT_FIGURES:
                values[name] = currency.round(values[name])
            values["result"] = currency.round(
                sum(
                    -values[name] if name in COST_CATEGORIES else values[name]
                    for name in RESULT_FIGURES
                )
            )
        return figures

    @api.model
    def _coop_liquidity_domain(self):
        """The items that are money: in bank and cash journals, on their bank
        and cash accounts or on the outstanding receipts and payments accounts
        (current assets) where a registered payment waits for its bank
        statement line. The statement line's entry moves the amount from the
        latter to the former: the sum counts it once."""
        return Domain("journal_id.type", "in", ("bank", "cash")) & Domain(
            "account_id.account_type", "in", ("asset_cash", "asset_current")
        )

    @api.model
    def _coop_balances(self, activities, date_to):
        """{activity id: {receivable, payable, cash}} at `date_to`: balances of
        the posted items of the activity's own entries (its invoices, bills,
        expense reports, and the payments and bank lines that coop_cae and
        coop_cae_books put on the activity of the documents they pay)."""
        Line = self.env["account.move.line"]
        base = Domain(
            [
                ("move_id.coop_activity_id", "in", activities.ids),
                ("parent_state", "=", "posted"),
                ("date", "<=", date_to),
            ]
        )
        account_type = "account_id.account_type"
        kinds = (
            ("receivable", Domain(account_type, "=", "asset_receivable"), 1),
            ("payable", Domain(account_type, "=", "liability_payable"), -1),
            ("cash", self._coop_liquidity_domain(), 1),
        )
        currency = self.env.company.currency_id
        balances = defaultdict(dict)
        for name, domain, sign in kinds:
            totals = dict(
                Line._read_group(
                    base & domain, ["move_id.coop_activity_id"], ["balance:sum"]
                )
            )
            for activity in activities:
                balances[activity.id][name] = currency.round(
                    sign * totals.get(activity, 0.0)
                )
        return balances

    @api.model
    def _coop_monthly_figures(self, activity, date_from, date_to):
        """[(month label, {category: amount, "result": amount})] of the
        period, months in order; costs as positive amounts."""
        groups = self.env["coop.activity.statement.line"]._read_group(
            [
                ("activity_id", "=", activity.id),
                ("date", ">=", date_from),
                ("date", "<=", date_to),
            ],
            ["date:month", "category"],
            ["amount:sum"],
        )
        months = defaultdict(lambda: dict.fromkeys(RESULT_FIGURES + ("result",), 0.0))
        for month, category, amount in groups:
            values = months[month]
            values[category] += -amount if category in COST_CATEGORIES else amount
            values["result"] += amount
        return [
            (format_date(self.env, month, date_format="MMMM y"), months[month])
            for month in sorted(months)
        ]

    def _coop_figure_labels(self):
        """{figure: label} in the user's language."""
        return {
            name: self._fields[name]._description_string(self.env) for name in FIGURES
        }

    def _coop_write_statement_xlsx(self, workbook):
        """Writes the statement into `workbook` (the XLSX report
        coop_cae_activity_statement.statement_xlsx, of report_xlsx): the
        figures on a first sheet, the months on a second."""
        self.ensure_one()
        self._coop_check_own_activity()
        labels = self._coop_figure_labels()
        bold = workbook.add_format({"bold": True})
        money = workbook.add_format({"num_format": "#,##0.00"})
        money_bold = workbook.add_format({"num_format": "#,##0.00", "bold": True})
        sheet = workbook.add_worksheet(self.env._("Statement"))
        sheet.set_column(0, 0, 40)
        sheet.set_column(1, 1, 16)
        sheet.write(0, 0, self.env._("Activity Statement"), bold)
        sheet.write(1, 0, self.activity_name)
        sheet.write(
            2,
            0,
            self.env._(
                "From %(date_from)s to %(date_to)s",
                date_from=format_date(self.env, self.date_from),
                date_to=format_date(self.env, self.date_to),
            ),
        )
        row = 4
        sheet.write(row, 0, self.env._("Result of the Period"), bold)
        for name in RESULT_FIGURES + ("result",):
            row += 1
            sheet.write(row, 0, labels[name], bold if name == "result" else None)
            sheet.write_number(
                row, 1, self[name], money_bold if name == "result" else money
            )
        row += 2
        sheet.write(row, 0, self.env._("Balance at the Period's End"), bold)
        for name in BALANCE_FIGURES:
            row += 1
            sheet.write(row, 0, labels[name])
            sheet.write_number(row, 1, self[name], money)
        months = workbook.add_worksheet(self.env._("By Month"))
        months.set_column(0, 0, 18)
        months.set_column(1, len(RESULT_FIGURES) + 1, 16)
        columns = RESULT_FIGURES + ("result",)
        months.write(0, 0, self.env._("Month"), bold)
        for column, name in enumerate(columns, start=1):
            months.write(0, column, labels[name], bold)
        monthly = self._coop_monthly_figures(
            self.activity_id, self.date_from, self.date_to
        )
        for row, (month, values) in enumerate(monthly, start=1):
            months.write(row, 0, month)
            for column, name in enumerate(columns, start=1):
                months.write_number(row, column, round(values[name], 2), money)

    def _coop_check_printable(self):
        self.ensure_one()
        self._coop_check_own_activity()

    def action_print_pdf(self):
        self._coop_check_printable()
        return self.env.ref(
            "coop_cae_activity_statement.coop_activity_statement_report"
        ).report_action(self)

    def action_export_xlsx(self):
        self._coop_check_printable()
        return self.env.ref(
            "coop_cae_activity_statement.coop_activity_statement_xlsx_report"
        ).report_action(self)

    def action_open_months(self):
        """The period's items of the activity, in a pivot by month."""
        self._coop_check_printable()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "coop_cae_activity_statement.coop_activity_statement_line_action"
        )
        action["domain"] = [
            ("activity_id", "=", self.activity_id.id),
            ("date", ">=", self.date_from),
            ("date", "<=", self.date_to),
        ]
        # The web client titles the breadcrumb with the display name first.
        action["name"] = action["display_name"] = self.env._(
            "%(activity)s: by month", activity=self.activity_name
        )
        return action

    @api.model
    def _coop_open_for(self, activity, date_from=None, date_to=None):
        """The statement of `activity` (this fiscal year by default) opened
        in its dialog, as the smart buttons do."""
        default_from, default_to = self._default_dates()
        statement = self.create(
            {
                "activity_id": activity.id,
                "date_from": date_from or default_from,
                "date_to": date_to or default_to,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Activity Statement"),
            "res_model": self._name,
            "res_id": statement.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
        }
