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
    to_member_state = fields.Selection(related="to_member_id.state")
    admission_date = fields.Date(
        string="Admission Decision Date",
        help="For a receiver not admitted yet: the date of the general assembly "
        "or board decision admitting them.",
    )

    def action_confirm(self):
        self.ensure_one()
        self.env["coop.share.movement"]._coop_transfer(
            self.member_id,
            self.to_member_id,
            self.shares,
            self.date,
            admission_date=self.admission_date,
        )
        return {"type": "ir.actions.act_window_close"}
