# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class CoopShareOperationMixin(models.AbstractModel):
    """An amount of a member's capital at a date, by default all that is left
    to call or to pay: what the call and the payment wizards share."""

    _name = "coop.share.operation.mixin"
    _description = "Operation on a Member's Capital"

    member_id = fields.Many2one(comodel_name="coop.member", required=True)
    company_id = fields.Many2one(related="member_id.company_id")
    currency_id = fields.Many2one(related="member_id.currency_id")
    amount = fields.Monetary(compute="_compute_amount", store=True, readonly=False)
    date = fields.Date(required=True, default=fields.Date.context_today)

    def _coop_amount_limit(self):
        """The most the operation may be for: its default amount."""
        raise NotImplementedError

    @api.depends("member_id")
    def _compute_amount(self):
        for wizard in self:
            wizard.amount = wizard._coop_amount_limit()
