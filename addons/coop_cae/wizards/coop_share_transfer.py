# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.exceptions import UserError


class CoopShareTransfer(models.TransientModel):
    """Transfer paid shares from a member to another: the capital does not
    change, so there is no journal entry."""

    _name = "coop.share.transfer"
    _description = "Transfer of Shares"

    member_id = fields.Many2one(
        comodel_name="coop.member", string="From Member", required=True
    )
    to_member_id = fields.Many2one(
        comodel_name="coop.member", string="To Member", required=True
    )
    shares = fields.Integer(required=True, default=1)
    date = fields.Date(required=True, default=fields.Date.context_today)

    def action_confirm(self):
        self.ensure_one()
        source, target = self.member_id, self.to_member_id
        if self.shares <= 0:
            raise UserError(
                self.env._(
                    "A transfer needs at least one share (%(shares)s given).",
                    shares=self.shares,
                )
            )
        if source == target:
            raise UserError(
                self.env._("A member cannot transfer shares to themselves.")
            )
        if self.shares > source.shares_held:
            raise UserError(
                self.env._(
                    "%(member)s holds %(held)s shares and cannot transfer %(shares)s.",
                    member=source.display_name,
                    held=source.shares_held,
                    shares=self.shares,
                )
            )
        if not source.currency_id.is_zero(source.amount_due):
            raise UserError(
                self.env._(
                    "%(member)s still owes %(amount)s on their shares: only paid "
                    "shares are transferred.",
                    member=source.display_name,
                    amount=source.amount_due,
                )
            )
        nominal = source.currency_id.round(
            self.shares * source.amount_subscribed / source.shares_held
        )
        ref = self.env._(
            "Transfer of %(shares)s shares from %(giver)s to %(receiver)s",
            shares=self.shares,
            giver=source.partner_id.display_name,
            receiver=target.partner_id.display_name,
        )
        common = {
            "name": ref,
            "movement_type": "transfer",
            "date": self.date,
            "amount": nominal,
            "company_id": source.company_id.id,
        }
        self.env["coop.share.movement"]._coop_register(
            [
                {
                    **common,
                    "member_id": source.id,
                    "counterpart_member_id": target.id,
                    "shares": -self.shares,
                    "capital_delta": -nominal,
                    "paid_delta": -nominal,
                },
                {
                    **common,
                    "member_id": target.id,
                    "counterpart_member_id": source.id,
                    "shares": self.shares,
                    "capital_delta": nominal,
                    "paid_delta": nominal,
                },
            ]
        )
        target._coop_admit(self.date)
        if not source.shares_held:
            source.state = "exited"
        return {"type": "ir.actions.act_window_close"}
