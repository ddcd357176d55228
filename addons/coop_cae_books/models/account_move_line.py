# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"

    def _coop_matched_lines(self):
        """The journal items these are reconciled with, partly or fully."""
        return (
            self.matched_debit_ids.debit_move_id
            | self.matched_credit_ids.credit_move_id
        ) - self
