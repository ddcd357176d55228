# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    coop_vat_on_debits = fields.Boolean(
        related="company_id.coop_vat_on_debits", readonly=False
    )
