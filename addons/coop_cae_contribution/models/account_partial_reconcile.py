# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class AccountPartialReconcile(models.Model):
    _inherit = "account.partial.reconcile"

    @api.model_create_multi
    def create(self, vals_list):
        partials = super().create(vals_list)
        partials._coop_reconciled_moves()._coop_sync_contributions()
        return partials

    def unlink(self):
        moves = self._coop_reconciled_moves()
        res = super().unlink()
        moves.exists()._coop_sync_contributions()
        return res

    def _coop_reconciled_moves(self):
        """The activities' invoices and bills these partials pay: under a cashed
        trigger, their contribution follows each payment and its reversal."""
        moves = (self.debit_move_id | self.credit_move_id).move_id
        return moves.filtered(
            lambda m: m.coop_activity_id and m.is_invoice(include_receipts=True)
        )
