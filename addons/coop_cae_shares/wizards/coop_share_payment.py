# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopSharePayment(models.TransientModel):
    """Record a payment of shares: by bank, or withheld from an
    entrepreneur-employee's pay."""

    _name = "coop.share.payment"
    _inherit = ["coop.share.operation.mixin"]
    _description = "Payment of Shares"

    amount_due = fields.Monetary(related="member_id.amount_due")
    payment_method = fields.Selection(
        selection=[("bank", "Bank"), ("payroll", "Withheld from pay")],
        required=True,
        default="bank",
    )
    journal_id = fields.Many2one(
        comodel_name="account.journal",
        check_company=True,
        domain="[('type', 'in', ('bank', 'cash'))]",
    )

    def _coop_amount_limit(self):
        return self.member_id.amount_due

    def action_confirm(self):
        self.ensure_one()
        self.member_id._coop_record_payment(
            self.date, self.amount, self.payment_method, self.journal_id
        )
        return {"type": "ir.actions.act_window_close"}
