# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class AccountMove(models.Model):
    """What the demo data (account_move_demo.xml) calls: never used otherwise."""

    # Demo-only code lives with the demo data, as in Odoo's own addons.
    _inherit = "account.move"

    @api.model
    def _coop_demo_pay(self, move_ids):
        """Demo data: pay invoices in full, on their invoice date."""
        for move in self.browse(move_ids):
            self.env["account.payment.register"].with_context(
                active_model="account.move", active_ids=move.ids
            ).create({"payment_date": move.invoice_date})._create_payments()
