# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class CoopShareRegisterXlsx(models.AbstractModel):
    """The register of members at a date as an XLSX report (report_xlsx)."""

    _name = "report.coop_cae_shares.register_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Register of Members XLSX"

    def generate_xlsx_report(self, workbook, data, objs):
        for register in objs:
            self.env["coop.share.movement"]._coop_write_register_xlsx(
                workbook, register.company_id, register.date
            )
