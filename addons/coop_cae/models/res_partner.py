# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

RECEIVABLE_PAYABLE = ("asset_receivable", "liability_payable")


class ResPartner(models.Model):
    _inherit = "res.partner"

    coop_activity_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Activity",
        index="btree_not_null",
        tracking=True,
        domain="[('is_entrepreneur', '=', True)]",
        default=lambda self: self._default_coop_activity_id(),
        help="The entrepreneur whose client or supplier this contact is: only they "
        "and the staff see it. Empty for the cooperative's own contacts.",
    )

    @api.model
    def _default_coop_activity_id(self):
        parent = self.browse(self.env.context.get("default_parent_id"))
        if parent.coop_activity_id:
            return parent.coop_activity_id
        return self.env.user._coop_get_activity(self.env.company)

    def _credit_debit_get(self):
        if self.env.su or self.env.user._coop_is_staff():
            return super()._credit_debit_get()
        # Account sums every activity's items in SQL: an entrepreneur sees what
        # their own activity owes a shared contact, or is owed by it.
        totals = {}
        for partner, account, residual in self.env["account.move.line"]._read_group(
            [
                ("partner_id", "in", self.ids),
                ("parent_state", "=", "posted"),
                ("reconciled", "=", False),
                ("account_id.account_type", "in", RECEIVABLE_PAYABLE),
            ],
            ["partner_id", "account_id"],
            ["amount_residual:sum"],
        ):
            key = (partner, account.sudo().account_type)
            totals[key] = totals.get(key, 0.0) + residual
        for partner in self:
            partner.credit = totals.get((partner, "asset_receivable"), 0.0)
            partner.debit = -totals.get((partner, "liability_payable"), 0.0)
