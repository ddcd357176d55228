# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopCapeConvert(models.TransientModel):
    """Collects the CESA's terms; coop.cape.contract._coop_convert_to_cesa
    converts."""

    _name = "coop.cape.convert"
    _description = "Convert a CAPE into a CESA"

    contract_id = fields.Many2one(
        comodel_name="coop.cape.contract", string="CAPE", required=True
    )
    signature_date = fields.Date(required=True, default=fields.Date.context_today)
    date_start = fields.Date(
        string="CESA Start Date", required=True, default=fields.Date.context_today
    )
    currency_id = fields.Many2one(related="contract_id.currency_id")
    fixed_pay = fields.Monetary(string="Fixed Monthly Pay")
    trial_end_date = fields.Date(string="End of Trial Period")

    def action_confirm(self):
        self.ensure_one()
        self.contract_id.check_access("write")
        cesa = self.contract_id._coop_convert_to_cesa(
            self.date_start,
            {
                "signature_date": self.signature_date,
                "fixed_pay": self.fixed_pay,
                "trial_end_date": self.trial_end_date,
            },
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "coop.cesa.contract",
            "res_id": cesa.id,
            "view_mode": "form",
        }
