# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import fields, models


class CoopVariablePayCompute(models.TransientModel):
    """The fiscal year whose variable pay to compute for every
    entrepreneur-employee."""

    _name = "coop.variable.pay.compute"
    _description = "Compute the Year's Variable Pay"

    date = fields.Date(
        string="A Day of the Fiscal Year",
        required=True,
        default=lambda self: self._default_date(),
        help="The variable pay is computed for the fiscal year holding this "
        "day: by default, the last one.",
    )

    def _default_date(self):
        return fields.Date.context_today(self) - relativedelta(years=1)

    def action_compute(self):
        self.ensure_one()
        pays = self.env["coop.variable.pay"]._coop_compute_year(self.date)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "coop_cae_variable_pay.coop_variable_pay_action"
        )
        action["domain"] = [("id", "in", pays.ids)]
        return action
