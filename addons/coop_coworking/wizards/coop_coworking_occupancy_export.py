# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo import fields, models


class CoopCoworkingOccupancyExport(models.TransientModel):
    _name = "coop.coworking.occupancy.export"
    _description = "Export Coworking Occupancy"

    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: fields.Date.context_today(self).replace(day=1),
    )
    date_to = fields.Date(
        string="To", required=True, default=lambda self: fields.Date.context_today(self)
    )
    file_data = fields.Binary(string="File", readonly=True, attachment=False)
    file_name = fields.Char(readonly=True)

    def action_export(self):
        self.ensure_one()
        data = self.env["coop.coworking.occupancy.report"]._coop_export_xlsx(
            self.date_from, self.date_to
        )
        self.write(
            {
                "file_data": base64.b64encode(data),
                "file_name": f"occupancy_{self.date_from}_{self.date_to}.xlsx",
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/file_data/{self.file_name}"
            "?download=true",
            "target": "self",
        }
