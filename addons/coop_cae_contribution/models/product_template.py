# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ProductTemplate(models.Model):
    _inherit = "product.template"

    coop_is_direct_cost = fields.Boolean(
        string="Direct Cost",
        help="Materials, goods, subcontracting: vendor bills' lines of this product "
        "reduce the gross margin that gross-margin contribution schemes apply to, "
        "whatever their account.",
    )
