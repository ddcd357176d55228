# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class AccountAnalyticPlan(models.Model):
    _inherit = "account.analytic.plan"

    @api.depends_context("lang")
    @api.depends("name", "parent_id")
    def _compute_display_name(self):
        """Show plans in the user's language.

        The stored complete_name is computed once, in the language of whoever
        created the plan: French users would read "Activities" in every
        many2one. The translated names rebuild it per language.
        """
        for plan in self:
            if plan.parent_id:
                plan.display_name = f"{plan.parent_id.display_name} / {plan.name}"
            else:
                plan.display_name = plan.name
