# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class CoopCoworkingOccupancyXlsx(models.AbstractModel):
    """The occupancy of a period as an XLSX report (report_xlsx)."""

    _name = "report.coop_coworking.occupancy_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Coworking Occupancy XLSX"

    def generate_xlsx_report(self, workbook, data, objs):
        for export in objs:
            self.env["coop.coworking.occupancy.report"]._coop_write_occupancy_xlsx(
                workbook, export.date_from, export.date_to
            )
