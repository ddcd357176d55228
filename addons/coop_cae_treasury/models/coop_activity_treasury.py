# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.tools import SQL, date_utils, float_round

from odoo.addons.coop_cae.tools.account_category import (
    COST_CATEGORIES,
    account_category,
)

# The categories of an activity's journal items come from coop_cae's one
# mapping of account codes, shared with the activity statement and the
# variable pay. What the safety reserve covers: every cost of the activity,
# the contribution included.
CHARGE_CATEGORIES = COST_CATEGORIES
PAYROLL_CATEGORIES = frozenset(("salary", "social_charge"))
# The documents an activity settles with its clients and suppliers: their
# cash is what the payments reconciled with them moved.
SALE_DOCUMENTS = ("out_invoice", "out_refund", "out_receipt")
PURCHASE_DOCUMENTS = ("in_invoice", "in_refund", "in_receipt")
# The months the safety reserve averages and the paid-holidays provision
# counts the gross salaries of: the twelve months ending with the date's.
PROVISION_MONTHS = 12
# The figures of an activity, each 0 until counted.
FIGURES = (
    "cash_in",
    "paid_out",
    "contribution",
    "payroll",
    "transfer",
    "other_entries",
    "treasury",
    "charges_12_months",
    "gross_12_months",
    "reserve",
    "holiday_provision",
    "provisions",
    "available_cash",
    "capacity_net",
    "capacity_gross",
    "last_pay_cost",
    "months_current_pay",
    "revenue_this_year",
    "revenue_last_3_months",
    "revenue_previous_3_months",
)


class CoopActivityTreasury(models.AbstractModel):
    """The money of each activity at a date, computed for many activities at
    once in a constant number of queries (five for the activities of one
    company), whatever the number of activities, invoices and payments.

    **Treasury** = cash received on the activity's customer invoices (the
    payments reconciled with them, net of the refunds paid back), minus the
    vendor bills and expense reports paid, each payment counted excluding VAT
    (its share of the document's untaxed amount: the VAT collected and
    recovered is the cooperative's business with the State), plus the
    activity's other posted entries as booked: minus the contributions
    (706900), minus the salaries and social charges (641, 64x), plus or minus
    the transfers between activities (706800), and any other entry on the
    activity's analytic account (expenses paid by the cooperative's card...).

    The salaries count as spent when the payroll entry is booked, not when the
    net pay (421) and the URSSAF (431) are paid: the employer cost is owed
    from that day, so this is simpler and prudent.

    **Provisions** the cooperative holds back = a safety reserve of N months
    (setting) of the activity's average monthly charges over the last twelve
    months (classes 6 and the contribution, divided by 12) + the paid-holidays
    provision, a rate (setting) of the gross salaries (641) of those months.
    **Available cash** = treasury - provisions.

    **Salary capacity**: the available cash spread over M months (setting),
    divided by the employer-cost ratio (setting: employer cost per euro of net
    pay), is the monthly net pay the activity can afford from next month
    without going into the red, without counting any future revenue; the gross
    is the net divided by the net-to-gross ratio (setting). Both are rounded
    down to the cent. The months the current pay lasts = available cash / the
    employer cost of the last month paid (within the last twelve), rounded
    down to a tenth."""

    _name = "coop.activity.treasury"
    _description = "Treasury of the Activities"

    @api.model
    def _coop_figures(self, activities, date=None):
        """{activity id: {figure: amount}} of FIGURES for the entrepreneurs
        `activities` (hr.employee) at `date` (today by default).

        It reads as superuser: callers pass only activities the user may see
        the figures of (their own, or any for the staff)."""
        date = date or fields.Date.context_today(self)
        activities = activities.sudo()
        figures = {activity.id: dict.fromkeys(FIGURES, 0.0) for activity in activities}
        if not activities:
            return figures
        self._coop_add_document_cash(figures, activities, date)
        self._coop_add_analytic_figures(figures, activities, date)
        self._coop_add_last_pay(figures, activities, date)
        for activity in activities:
            self._coop_add_provisions(figures[activity.id], activity.company_id)
        return figures

    @api.model
    def _coop_add_document_cash(self, figures, activities, date):
        """Cash in and out of the activities' invoices, credit notes, bills
        and receipts: one query over the reconciliations with payments (or
        any entry that is no document, e.g. a write-off) dated up to `date`.
        A credit note reconciled with its invoice moves no cash."""
        self.env["account.partial.reconcile"].flush_model()
        self.env["account.move.line"].flush_model(["move_id"])
        self.env["account.move"].flush_model(
            [
                "coop_activity_id",
                "state",
                "move_type",
                "amount_untaxed_signed",
                "amount_total_signed",
            ]
        )

        def side(own, other, sign):
            # The reconciliations where the document's line is on one side.
            return SQL(
                """
                SELECT move.coop_activity_id AS activity_id,
                       move.move_type IN %(sales)s AS is_sale,
                       ROUND(%(sign)s * part.amount * move.amount_untaxed_signed
                             / move.amount_total_signed, 2) AS cash
                  FROM account_partial_reconcile part
                  JOIN account_move_line line ON line.id = %(own)s
                  JOIN account_move move ON move.id = line.move_id
                  JOIN account_move_line other ON other.id = %(other)s
                  JOIN account_move other_move ON other_move.id = other.move_id
                 WHERE move.coop_activity_id IN %(activities)s
                   AND move.state = 'posted'
                   AND move.move_type IN %(documents)s
                   AND move.amount_total_signed != 0
                   AND other_move.move_type = 'entry'
                   AND part.max_date <= %(date)s
                """,
                sales=SALE_DOCUMENTS,
                sign=sign,
                own=SQL.identifier("part", own),
                other=SQL.identifier("part", other),
                activities=tuple(activities.ids),
                documents=SALE_DOCUMENTS + PURCHASE_DOCUMENTS,
                date=date,
            )

        rows = self.env.execute_query(
            SQL(
                """
                SELECT activity_id, is_sale, SUM(cash)
                  FROM (%s UNION ALL %s) AS cash
                 GROUP BY activity_id, is_sale
                """,
                side("debit_move_id", "credit_move_id", 1),
                side("credit_move_id", "debit_move_id", -1),
            )
        )
        for activity_id, is_sale, cash in rows:
            if is_sale:
                figures[activity_id]["cash_in"] += float(cash)
            else:
                # Paying a bill credits the payable: a negative cash.
                figures[activity_id]["paid_out"] -= float(cash)

    @api.model
    def _coop_analytic_accounts(self, activities):
        """{analytic plan column: {analytic account id: activity id}}."""
        by_column = defaultdict(dict)
        for activity in activities:
            account = activity.coop_analytic_account_id
            if account:
                by_column[account.root_plan_id._column_name()][account.id] = activity.id
        return by_column

    @api.model
    def _coop_add_analytic_figures(self, figures, activities, date):
        """The activities' posted journal items on their analytic accounts
        (analytic items exist for posted entries only): the entries that are
        no document, as booked, for the treasury (all their history up to
        `date`); every item of the twelve months up to `date`, by month, for
        the provisions and the revenue."""
        Line = self.env["account.analytic.line"].sudo()
        month_start = date_utils.start_of(date, "month")
        window_start = month_start - relativedelta(months=PROVISION_MONTHS - 1)
        year_start = self.env["hr.employee"]._coop_fiscal_year_start()
        # The fiscal year's first month is always within the twelve months.
        year_month = max(date_utils.start_of(year_start, "month"), window_start)
        last_3 = month_start - relativedelta(months=3)
        previous_3 = month_start - relativedelta(months=6)
        for column, activity_of in self._coop_analytic_accounts(activities).items():
            accounts_domain = [(column, "in", list(activity_of)), ("date", "<=", date)]
            entries = Line._read_group(
                [*accounts_domain, ("move_line_id.move_id.move_type", "=", "entry")],
                [column, "general_account_id"],
                ["amount:sum"],
            )
            months = Line._read_group(
                [*accounts_domain, ("date", ">=", window_start)],
                [column, "general_account_id", "date:month"],
                ["amount:sum"],
            )
            category_of = self._coop_account_categories(
                self.env["account.account"].browse(
                    {account.id for _a, account, *_rest in entries + months if account}
                ),
                activities.company_id,
            )
            for analytic, account, amount in entries:
                self._coop_add_entry(
                    figures[activity_of[analytic.id]],
                    category_of.get(account.id),
                    amount,
                )
            for analytic, account, month, amount in months:
                values = figures[activity_of[analytic.id]]
                category = category_of.get(account.id)
                if category in CHARGE_CATEGORIES:
                    values["charges_12_months"] -= amount
                if category == "salary":
                    values["gross_12_months"] -= amount
                if category != "revenue":
                    continue
                if month >= year_month:
                    values["revenue_this_year"] += amount
                if last_3 <= month < month_start:
                    values["revenue_last_3_months"] += amount
                elif previous_3 <= month < last_3:
                    values["revenue_previous_3_months"] += amount
        for values in figures.values():
            values["treasury"] += values["cash_in"] - values["paid_out"]
            for name in FIGURES:
                values[name] = float_round(values[name], precision_digits=2)

    @api.model
    def _coop_account_categories(self, accounts, companies):
        """{account id: category}: one read of the codes of `accounts` per
        company (an account's code is its company's)."""
        category_of = {}
        for company in companies:
            for account in accounts.with_company(company):
                if account.id not in category_of and account.code:
                    category_of[account.id] = account_category(account.code)
        return category_of

    @api.model
    def _coop_add_entry(self, values, category, amount):
        """Count in the treasury the analytic `amount` (income +, cost -) of
        entries on an account of `category`."""
        values["treasury"] += amount
        if category == "contribution":
            values["contribution"] -= amount
        elif category == "transfer":
            values["transfer"] += amount
        elif category in PAYROLL_CATEGORIES:
            values["payroll"] -= amount
        else:
            values["other_entries"] += amount

    @api.model
    def _coop_add_last_pay(self, figures, activities, date):
        """The employer cost of each activity's last month paid, within the
        twelve months up to `date`."""
        pays = (
            self.env["coop.payroll.line"]
            .sudo()
            ._read_group(
                [
                    ("employee_id", "in", activities.ids),
                    ("month", "<=", date),
                    ("month", ">", date - relativedelta(months=PROVISION_MONTHS)),
                ],
                ["employee_id", "month:month"],
                ["employer_cost:sum"],
            )
        )
        last_month = {}
        for employee, month, cost in pays:
            if month > last_month.get(employee.id, month - relativedelta(days=1)):
                last_month[employee.id] = month
                figures[employee.id]["last_pay_cost"] = cost

    @api.model
    def _coop_add_provisions(self, values, company):
        """The provisions, the available cash and the salary capacity of one
        activity whose treasury, charges and last pay are counted."""
        values["reserve"] = float_round(
            values["charges_12_months"]
            / PROVISION_MONTHS
            * company.coop_treasury_reserve_months,
            precision_digits=2,
        )
        values["holiday_provision"] = float_round(
            values["gross_12_months"] * company.coop_treasury_holiday_rate / 100,
            precision_digits=2,
        )
        values["provisions"] = float_round(
            values["reserve"] + values["holiday_provision"], precision_digits=2
        )
        available = float_round(
            values["treasury"] - values["provisions"], precision_digits=2
        )
        values["available_cash"] = available
        capacity = self._coop_salary_capacity(
            available, values["last_pay_cost"], company
        )
        values.update(capacity)

    @api.model
    def _coop_salary_capacity(self, available, last_pay_cost, company):
        """{capacity_net, capacity_gross, months_current_pay} of an available
        cash: see the class docstring. Nothing when the cash is not positive."""
        months = company.coop_treasury_capacity_months or 1
        cost_ratio = company.coop_treasury_employer_cost_ratio or 1.0
        gross_ratio = company.coop_treasury_net_to_gross_ratio or 1.0
        if available <= 0:
            return dict.fromkeys(
                ("capacity_net", "capacity_gross", "months_current_pay"), 0.0
            )
        net = float_round(
            available / months / cost_ratio,
            precision_digits=2,
            rounding_method="DOWN",
        )
        return {
            "capacity_net": net,
            "capacity_gross": float_round(
                net / gross_ratio, precision_digits=2, rounding_method="DOWN"
            ),
            "months_current_pay": float_round(
                available / last_pay_cost, precision_digits=1, rounding_method="DOWN"
            )
            if last_pay_cost > 0
            else 0.0,
        }
