# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    coop_company_registry = fields.Char(
        related="company_id.company_registry",
        readonly=False,
        string="SIRET",
        help="The cooperative's SIRET (14 digits) or SIREN (9 digits): invoices "
        "print the SIREN.",
    )
    coop_legal_form = fields.Char(related="company_id.coop_legal_form", readonly=False)
    coop_share_capital = fields.Monetary(
        related="company_id.coop_share_capital",
        currency_field="currency_id",
        readonly=False,
    )
    coop_capital_variable = fields.Boolean(
        related="company_id.coop_capital_variable", readonly=False
    )
    coop_rcs_city = fields.Char(related="company_id.coop_rcs_city", readonly=False)
    coop_late_penalty_rate = fields.Char(
        related="company_id.coop_late_penalty_rate", readonly=False
    )
    coop_activity_plan_id = fields.Many2one(
        related="company_id.coop_activity_plan_id",
        readonly=False,
    )
    coop_structure_account_id = fields.Many2one(
        related="company_id.coop_structure_account_id",
        readonly=False,
    )
