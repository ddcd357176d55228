# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class AccountBankStatementLine(models.Model):
    _inherit = "account.bank.statement.line"

    def reconcile_bank_line(self):
        res = super().reconcile_bank_line()
        self._coop_set_paid_activity()
        return res

    def unreconcile_bank_line(self):
        res = super().unreconcile_bank_line()
        self._coop_set_paid_activity()
        return res

    def _coop_set_paid_activity(self):
        """Put the entries of these bank lines on the activity of the documents
        they settle, when all belong to one activity; else on none (the
        cooperative's). In the OCA's "keep" mode, the entry that moves the
        suspense account to the documents' account follows too."""
        for st_line in self:
            entries = st_line.move_id
            counterparts = entries.line_ids._coop_matched_lines()
            relays = counterparts.move_id.filtered(
                lambda move, st_line=st_line: move.journal_id == st_line.journal_id
                and not move.is_invoice(include_receipts=True)
                and not move.statement_line_id
            )
            entries |= relays
            documents = (
                counterparts | relays.line_ids._coop_matched_lines()
            ).move_id - entries
            activity = documents.coop_activity_id
            if len(activity) != 1 or not all(documents.mapped("coop_activity_id")):
                activity = activity.browse()
            entries.filtered(
                lambda move, activity=activity: move.coop_activity_id != activity
            ).with_context(coop_paid_activity=True).coop_activity_id = activity
