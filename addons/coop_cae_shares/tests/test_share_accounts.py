# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The French chart of accounts sets the share capital accounts of a company."""

from odoo.tests import TransactionCase, tagged

from odoo.addons.coop_cae_shares.models.res_company import SHARE_ACCOUNT_CODES


@tagged("post_install", "-at_install")
class TestShareAccounts(TransactionCase):
    def test_french_template_gives_the_share_accounts(self):
        data = (
            self.env["account.chart.template"]
            ._get_chart_template_model_data("fr", "res.company")
            .get(self.env.company.id, {})
        )
        for field_name, code in SHARE_ACCOUNT_CODES.items():
            self.assertEqual(data.get(field_name), f"pcg_{code}")

    def test_french_company_has_its_share_accounts(self):
        company = self.env.company
        self.assertEqual(company.chart_template, "fr")
        for field_name, code in SHARE_ACCOUNT_CODES.items():
            with self.subTest(field=field_name):
                self.assertEqual(
                    company._coop_share_account(field_name).code, code.ljust(6, "0")
                )

    def test_setup_fills_only_empty_accounts(self):
        company = self.env.company
        self.assertEqual(company.chart_template, "fr")
        loss = company.coop_share_loss_account_id
        company.coop_share_capital_account_id = False
        company.coop_share_loss_account_id = company.coop_share_repay_account_id
        company._coop_setup_share_accounts()
        self.assertEqual(company.coop_share_capital_account_id.code, "101300")
        self.assertNotEqual(company.coop_share_loss_account_id, loss)
