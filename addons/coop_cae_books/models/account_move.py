# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models

from odoo.addons.coop_cae.models.coop_fence import coop_is_fenced


class AccountMove(models.Model):
    _inherit = "account.move"

    def _coop_check_activity_change(self, activity_id):
        # A posted bank entry follows the documents its reconciliation settles
        # (account.bank.statement.line._coop_set_paid_activity), for the staff
        # and the accountant only.
        moves = self
        if self.env.context.get("coop_paid_activity") and not coop_is_fenced(self.env):
            moves = self.filtered(
                lambda move: move.journal_id.type in ("bank", "cash")
                and not move.is_invoice(include_receipts=True)
            )
            moves = self - moves
        return super(AccountMove, moves)._coop_check_activity_change(activity_id)
