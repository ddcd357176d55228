# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopEntrepreneurHome(models.TransientModel):
    _inherit = "coop.entrepreneur.home"

    payroll_cost_this_year = fields.Monetary(
        string="Salaries This Year",
        compute="_compute_payroll_cost_this_year",
        help="Gross salaries and employer contributions of this fiscal year.",
    )

    def _compute_payroll_cost_this_year(self):
        # The staff's figure on the entrepreneur's form, of this activity only.
        cost = self._coop_activity().sudo().coop_payroll_cost_this_year
        for home in self:
            home.payroll_cost_this_year = cost

    def action_open_payroll(self):
        return self.env["ir.actions.act_window"]._for_xml_id(
            "coop_cae_payroll.coop_payroll_line_action_my"
        )
