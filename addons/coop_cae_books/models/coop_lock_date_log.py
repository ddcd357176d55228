# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopLockDateLog(models.Model):
    """Who moved which lock date of a company, from what to what: written by
    res.company.write, read by the accountant, changed by nobody."""

    _name = "coop.lock.date.log"
    _description = "Lock Date Change"
    _order = "id desc"

    company_id = fields.Many2one(
        comodel_name="res.company", required=True, readonly=True, index=True
    )
    user_id = fields.Many2one(
        comodel_name="res.users", string="Set By", required=True, readonly=True
    )
    lock_field = fields.Selection(
        selection=[
            ("fiscalyear_lock_date", "Global Lock Date"),
            ("tax_lock_date", "Tax Return Lock Date"),
            ("sale_lock_date", "Sales Lock Date"),
            ("purchase_lock_date", "Purchase Lock Date"),
            ("hard_lock_date", "Hard Lock Date"),
        ],
        string="Lock Date",
        required=True,
        readonly=True,
    )
    old_date = fields.Date(string="Previous Date", readonly=True)
    new_date = fields.Date(readonly=True)
