# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class AccountJournal(models.Model):
    _inherit = "account.journal"

    def _fill_bank_cash_dashboard_data(self, dashboard_data):
        # The cooperative's bank balances are no entrepreneur's business: their
        # cards show their own invoices and bills only.
        if self.env.su or self.env.user._coop_is_staff():
            return super()._fill_bank_cash_dashboard_data(dashboard_data)
        # No balance at all; the counts and settings the card needs to render.
        for journal in self.filtered(lambda j: j.type in ("bank", "cash", "credit")):
            dashboard_data[journal.id].update(
                {
                    "number_to_check": 0,
                    "number_to_reconcile": 0,
                    "nb_misc_operations": 0,
                    "has_at_least_one_statement": False,
                    "nb_lines_bank_account_balance": False,
                    "nb_lines_outstanding_pay_account_balance": False,
                    "last_statement_visible": False,
                    "has_invalid_statements": False,
                    "is_sample_data": False,
                    "bank_statements_source": journal.bank_statements_source,
                    "drag_drop_settings": {
                        "image": "/account/static/src/img/bank.svg",
                        "text": self.env._("Drop to import transactions"),
                    },
                }
            )
        return None

    def _get_bank_cash_graph_data(self):
        if self.env.su or self.env.user._coop_is_staff():
            return super()._get_bank_cash_graph_data()
        # An empty line, in the shape the dashboard's chart reads.
        return {
            journal.id: [
                {
                    "values": [],
                    "title": "",
                    "key": journal.name,
                    "area": True,
                    "color": "#875A7B",
                    "is_sample_data": False,
                }
            ]
            for journal in self
        }
