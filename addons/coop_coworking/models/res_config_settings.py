# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    coop_coworking_room_quota = fields.Float(
        related="company_id.coop_coworking_room_quota", readonly=False
    )
    coop_coworking_desk_quota = fields.Float(
        related="company_id.coop_coworking_desk_quota", readonly=False
    )
    coop_coworking_equipment_quota = fields.Float(
        related="company_id.coop_coworking_equipment_quota", readonly=False
    )
