# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.tools import SQL


class AccountInvoiceReport(models.Model):
    _inherit = "account.invoice.report"

    _depends = {"account.move": ["coop_activity_id"]}

    coop_activity_id = fields.Many2one(
        comodel_name="hr.employee", string="Activity", readonly=True
    )

    def _select(self):
        return SQL("%s, move.coop_activity_id AS coop_activity_id", super()._select())
