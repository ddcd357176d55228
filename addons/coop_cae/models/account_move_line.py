# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"

    @api.depends("move_id.coop_activity_id", "move_id.coop_is_structure")
    def _compute_analytic_distribution(self):
        super()._compute_analytic_distribution()
        self._coop_activity_lines()._coop_apply_activity_distribution()

    def _coop_activity_lines(self):
        """Revenue and expense lines of entries that belong to an activity or to
        the cooperative itself."""
        return self.filtered(
            lambda line: (
                line.move_id.coop_activity_id or line.move_id.coop_is_structure
            )
            and line.display_type == "product"
            and line.account_id.internal_group in ("income", "expense")
        )

    def _coop_activity_plan_accounts(self):
        """{line: {analytic account id: percentage}} for the accounts of the
        Activities plan each line's distribution names, in one read."""
        account_ids = {
            int(account_id)
            for line in self
            for key in (line.analytic_distribution or {})
            for account_id in key.split(",")
            if account_id.strip()
        }
        accounts = (
            self.env["account.analytic.account"].sudo().browse(account_ids).exists()
        )
        plan_of = {account.id: account.root_plan_id for account in accounts}
        result = {}
        for line in self:
            plan = line.company_id.coop_activity_plan_id
            shares = result.setdefault(line, {})
            for key, percentage in (line.analytic_distribution or {}).items():
                for account_id in key.split(","):
                    if account_id.strip() and plan_of.get(int(account_id)) == plan:
                        shares[int(account_id)] = (
                            shares.get(int(account_id), 0) + percentage
                        )
        return result

    def _coop_apply_activity_distribution(self):
        """100% of each line on its activity's account, whatever products,
        distribution models or other plans said about the Activities plan."""
        for line, shares in self._coop_activity_plan_accounts().items():
            account = line.move_id._coop_analytic_account()
            if not account:
                continue
            distribution = {
                key: percentage
                for key, percentage in (line.analytic_distribution or {}).items()
                if not any(
                    account_id.strip() and int(account_id) in shares
                    for account_id in key.split(",")
                )
            }
            distribution[str(account.id)] = 100.0
            if distribution != line.analytic_distribution:
                line.analytic_distribution = distribution
