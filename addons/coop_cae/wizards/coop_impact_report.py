# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo import fields, models


class CoopImpactReport(models.TransientModel):
    """The dialog of the impact figures (coop.impact.figures computes them),
    and their XLSX export."""

    _name = "coop.impact.report"
    _inherit = "coop.impact.figures"
    _description = "Impact Figures"

    xlsx_file = fields.Binary(string="XLSX File", readonly=True, attachment=False)

    def action_export_xlsx(self):
        self.ensure_one()
        self.xlsx_file = base64.b64encode(self._coop_impact_xlsx())
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/?model={self._name}&id={self.id}&field=xlsx_file"
            f"&download=true&filename=impact_{self.date_from}_{self.date_to}.xlsx",
            "target": "self",
        }
