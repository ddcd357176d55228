# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from ..models.hr_employee_pathway import EXIT_REASONS


class CoopExit(models.TransientModel):
    _name = "coop.exit"
    _description = "Exit of an Entrepreneur"

    employee_id = fields.Many2one(
        comodel_name="hr.employee", string="Entrepreneur", required=True
    )
    date = fields.Date(
        string="Exit Date", required=True, default=fields.Date.context_today
    )
    reason = fields.Selection(selection=EXIT_REASONS, required=True)
    note = fields.Text(string="Details")

    def action_confirm(self):
        self.ensure_one()
        self.employee_id.check_access("write")
        self.employee_id._coop_exit(self.date, self.reason, self.note)
        return {"type": "ir.actions.act_window_close"}
