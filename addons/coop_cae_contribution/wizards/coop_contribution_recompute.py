# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, api, fields, models
from odoo.tools import date_utils

from ..models.coop_contribution import CONTRIBUTION_KINDS


class CoopContributionRecompute(models.TransientModel):
    _name = "coop.contribution.recompute"
    _description = "Recompute Contributions"

    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        default=lambda self: self.env.company,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: date_utils.start_of(
            fields.Date.context_today(self), "year"
        ),
    )
    date_to = fields.Date(
        string="To",
        required=True,
        default=lambda self: fields.Date.context_today(self),
    )
    state = fields.Selection(
        selection=[("draft", "Range"), ("preview", "Differences")],
        default="draft",
        required=True,
    )
    line_ids = fields.One2many(
        comodel_name="coop.contribution.recompute.line",
        inverse_name="wizard_id",
        string="Differences",
        readonly=True,
    )
    amount_total = fields.Monetary(
        string="Total to Book", compute="_compute_amount_total"
    )

    @api.depends("line_ids.amount")
    def _compute_amount_total(self):
        for wizard in self:
            wizard.amount_total = sum(wizard.line_ids.mapped("amount"))

    def _recompute(self, book):
        self.ensure_one()
        return self.env["coop.contribution"]._coop_recompute(
            self.company_id, self.date_from, self.date_to, book=book
        )

    def action_preview(self):
        differences = self._recompute(book=False)
        self.line_ids = [Command.clear()] + [
            Command.create(
                {
                    "activity_id": difference["activity"].id,
                    "source_move_id": difference["source"].id,
                    "date": difference["date"],
                    "kind": difference["kind"],
                    "base": difference["base"],
                    "amount": difference["amount"],
                }
            )
            for difference in differences
        ]
        self.state = "preview"
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
            "name": self.env._("Recompute Contributions"),
        }

    def action_book(self):
        differences = self._recompute(book=True)
        self.line_ids = [Command.clear()]
        self.state = "draft"
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "%(count)s contribution(s) booked.", count=len(differences)
                ),
                "next": {"type": "ir.actions.act_window_close"},
            },
        }


class CoopContributionRecomputeLine(models.TransientModel):
    _name = "coop.contribution.recompute.line"
    _description = "Contribution Difference"

    wizard_id = fields.Many2one(
        comodel_name="coop.contribution.recompute", required=True, ondelete="cascade"
    )
    currency_id = fields.Many2one(related="wizard_id.currency_id")
    activity_id = fields.Many2one(
        comodel_name="hr.employee",
    )
    source_move_id = fields.Many2one(comodel_name="account.move", string="Source")
    date = fields.Date()
    kind = fields.Selection(selection=CONTRIBUTION_KINDS)
    base = fields.Monetary(string="Base to Book")
    amount = fields.Monetary(string="Amount to Book")
