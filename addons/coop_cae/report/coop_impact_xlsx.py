# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class CoopImpactXlsx(models.AbstractModel):
    """The impact figures of a period as an XLSX report (report_xlsx)."""

    _name = "report.coop_cae.impact_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Impact Figures XLSX"

    def generate_xlsx_report(self, workbook, data, objs):
        for report in objs:
            report._coop_write_impact_xlsx(workbook)
