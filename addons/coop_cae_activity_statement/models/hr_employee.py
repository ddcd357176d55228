# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    coop_result_this_year = fields.Monetary(
        string="Result This Year",
        compute="_compute_coop_result_this_year",
        currency_field="currency_id",
        groups="coop_cae.coop_cae_group_user",
        help="The activity's result of this fiscal year, as its statement computes it.",
    )

    def _compute_coop_result_this_year(self):
        Statement = self.env["coop.activity.statement"]
        date_from, date_to = Statement._default_dates()
        figures = Statement._coop_statement_figures(self, date_from, date_to)
        for employee in self:
            employee.coop_result_this_year = figures[employee.id]["result"]

    def action_coop_open_statement(self):
        self.ensure_one()
        return self.env["coop.activity.statement"]._coop_open_for(self)
