# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models

from .coop_fence import coop_action


class AccountPaymentRegister(models.TransientModel):
    _inherit = "account.payment.register"

    def _create_payment_vals_from_wizard(self, batch_result):
        vals = super()._create_payment_vals_from_wizard(batch_result)
        return self._coop_add_activity(vals, batch_result)

    def _create_payment_vals_from_batch(self, batch_result):
        vals = super()._create_payment_vals_from_batch(batch_result)
        return self._coop_add_activity(vals, batch_result)

    def _reconcile_payments(self, to_process, edit_mode=False):
        # Odoo then links the payment to the invoices it pays, which rewrites
        # their lines: its own code, as reconciling is (the activities are
        # checked in account.move.line._reconcile_plan).
        with coop_action():
            return super()._reconcile_payments(to_process, edit_mode)

    def _coop_add_activity(self, vals, batch_result):
        """A payment of one activity's invoices belongs to that activity."""
        activities = batch_result["lines"].move_id.coop_activity_id
        if len(activities) == 1:
            vals["coop_activity_id"] = activities.id
        return vals
