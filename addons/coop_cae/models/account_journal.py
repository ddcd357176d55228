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
        return None

    def _get_bank_cash_graph_data(self):
        if self.env.su or self.env.user._coop_is_staff():
            return super()._get_bank_cash_graph_data()
        return {journal.id: [] for journal in self}
