# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"

    @api.depends("move_id.coop_activity_id", "move_id.coop_is_structure")
    def _compute_analytic_distribution(self):
        res = super()._compute_analytic_distribution()
        self._coop_activity_lines()._coop_apply_activity_distribution()
        return res

    def _coop_activity_lines(self):
        """Revenue and expense lines of entries that belong to an activity or to
        the cooperative itself."""
        return self.filtered(
            lambda line: (
                line.move_id.coop_activity_id or line.move_id.coop_is_structure
            )
            and not line.move_id._coop_is_own_analytic_entry()
            and line.display_type == "product"
            and line.account_id.internal_group in ("income", "expense")
        )

    def _coop_activity_plan_accounts(self):
        """{line: {analytic account id: percentage}} for the accounts of the
        Activities plan each line's distribution names."""
        shares = self.env["account.analytic.account"]._coop_plan_shares(
            [
                (line.analytic_distribution, line.company_id.coop_activity_plan_id)
                for line in self
            ]
        )
        return dict(zip(self, shares, strict=True))

    def _coop_apply_activity_distribution(self):
        """100% of each line on its activity's account, whatever products,
        distribution models or other plans said about the Activities plan."""
        for line, shares in self._coop_activity_plan_accounts().items():
            account = line.move_id._coop_analytic_account()
            if not account:
                continue
            distribution = account._coop_put_in_distribution(
                line.analytic_distribution, shares
            )
            if distribution != line.analytic_distribution:
                line.analytic_distribution = distribution
