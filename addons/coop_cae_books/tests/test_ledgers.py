# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import json

from odoo.tests import tagged

from .common import CoopBooksCase

# The wizards and the xml id suffix of their XLSX report.
LEDGERS = {
    "general.ledger.report.wizard": "general_ledger",
    "trial.balance.report.wizard": "trial_balance",
    "open.items.report.wizard": "open_items",
    "aged.partner.balance.report.wizard": "aged_partner_balance",
    "journal.ledger.report.wizard": "journal_ledger",
}


@tagged("post_install", "-at_install")
class TestLedgers(CoopBooksCase):
    """The OCA ledgers, run by the accountant from the Books menu."""

    def _wizard(self, model, **vals):
        dates = {"date_from": "2026-01-01", "date_to": "2026-12-31"}
        if model in ("open.items.report.wizard", "aged.partner.balance.report.wizard"):
            dates = {"date_at": "2026-12-31"}
        return self.env[model].with_user(self.accountant).create({**dates, **vals})

    @staticmethod
    def _as_sent(data):
        """The report data as the web client sends it back: JSON."""
        return json.loads(json.dumps(data, default=str))

    def test_every_ledger_exports_to_xlsx(self):
        Report = self.env["ir.actions.report"].with_user(self.accountant)
        for model, report in LEDGERS.items():
            with self.subTest(ledger=model):
                wizard = self._wizard(model)
                action = wizard.button_export_xlsx()
                self.assertEqual(action["report_type"], "xlsx")
                content, content_type = Report.with_context(
                    active_model=model, active_id=wizard.id, active_ids=wizard.ids
                )._render_xlsx(
                    f"account_financial_report.action_report_{report}_xlsx",
                    wizard.ids,
                    self._as_sent(action["data"]),
                )
                self.assertEqual(content_type, "xlsx")
                self.assertTrue(content.startswith(b"PK"))

    def test_trial_balance_in_html_lists_both_activities_accounts(self):
        wizard = self._wizard("trial.balance.report.wizard")
        action = wizard.button_export_html()
        html, _type = (
            self.env["ir.actions.report"]
            .with_user(self.accountant)
            .with_context(active_model=wizard._name, active_ids=wizard.ids)
            ._render_qweb_html(
                action["report_name"], wizard.ids, self._as_sent(action["data"])
            )
        )
        html = html.decode()
        for account in (
            self.invoice_a.line_ids.account_id | self.bill_b.line_ids.account_id
        ):
            self.assertIn(account.code, html)

    def test_general_ledger_by_activity(self):
        wizard = self._wizard(
            "general.ledger.report.wizard", cost_center_ids=[(6, 0, self.account_b.ids)]
        )
        data = wizard._prepare_report_data()
        values = (
            self.env["report.account_financial_report.general_ledger"]
            .with_user(self.accountant)
            ._get_report_values(wizard.ids, data)
        )
        self.assertTrue(values["general_ledger"])
