# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopCapeTerminate(models.TransientModel):
    _name = "coop.cape.terminate"
    _description = "End a CAPE Early"

    contract_id = fields.Many2one(
        comodel_name="coop.cape.contract", string="CAPE", required=True
    )
    date = fields.Date(
        string="Early End Date", required=True, default=fields.Date.context_today
    )
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        self.contract_id.check_access("write")
        self.contract_id._coop_terminate(self.date, self.reason)
        return {"type": "ir.actions.act_window_close"}
