# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class HrEmployeePublic(models.Model):
    _inherit = "hr.employee.public"

    # Entrepreneurs and staff read employees through this model: invoices and
    # payments name their activity, so who runs which activity is public.
    is_entrepreneur = fields.Boolean(string="Entrepreneur", readonly=True)
    coop_trade_name = fields.Char(string="Trade Name", readonly=True)
