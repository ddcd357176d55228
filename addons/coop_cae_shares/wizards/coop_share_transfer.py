# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopShareTransfer(models.TransientModel):
    """Transfer paid shares from a member to another."""

    _name = "coop.share.transfer"
    _description = "Transfer of Shares"

    member_id = fields.Many2one(
        comodel_name="coop.member", string="From Member", required=True
    )
    to_member_id = fields.Many2one(comodel_name="coop.member", required=True)
    shares = fields.Integer(required=True, default=1)
    date = fields.Date(required=True, default=fields.Date.context_today)

    def action_confirm(self):
        self.ensure_one()
        self.env["coop.share.movement"]._coop_transfer(
            self.member_id, self.to_member_id, self.shares, self.date
        )
        return {"type": "ir.actions.act_window_close"}
