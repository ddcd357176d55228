# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class CoopImpactReport(models.TransientModel):
    """The dialog of the impact figures (coop.impact.figures computes them),
    and their XLSX export."""

    _name = "coop.impact.report"
    _inherit = "coop.impact.figures"
    _description = "Impact Figures"

    def action_export_xlsx(self):
        self.ensure_one()
        return self.env.ref("coop_cae.coop_impact_xlsx_report").report_action(self)
