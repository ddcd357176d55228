# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.coop_cae.models.coop_fence import coop_action


class CoopActivityTransfer(models.Model):
    """An amount one activity gives another, on purpose: work subcontracted,
    a payment received for the other, a shared purchase. The staff record it;
    it books an entry on each side, so that both activities' accounts show it
    and the cooperative's result does not move."""

    _name = "coop.activity.transfer"
    _description = "Transfer between Activities"
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reason",
        required=True,
        help="Why the amount moves, as both entrepreneurs will read it.",
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    company_id = fields.Many2one(
        comodel_name="res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    activity_from_id = fields.Many2one(
        comodel_name="hr.employee",
        string="From Activity",
        required=True,
        check_company=True,
        index=True,
        domain="[('is_entrepreneur', '=', True)]",
    )
    activity_to_id = fields.Many2one(
        comodel_name="hr.employee",
        string="To Activity",
        required=True,
        check_company=True,
        index=True,
        domain="[('is_entrepreneur', '=', True)]",
    )
    amount = fields.Monetary(required=True)
    state = fields.Selection(
        selection=[("draft", "Draft"), ("posted", "Posted"), ("cancel", "Cancelled")],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
    )
    move_ids = fields.One2many(
        comodel_name="account.move",
        inverse_name="coop_transfer_id",
        string="Entries",
        readonly=True,
    )

    _coop_positive_amount = models.Constraint(
        "CHECK(amount > 0)", "A transfer between activities moves a positive amount."
    )
    _coop_two_activities = models.Constraint(
        "CHECK(activity_from_id != activity_to_id)",
        "A transfer moves an amount between two different activities.",
    )

    @api.ondelete(at_uninstall=False)
    def _unlink_only_drafts(self):
        if self.filtered(lambda transfer: transfer.state != "draft"):
            raise UserError(
                self.env._(
                    "A posted or cancelled transfer is kept: only drafts are deleted."
                )
            )

    def action_post(self):
        """Book each draft transfer: one entry per activity, posted."""
        self.check_access("write")
        if self.filtered(lambda transfer: transfer.state != "draft"):
            raise UserError(self.env._("Only draft transfers can be posted."))
        Move = self.env["account.move"]
        for transfer in self:
            moves = Move.create(transfer._coop_prepare_move_vals())
            with coop_action():
                moves.action_post()
        self.state = "posted"
        return True

    def action_cancel(self):
        """Cancel posted transfers: their entries are reset and cancelled, as
        the lock dates allow (Odoo refuses inside a locked period)."""
        self.check_access("write")
        if self.filtered(lambda transfer: transfer.state != "posted"):
            raise UserError(self.env._("Only posted transfers can be cancelled."))
        moves = self.move_ids.filtered(lambda move: move.state == "posted")
        moves.button_draft()
        moves.button_cancel()
        self.state = "cancel"
        return True

    def _coop_prepare_move_vals(self):
        """The two entries: the giving activity's account bears the amount in
        the first, the receiving one's gets it in the second; each entry's
        counterpart is on the same general account without analytic."""
        self.ensure_one()
        company = self.company_id
        account = company._coop_transfer_account()
        journal = company._coop_transfer_journal()
        amount = self.currency_id.round(self.amount)
        vals_list = []
        for activity, sign, other in (
            (self.activity_from_id, 1, self.activity_to_id),
            (self.activity_to_id, -1, self.activity_from_id),
        ):
            other_name = other.coop_trade_name or other.name
            if sign > 0:
                label = self.env._(
                    "Transfer to %(other)s: %(reason)s",
                    other=other_name,
                    reason=self.name,
                )
            else:
                label = self.env._(
                    "Transfer from %(other)s: %(reason)s",
                    other=other_name,
                    reason=self.name,
                )
            analytic = {str(activity.sudo().coop_analytic_account_id.id): 100.0}
            vals_list.append(
                {
                    "move_type": "entry",
                    "company_id": company.id,
                    "journal_id": journal.id,
                    "date": self.date,
                    "ref": label,
                    "coop_activity_id": activity.id,
                    "coop_transfer_id": self.id,
                    "line_ids": [
                        Command.create(
                            {
                                "name": label,
                                "account_id": account.id,
                                "debit": amount if sign > 0 else 0.0,
                                "credit": amount if sign < 0 else 0.0,
                                "analytic_distribution": analytic,
                            }
                        ),
                        Command.create(
                            {
                                "name": label,
                                "account_id": account.id,
                                "debit": amount if sign < 0 else 0.0,
                                "credit": amount if sign > 0 else 0.0,
                            }
                        ),
                    ],
                }
            )
        return vals_list
