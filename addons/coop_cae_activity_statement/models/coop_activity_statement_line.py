# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.tools import SQL

from odoo.addons.coop_cae.tools.account_category import (
    CATEGORIES,
    account_category_sql,
)


class CoopActivityStatementLine(models.Model):
    """One posted journal item of an activity's profit and loss, with its
    category: what the activity statement, its monthly pivot and chart sum.

    A journal item belongs to an activity when its analytic distribution names
    the activity's analytic account (as coop_cae_books' statements per activity
    filter): coop_cae puts every revenue and expense line of an activity's
    documents at 100% on its account, the contribution, payroll and transfer
    entries do the same. A line shared between accounts counts for its share.
    The amount is the item's effect on the activity's result (credit less
    debit): income is positive, costs negative, so that any total is a result.
    Only accounts of classes 6 and 7 count; the balance (receivables, payables,
    cash) comes from the activity's entries (coop.activity.statement)."""

    _name = "coop.activity.statement.line"
    _description = "Activity Statement Line"
    _auto = False
    _order = "date desc, id desc"
    _rec_name = "name"

    activity_id = fields.Many2one(comodel_name="hr.employee", readonly=True)
    company_id = fields.Many2one(comodel_name="res.company", readonly=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    date = fields.Date(readonly=True)
    # By coop_cae's one mapping of account codes, which the treasury and the
    # variable pay read as well.
    category = fields.Selection(selection=CATEGORIES, readonly=True)
    account_id = fields.Many2one(comodel_name="account.account", readonly=True)
    move_id = fields.Many2one(
        comodel_name="account.move", string="Journal Entry", readonly=True
    )
    move_line_id = fields.Many2one(
        comodel_name="account.move.line", string="Journal Item", readonly=True
    )
    journal_id = fields.Many2one(comodel_name="account.journal", readonly=True)
    name = fields.Char(string="Label", readonly=True)
    amount = fields.Monetary(
        readonly=True,
        help="The item's effect on the activity's result: income positive, "
        "costs negative.",
    )
    coop_is_mine = fields.Boolean(
        string="My Activity",
        compute="_compute_coop_is_mine",
        search="_search_coop_is_mine",
    )

    @api.depends_context("uid")
    def _compute_coop_is_mine(self):
        activity_ids = set(self.env.user._coop_activity_ids())
        for line in self:
            line.coop_is_mine = line.activity_id.id in activity_ids

    def _search_coop_is_mine(self, operator, value):
        if operator != "in":
            return NotImplemented
        return [("activity_id", "in", self.env.user._coop_activity_ids())]

    def _coop_view_query(self):
        # The account's code is company dependent: that of the root company.
        code = SQL("account.code_store ->> split_part(company.parent_path, '/', 1)")
        return SQL(
            """
            SELECT aml.id::bigint * 1000000 + employee.id AS id,
                   employee.id AS activity_id,
                   aml.company_id,
                   aml.date,
                   %(category)s AS category,
                   aml.account_id,
                   aml.move_id,
                   aml.id AS move_line_id,
                   aml.journal_id,
                   aml.name,
                   ROUND(-aml.balance * share.percentage / 100.0, 2) AS amount
              FROM account_move_line aml
              JOIN res_company company ON company.id = aml.company_id
              JOIN account_account account ON account.id = aml.account_id
              -- Each analytic account the distribution names, with its share
              -- (a key may name accounts of several plans: "12,34").
              JOIN LATERAL (
                    SELECT analytic.id::int AS analytic_id,
                           SUM(distribution.value::numeric) AS percentage
                      FROM jsonb_each_text(aml.analytic_distribution) distribution
                     CROSS JOIN LATERAL unnest(
                           string_to_array(distribution.key, ',')) analytic(id)
                     GROUP BY analytic.id
                   ) share ON TRUE
              JOIN hr_employee employee
                ON employee.coop_analytic_account_id = share.analytic_id
             WHERE aml.parent_state = 'posted'
               AND aml.analytic_distribution IS NOT NULL
               AND (%(code)s LIKE '6%%' OR %(code)s LIKE '7%%')
               -- Lets PostgreSQL reach one activity's items through the GIN
               -- index analytic.mixin keeps on the distribution's accounts.
               AND regexp_split_to_array(jsonb_path_query_array(
                       aml.analytic_distribution, '$.keyvalue()."key"')::text,
                       '\\D+') && ARRAY[employee.coop_analytic_account_id::text]
            """,
            category=account_category_sql(code),
            code=code,
        )

    def init(self):
        self.env.cr.execute(
            SQL(
                "CREATE OR REPLACE VIEW %s AS (%s)",
                SQL.identifier(self._table),
                self._coop_view_query(),
            )
        )
