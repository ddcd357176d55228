# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class CoopContributionRecompute(models.TransientModel):
    _name = "coop.contribution.recompute"
    _description = "Recompute Contributions"

    company_id = fields.Many2one(
        comodel_name="res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: fields.Date.context_today(self).replace(month=1, day=1),
    )
    date_to = fields.Date(string="To", required=True, default=fields.Date.context_today)
    state = fields.Selection(
        [("draft", "Range"), ("preview", "Differences")], default="draft", required=True
    )
    line_ids = fields.One2many(
        "coop.contribution.recompute.line", "wizard_id", "Differences", readonly=True
    )
    amount_total = fields.Monetary("Total to Book", compute="_compute_amount_total")

    @api.depends("line_ids.amount")
    def _compute_amount_total(self):
        for wizard in self:
            wizard.amount_total = sum(wizard.line_ids.mapped("amount"))

    def action_preview(self):
        self.ensure_one()
        return self.env["coop.contribution"]._coop_recompute_preview(self)

    def action_book(self):
        self.ensure_one()
        return self.env["coop.contribution"]._coop_recompute_book(self)
