# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    coop_treasury_reserve_months = fields.Float(
        related="company_id.coop_treasury_reserve_months", readonly=False
    )
    coop_treasury_holiday_rate = fields.Float(
        related="company_id.coop_treasury_holiday_rate", readonly=False
    )
    coop_treasury_employer_cost_ratio = fields.Float(
        related="company_id.coop_treasury_employer_cost_ratio", readonly=False
    )
    coop_treasury_net_to_gross_ratio = fields.Float(
        related="company_id.coop_treasury_net_to_gross_ratio", readonly=False
    )
    coop_treasury_capacity_months = fields.Integer(
        related="company_id.coop_treasury_capacity_months", readonly=False
    )
