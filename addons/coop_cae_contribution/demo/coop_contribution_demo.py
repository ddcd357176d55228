# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo import api, models

_logger = logging.getLogger(__name__)


class CoopContribution(models.Model):
    _inherit = "coop.contribution"

    @api.model
    def _coop_demo_book(self):
        """Demo data: book the contributions of the demo invoices, posted before
        this addon was installed or before their entrepreneur's scheme changed."""
        companies = self.env["res.company"].search([("chart_template", "!=", False)])
        self.env["account.chart.template"]._coop_load_contribution_data(companies)
        if without := (companies | self.env.company) - companies.filtered(
            "coop_contribution_journal_id"
        ):
            _logger.warning(
                "Contribution demo skipped for %s: no Contributions journal "
                "(the French chart of accounts brings it).",
                ", ".join(without.mapped("name")),
            )
        for company in companies.filtered("coop_contribution_journal_id"):
            dates = self.env["account.move"].search_fetch(
                [
                    ("company_id", "=", company.id),
                    ("coop_activity_id", "!=", False),
                    ("state", "=", "posted"),
                ],
                ["date"],
                order="date",
            )
            if dates:
                self._coop_recompute(company, dates[0].date, dates[-1].date, book=True)
