# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The Salaries journal and the URSSAF account come with the French chart of
accounts. The chart has 431000 "Sécurité sociale" but no sub-account for the
URSSAF, which collects the contributions a payroll provider declares: 431100
keeps them apart from the other social bodies."""

from odoo import models

from odoo.addons.account.models.chart_template import template

PAYROLL_CHART = "fr"
PAYROLL_JOURNAL_CODE = "SAL"
# Template ids: the records are account.<company id>_<id>, as the chart's.
PAYROLL_JOURNAL = "coop_payroll_journal"
URSSAF_ACCOUNT = "coop_payroll_urssaf_account"
# The accounts a month's pay is booked on, by the role they play: the one
# place their codes are written.
PAYROLL_ACCOUNT_CODES = {
    "gross": "641100",
    "employer": "645100",
    "urssaf": "431100",
    "net": "421000",
}


class AccountChartTemplate(models.AbstractModel):
    _inherit = "account.chart.template"

    @template(PAYROLL_CHART, "account.account")
    def _get_fr_coop_payroll_account_account(self):
        return {
            URSSAF_ACCOUNT: {
                "name": "URSSAF",
                "name@fr": "URSSAF",
                "code": PAYROLL_ACCOUNT_CODES["urssaf"],
                "account_type": "liability_current",
                "reconcile": True,
            }
        }

    @template(PAYROLL_CHART, "account.journal")
    def _get_fr_coop_payroll_account_journal(self):
        return {
            PAYROLL_JOURNAL: {
                "name": "Salaries",
                "name@fr": "Salaires",
                "code": PAYROLL_JOURNAL_CODE,
                "type": "general",
                "show_on_dashboard": False,
            }
        }

    def _coop_load_payroll_data(self, companies):
        """Give the companies whose French chart is installed already the
        Salaries journal and the URSSAF account, unless they have a journal
        or an account with these codes."""
        for company in companies:
            code = company.chart_template
            if not code or PAYROLL_CHART not in self._get_parent_template(code):
                continue
            chart = self.with_company(company).sudo()
            Account = chart.env["account.account"].with_company(company)
            Journal = chart.env["account.journal"].with_context(active_test=False)
            existing = {
                "account.account": Account.search_count(
                    [
                        *Account._check_company_domain(company),
                        ("code", "=", PAYROLL_ACCOUNT_CODES["urssaf"]),
                    ],
                    limit=1,
                ),
                "account.journal": Journal.search_count(
                    [
                        *Journal._check_company_domain(company),
                        ("code", "=", PAYROLL_JOURNAL_CODE),
                    ],
                    limit=1,
                ),
            }
            data = {
                "account.account": chart._get_fr_coop_payroll_account_account(),
                "account.journal": chart._get_fr_coop_payroll_account_journal(),
            }
            data = {model: vals for model, vals in data.items() if not existing[model]}
            if data:
                chart._load_data(data)
                chart._load_translations(companies=company, template_data=data)
