# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class CoopInterview(models.Model):
    """An individual follow-up interview: at least two a year (practice)."""

    _name = "coop.interview"
    _description = "Follow-up Interview"
    _order = "date desc, id desc"
    _check_company_auto = True

    employee_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Entrepreneur",
        required=True,
        index=True,
        check_company=True,
        ondelete="restrict",
        domain="[('is_entrepreneur', '=', True)]",
    )
    company_id = fields.Many2one(related="employee_id.company_id", store=True)
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    support_worker_id = fields.Many2one(
        comodel_name="hr.employee",
        compute="_compute_support_worker_id",
        store=True,
        readonly=False,
        check_company=True,
        domain="[('is_entrepreneur', '=', False)]",
    )
    report = fields.Html(string="Written Report")
    signed = fields.Boolean(help="Both parties signed the written report.")

    @api.depends("employee_id")
    def _compute_support_worker_id(self):
        for interview in self:
            interview.support_worker_id = (
                interview.employee_id.coop_support_worker_id
                or interview.support_worker_id
            )
