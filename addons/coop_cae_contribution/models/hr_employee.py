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
