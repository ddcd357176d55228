# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopShareCall(models.TransientModel):
    """Call capital a member subscribed and has not been asked for yet."""

    _name = "coop.share.call"
    _inherit = ["coop.share.operation.mixin"]
    _description = "Call of Capital"

    amount_uncalled = fields.Monetary(related="member_id.amount_uncalled")

    def _coop_amount_limit(self):
        return self.member_id.amount_uncalled

    def action_confirm(self):
        self.ensure_one()
        self.member_id._coop_call_capital(self.date, self.amount)
        return {"type": "ir.actions.act_window_close"}
