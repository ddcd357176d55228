# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class HrExpense(models.Model):
    _inherit = "hr.expense"

    @api.depends("employee_id")
    def _compute_analytic_distribution(self):
        res = super()._compute_analytic_distribution()
        # An entrepreneur's expenses are their activity's costs.
        expenses = self.filtered(lambda e: e.employee_id.is_entrepreneur)
        shares = self.env["account.analytic.account"]._coop_plan_shares(
            [
                (e.analytic_distribution, e.company_id.coop_activity_plan_id)
                for e in expenses
            ]
        )
        for expense, expense_shares in zip(expenses, shares, strict=True):
            # The employee's analytic account is an HR field: read it as such.
            account = expense.employee_id.sudo().coop_analytic_account_id
            if account:
                expense.analytic_distribution = account._coop_put_in_distribution(
                    expense.analytic_distribution, expense_shares
                )
        return res

    def _can_be_autovalidated(self):
        # Odoo approves the report of an employee who has no approver at once;
        # an entrepreneur's expenses are the cooperative's costs: they always
        # wait for the staff, even before a support worker is chosen.
        return not self.employee_id.is_entrepreneur and super()._can_be_autovalidated()
