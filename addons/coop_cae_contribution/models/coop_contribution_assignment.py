# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopContributionAssignment(models.Model):
    _name = "coop.contribution.assignment"
    _description = "Contribution Scheme of an Entrepreneur"
    _order = "employee_id, date_from desc"

    employee_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Entrepreneur",
        required=True,
        index=True,
        ondelete="cascade",
        domain="[('is_entrepreneur', '=', True)]",
    )
    company_id = fields.Many2one(related="employee_id.company_id", store=True)
    scheme_id = fields.Many2one(
        comodel_name="coop.contribution.scheme",
        required=True,
        ondelete="restrict",
        domain="['|', ('company_id', '=', False), ('company_id', '=', company_id)]",
    )
    date_from = fields.Date(
        string="From",
        required=True,
        default=fields.Date.context_today,
        help="The scheme applies to the revenue dated from this day on, until the "
        "next change.",
    )
    note = fields.Char(help="Why the scheme changed, e.g. became a member.")

    _employee_date_uniq = models.Constraint(
        "UNIQUE(employee_id, date_from)",
        "An entrepreneur's scheme changes at most once a day.",
    )
