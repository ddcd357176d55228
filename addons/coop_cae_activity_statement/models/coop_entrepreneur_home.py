# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.exceptions import UserError


class CoopEntrepreneurHome(models.TransientModel):
    _inherit = "coop.entrepreneur.home"

    result_this_year = fields.Monetary(
        compute="_compute_result_this_year",
        help="This fiscal year's result of the activity, as its statement computes it.",
    )

    def _compute_result_this_year(self):
        # Read with the entrepreneur's own rights: the statement's lines and
        # items are those of their activity.
        activity = self._coop_activity()
        result = 0.0
        if activity:
            Statement = self.env["coop.activity.statement"]
            date_from, date_to = Statement._default_dates()
            figures = Statement._coop_statement_figures(activity, date_from, date_to)
            result = figures[activity.id]["result"]
        for home in self:
            home.result_this_year = result

    def action_open_statement(self):
        activity = self._coop_activity()
        if not activity:
            raise UserError(
                self.env._(
                    "You run no activity in %(company)s: there is no statement "
                    "to show.",
                    company=self.env.company.name,
                )
            )
        return self.env["coop.activity.statement"]._coop_open_for(activity)
