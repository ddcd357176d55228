# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
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

    def action_export(self):
        self.ensure_one()
        return self.env.ref(
            "coop_coworking.coop_coworking_occupancy_xlsx_report"
        ).report_action(self)
