# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    coop_contribution_assignment_ids = fields.One2many(
        comodel_name="coop.contribution.assignment",
        inverse_name="employee_id",
        string="Contribution Schemes",
        groups="coop_cae.coop_cae_group_user",
        help="The entrepreneur's contribution schemes over time; without one, the "
        "company's default scheme applies.",
    )
    coop_contribution_exempt = fields.Boolean(
        string="Exempt from Fixed Contribution",
        tracking=True,
        groups="hr.group_hr_user",
        help="No fixed monthly contribution, e.g. for people on minimum benefits.",
    )
    coop_contribution_this_year = fields.Monetary(
        string="Contribution This Year",
        compute="_compute_coop_contribution_this_year",
        currency_field="currency_id",
        groups="coop_cae.coop_cae_group_user",
        help="The contributions of this fiscal year, booked or being booked.",
    )

    def _compute_coop_contribution_this_year(self):
        year_start = self._coop_fiscal_year_start()
        totals = dict(
            self.env["coop.contribution"]._read_group(
                [("activity_id", "in", self.ids), ("date", ">=", year_start)],
                ["activity_id"],
                ["amount:sum"],
            )
        )
        for employee in self:
            employee.coop_contribution_this_year = totals.get(employee, 0.0)

    def action_coop_open_contributions(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "coop_cae_contribution.coop_contribution_action"
        )
        action["domain"] = [("activity_id", "=", self.id)]
        return action
