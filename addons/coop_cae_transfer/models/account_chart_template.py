# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The transfers account comes with the French chart of accounts: an internal
account, debited and credited by each transfer's two entries, so that its
balance, always zero, is a check and the company's result never moves."""

from odoo import models

from odoo.addons.account.models.chart_template import template

TRANSFER_ACCOUNT_CODE = "706800"
TRANSFER_ACCOUNT = "coop_transfer_account"
TRANSFER_CHART = "fr"


class AccountChartTemplate(models.AbstractModel):
    _inherit = "account.chart.template"

    @template(TRANSFER_CHART, "account.account")
    def _get_fr_coop_transfer_account_account(self):
        return {
            TRANSFER_ACCOUNT: {
                "name": "Transfers between Activities",
                "name@fr": "Transferts entre activités",
                "code": TRANSFER_ACCOUNT_CODE,
                "account_type": "income",
            }
        }

    @template(TRANSFER_CHART, "res.company")
    def _get_fr_coop_transfer_res_company(self):
        return {self.env.company.id: {"coop_transfer_account_id": TRANSFER_ACCOUNT}}

    def _coop_load_transfer_account(self, companies):
        """Give the French companies that have none the transfers account, or
        the one they have with its code."""
        for company in companies.filtered(lambda c: not c.coop_transfer_account_id):
            code = company.chart_template
            if not code or TRANSFER_CHART not in self._get_parent_template(code):
                continue
            chart = self.with_company(company).sudo()
            Account = chart.env["account.account"].with_company(company)
            account = Account.search(
                [
                    *Account._check_company_domain(company),
                    ("code", "=", TRANSFER_ACCOUNT_CODE),
                ],
                limit=1,
            )
            if not account:
                data = {
                    "account.account": chart._get_fr_coop_transfer_account_account()
                }
                created = chart._load_data(data)
                chart._load_translations(companies=company, template_data=data)
                account = created["account.account"]
            company.sudo().coop_transfer_account_id = account
