# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The Contributions journal and account come with the French chart of accounts.

Not the default income account: a dedicated internal account keeps these
transfers apart from real revenue in the ledger and the FEC, and its balance,
always zero, is a check. Debit and credit on one account leave the revenue and
the result unchanged.
"""

from odoo import models

from odoo.addons.account.models.chart_template import template

# The one place the codes are written: the chart's templates, the post-init
# hook and the messages read them from here.
CONTRIBUTION_ACCOUNT_CODE = "706900"
CONTRIBUTION_JOURNAL_CODE = "CONTR"
# Template ids: the records are account.<company id>_<id>, as the chart's.
CONTRIBUTION_ACCOUNT = "coop_contribution_account"
CONTRIBUTION_JOURNAL = "coop_contribution_journal"
CONTRIBUTION_CHART = "fr"


class AccountChartTemplate(models.AbstractModel):
    _inherit = "account.chart.template"

    @template(CONTRIBUTION_CHART, "account.account")
    def _get_fr_coop_contribution_account_account(self):
        return {
            CONTRIBUTION_ACCOUNT: {
                "name": "Internal Contributions",
                "name@fr": "Contributions internes",
                "code": CONTRIBUTION_ACCOUNT_CODE,
                "account_type": "income",
            }
        }

    @template(CONTRIBUTION_CHART, "account.journal")
    def _get_fr_coop_contribution_account_journal(self):
        return {
            CONTRIBUTION_JOURNAL: {
                "name": "Contributions",
                "name@fr": "Contributions",
                "code": CONTRIBUTION_JOURNAL_CODE,
                "type": "general",
                "show_on_dashboard": False,
            }
        }

    @template(CONTRIBUTION_CHART, "res.company")
    def _get_fr_coop_contribution_res_company(self):
        return {
            self.env.company.id: {
                "coop_contribution_journal_id": CONTRIBUTION_JOURNAL,
                "coop_contribution_account_id": CONTRIBUTION_ACCOUNT,
            }
        }

    def _coop_load_contribution_data(self, companies):
        """Give the companies whose French chart is installed already their
        Contributions journal and account, or the ones they have with these
        codes (from the time they were created on first use)."""
        for company in companies:
            code = company.chart_template
            if not code or CONTRIBUTION_CHART not in self._get_parent_template(code):
                continue
            chart = self.with_company(company).sudo()
            Account = chart.env["account.account"].with_company(company)
            Journal = chart.env["account.journal"].with_context(active_test=False)
            existing = {
                "account.account": Account.search(
                    [
                        *Account._check_company_domain(company),
                        ("code", "=", CONTRIBUTION_ACCOUNT_CODE),
                    ],
                    limit=1,
                ),
                "account.journal": Journal.search(
                    [
                        *Journal._check_company_domain(company),
                        ("code", "=", CONTRIBUTION_JOURNAL_CODE),
                    ],
                    limit=1,
                ),
            }
            data = {
                "account.account": chart._get_fr_coop_contribution_account_account(),
                "account.journal": chart._get_fr_coop_contribution_account_journal(),
            }
            data = {model: vals for model, vals in data.items() if not existing[model]}
            if data:
                created = chart._load_data(data)
                chart._load_translations(companies=company, template_data=data)
                existing.update(created)
            vals = {
                "coop_contribution_account_id": existing["account.account"].id,
                "coop_contribution_journal_id": existing["account.journal"].id,
            }
            company.sudo().write(
                {fname: value for fname, value in vals.items() if not company[fname]}
            )
