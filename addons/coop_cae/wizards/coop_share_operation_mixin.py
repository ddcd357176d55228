# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class CoopShareOperationMixin(models.AbstractModel):
    """An amount of a member's capital, at a date, that may not exceed what is
    left to call or to pay: what the call and the payment wizards share."""

    _name = "coop.share.operation.mixin"
    _description = "Operation on a Member's Capital"

    member_id = fields.Many2one(comodel_name="coop.member", required=True)
    company_id = fields.Many2one(related="member_id.company_id")
    currency_id = fields.Many2one(related="member_id.currency_id")
    amount = fields.Monetary(compute="_compute_amount", store=True, readonly=False)
    date = fields.Date(required=True, default=fields.Date.context_today)

    def _coop_amount_limit(self):
        """The most the operation may be for: by default, its amount."""
        raise NotImplementedError

    @api.depends("member_id")
    def _compute_amount(self):
        for wizard in self:
            wizard.amount = wizard._coop_amount_limit()

    def _coop_check_amount(self, positive_message, too_much_message):
        """Refuse a zero or negative amount, and one above the limit, for which
        `too_much_message(limit)` gives the message."""
        currency = self.member_id.currency_id
        if currency.compare_amounts(self.amount, 0.0) <= 0:
            raise UserError(positive_message)
        limit = self._coop_amount_limit()
        if currency.compare_amounts(self.amount, limit) > 0:
            raise UserError(too_much_message(limit))
