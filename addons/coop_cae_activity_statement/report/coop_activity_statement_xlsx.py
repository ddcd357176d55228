# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class CoopActivityStatementXlsx(models.AbstractModel):
    """An activity's statement as an XLSX report (report_xlsx)."""

    _name = "report.coop_cae_activity_statement.statement_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Activity Statement XLSX"

    def generate_xlsx_report(self, workbook, data, objs):
        for statement in objs:
            statement._coop_write_statement_xlsx(workbook)
