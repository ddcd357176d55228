# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.exceptions import UserError


class AccountAnalyticAccount(models.Model):
    _inherit = "account.analytic.account"

    @api.ondelete(at_uninstall=False)
    def _unlink_except_coop_activity(self):
        """An activity's or the Structure's account holds history: archive it."""
        # Whoever deletes the account may not read employees or companies.
        activity = (
            self.env["hr.employee"]
            .sudo()
            .with_context(active_test=False)
            .search([("coop_analytic_account_id", "in", self.ids)], limit=1)
        )
        if activity:
            raise UserError(
                self.env._(
                    "The analytic account %(account)s is the activity of %(name)s: "
                    "it holds the activity's history and cannot be deleted. Archive "
                    "it, or let the entrepreneur's exit archive it.",
                    account=activity.coop_analytic_account_id.display_name,
                    name=activity.name,
                )
            )
        company = (
            self.env["res.company"]
            .sudo()
            .with_context(active_test=False)
            .search([("coop_structure_account_id", "in", self.ids)], limit=1)
        )
        if company:
            raise UserError(
                self.env._(
                    "The analytic account %(account)s is the Structure account of "
                    "%(company)s and cannot be deleted.",
                    account=company.coop_structure_account_id.display_name,
                    company=company.name,
                )
            )
