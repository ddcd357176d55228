# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.exceptions import UserError


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
        member = self.member_id
        company = member.company_id
        currency = company.currency_id
        self._coop_check_amount(
            self.env._("A payment of shares must be positive."),
            lambda limit: self.env._(
                "%(member)s owes %(due)s on their shares: a payment of "
                "%(amount)s is too much.",
                member=member.display_name,
                due=limit,
                amount=self.amount,
            ),
        )
        if self.payment_method == "payroll":
            if not member.employee_id:
                raise UserError(
                    self.env._(
                        "Only an entrepreneur-employee's payment can be withheld "
                        "from their pay."
                    )
                )
            debit_account = company._coop_share_account("coop_share_payroll_account_id")
        else:
            if not self.journal_id.default_account_id:
                raise UserError(
                    self.env._("Choose the bank journal that received the payment.")
                )
            debit_account = self.journal_id.default_account_id
        # What is paid beyond the capital called is called by the payment itself:
        # 109 and 1011 release it; all that is paid moves from 1012 to 1013.
        called = min(member.amount_called_unpaid, self.amount)
        called_now = currency.round(self.amount - called)
        ref = self.env._(
            "Payment of shares of %(partner)s", partner=member.partner_id.display_name
        )
        partner = member.partner_id
        Movement = self.env["coop.share.movement"]
        move = Movement._coop_book(
            company,
            self.date,
            ref,
            [
                (debit_account, partner, self.amount),
                (
                    company._coop_share_account("coop_share_called_account_id"),
                    partner,
                    -called,
                ),
                (
                    company._coop_share_account("coop_share_uncalled_account_id"),
                    partner,
                    -called_now,
                ),
                (
                    company._coop_share_account(
                        "coop_share_capital_uncalled_account_id"
                    ),
                    partner,
                    called_now,
                ),
                (
                    company._coop_share_account("coop_share_capital_unpaid_account_id"),
                    partner,
                    called,
                ),
                (
                    company._coop_share_account("coop_share_capital_account_id"),
                    partner,
                    -self.amount,
                ),
            ],
        )
        Movement._coop_register(
            {
                "name": ref,
                "movement_type": "payment",
                "date": self.date,
                "member_id": member.id,
                "amount": self.amount,
                "paid_delta": self.amount,
                "called_amount": called_now,
                "payment_method": self.payment_method,
                "move_id": move.id,
                "company_id": company.id,
            }
        )
        return {"type": "ir.actions.act_window_close"}
