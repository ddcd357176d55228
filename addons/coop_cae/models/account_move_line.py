# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.exceptions import UserError

from .coop_fence import coop_action, coop_is_fenced


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"

    @api.depends("move_id.coop_activity_id", "move_id.coop_is_structure")
    def _compute_analytic_distribution(self):
        res = super()._compute_analytic_distribution()
        self._coop_activity_lines()._coop_apply_activity_distribution()
        return res

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        if coop_is_fenced(self.env):
            lines._coop_check_fenced_posted()
        return lines

    def write(self, vals):
        if coop_is_fenced(self.env):
            Move = self.env["account.move"]
            self.filtered(
                lambda line: any(
                    Move._field_will_change(line, vals, name) for name in vals
                )
            )._coop_check_fenced_posted()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_coop_fenced_posted(self):
        if coop_is_fenced(self.env):
            self._coop_check_fenced_posted()

    def _coop_check_fenced_posted(self):
        """Entrepreneurs change the lines of drafts only: a posted document
        keeps what it printed and booked."""
        if posted := self.move_id.filtered(lambda m: m.state != "draft"):
            raise UserError(
                self.env._(
                    "%(entry)s is posted: its lines cannot change. Ask the staff to "
                    "reset it to draft.",
                    entry=posted[0].display_name,
                )
            )

    @api.model
    def _reconcile_plan(self, reconciliation_plan):
        if not self.env.user._coop_is_staff():
            self._coop_check_one_activity(reconciliation_plan)
        with coop_action():
            return super()._reconcile_plan(reconciliation_plan)

    @api.model
    def _coop_check_one_activity(self, reconciliation_plan):
        """An entrepreneur matches their own activity's items only: a credit
        note or payment of one activity never settles another's invoice."""
        for item in reconciliation_plan:
            if not isinstance(item, models.BaseModel):
                self._coop_check_one_activity(item)
                continue
            activities = item.sudo().move_id.coop_activity_id
            if len(activities) > 1:
                raise UserError(
                    self.env._(
                        "These items belong to %(activities)s: an activity's "
                        "payment or credit note cannot settle another activity's "
                        "document. Ask the staff to record a transfer between the "
                        "activities.",
                        activities=", ".join(activities.mapped("coop_trade_name")),
                    )
                )

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
