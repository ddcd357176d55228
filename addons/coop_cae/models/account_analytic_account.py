# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.exceptions import UserError


class AccountAnalyticAccount(models.Model):
    _inherit = "account.analytic.account"

    @api.model
    def _coop_plan_shares(self, distributions_and_plans):
        """For each (distribution, plan) pair, {account id: percentage} of the
        accounts of `plan` the distribution names. One read for all pairs."""
        account_ids = {
            int(account_id)
            for distribution, _plan in distributions_and_plans
            for key in (distribution or {})
            for account_id in key.split(",")
            if account_id.strip()
        }
        # One query for the accounts that still exist and their root plans.
        accounts = self.sudo().browse()
        if account_ids:
            # An archived activity's account still counts: it is no target.
            # All their fields: posting then creates the analytic lines, which
            # read them (one query saved per posting).
            accounts = (
                self.sudo()
                .with_context(active_test=False)
                .search_fetch([("id", "in", list(account_ids))])
            )
        plan_of = {account.id: account.root_plan_id for account in accounts}
        result = []
        for distribution, plan in distributions_and_plans:
            shares = {}
            for key, percentage in (distribution or {}).items():
                for account_id in key.split(","):
                    if account_id.strip() and plan_of.get(int(account_id)) == plan:
                        shares[int(account_id)] = (
                            shares.get(int(account_id), 0) + percentage
                        )
            result.append(shares)
        return result

    def _coop_put_in_distribution(self, distribution, shares):
        """`distribution` with 100% on this account instead of the accounts of
        its plan listed in `shares` (whatever else said of that plan)."""
        self.ensure_one()
        result = {
            key: percentage
            for key, percentage in (distribution or {}).items()
            if not any(
                account_id.strip() and int(account_id) in shares
                for account_id in key.split(",")
            )
        }
        result[str(self.id)] = 100.0
        return result

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
