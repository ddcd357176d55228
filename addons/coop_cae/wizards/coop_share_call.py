# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopShareCall(models.TransientModel):
    """Call capital a member subscribed and has not been asked for yet: what
    they owe moves from 109 to 4562, and the capital from 1011 to 1012."""

    _name = "coop.share.call"
    _inherit = ["coop.share.operation.mixin"]
    _description = "Call of Capital"

    amount_uncalled = fields.Monetary(related="member_id.amount_uncalled")

    def _coop_amount_limit(self):
        return self.member_id.amount_uncalled

    def action_confirm(self):
        self.ensure_one()
        member = self.member_id
        company = member.company_id
        self._coop_check_amount(
            self.env._("A call of capital must be positive."),
            lambda limit: self.env._(
                "%(member)s has %(uncalled)s of capital not called yet: a call "
                "of %(amount)s is too much.",
                member=member.display_name,
                uncalled=limit,
                amount=self.amount,
            ),
        )
        partner = member.partner_id
        ref = self.env._(
            "Call of the capital of %(partner)s", partner=partner.display_name
        )
        Movement = self.env["coop.share.movement"]
        move = Movement._coop_book(
            company,
            self.date,
            ref,
            [
                (
                    company._coop_share_account("coop_share_called_account_id"),
                    partner,
                    self.amount,
                ),
                (
                    company._coop_share_account("coop_share_uncalled_account_id"),
                    partner,
                    -self.amount,
                ),
                (
                    company._coop_share_account(
                        "coop_share_capital_uncalled_account_id"
                    ),
                    partner,
                    self.amount,
                ),
                (
                    company._coop_share_account("coop_share_capital_unpaid_account_id"),
                    partner,
                    -self.amount,
                ),
            ],
        )
        Movement._coop_register(
            {
                "name": ref,
                "movement_type": "call",
                "date": self.date,
                "member_id": member.id,
                "amount": self.amount,
                "called_amount": self.amount,
                "move_id": move.id,
                "company_id": company.id,
            }
        )
        return {"type": "ir.actions.act_window_close"}
