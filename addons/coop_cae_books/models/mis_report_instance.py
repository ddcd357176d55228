# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class MisReportInstance(models.Model):
    _inherit = "mis.report.instance"

    @api.model
    def _coop_statement_instance(self, report, date_from, date_to, activity=None):
        """A temporary instance of the statement `report` over the period, for
        the whole cooperative or, given an entrepreneur's activity, for the
        journal items of that activity's analytic account alone (mis_builder
        deletes temporary instances after a day)."""
        name = report.name
        analytic_domain = []
        if activity:
            # The accountant is no HR officer: the employee's analytic account
            # field is read for them.
            account = activity.sudo().coop_analytic_account_id
            analytic_domain = [("analytic_distribution", "in", account.ids)]
            name = self.env._(
                "%(statement)s, %(activity)s",
                statement=report.name,
                activity=activity.display_name,
            )
        return self.create(
            {
                "name": name,
                "report_id": report.id,
                "company_id": self.env.company.id,
                "temporary": True,
                "comparison_mode": False,
                "date_from": date_from,
                "date_to": date_to,
                "target_move": "posted",
                "analytic_domain": repr(analytic_domain),
            }
        )
