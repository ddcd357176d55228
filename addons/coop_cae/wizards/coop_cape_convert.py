# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import fields, models
from odoo.exceptions import UserError


class CoopCapeConvert(models.TransientModel):
    """Turn a running CAPE into a CESA: the CAPE ends the day before the CESA
    starts and stays in the history, linked to the new contract."""

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
        return self._coop_convert()

    def _coop_convert(self):
        cape = self.contract_id
        if cape.state != "running":
            raise UserError(self.env._("Only a running CAPE can be converted."))
        if (
            not cape.date_start
            < self.date_start
            <= cape.date_effective_end + timedelta(days=1)
        ):
            raise UserError(
                self.env._(
                    "The CESA must start after the CAPE's start and by the day "
                    "after its end (%(date)s).",
                    date=cape.date_effective_end + timedelta(days=1),
                )
            )
        cape_end = self.date_start - timedelta(days=1)
        if cape_end < cape.date_effective_end:
            cape.write(
                {
                    "date_terminated": cape_end,
                    "termination_reason": self.env._("Converted into a CESA"),
                }
            )
            cape._coop_schedule_declarations(
                self.env._(
                    "end of the CAPE on %(date)s, converted into a CESA", date=cape_end
                )
            )
        cape.action_end()
        cesa = self.env["coop.cesa.contract"].create(
            {
                "employee_id": cape.employee_id.id,
                "company_id": cape.company_id.id,
                "cape_id": cape.id,
                "signature_date": self.signature_date,
                "date_start": self.date_start,
                "fixed_pay": self.fixed_pay,
                "trial_end_date": self.trial_end_date,
                "means_provided": cape.means_provided,
            }
        )
        cape.cesa_id = cesa
        cesa.action_start()
        return {
            "type": "ir.actions.act_window",
            "res_model": "coop.cesa.contract",
            "res_id": cesa.id,
            "view_mode": "form",
        }
