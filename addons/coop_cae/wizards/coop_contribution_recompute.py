# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import date_utils


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

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for wizard in self:
            if wizard.date_from > wizard.date_to:
                raise UserError(self.env._("The range must start before it ends."))

    def _differences(self):
        self.ensure_one()
        if not self.env.user._coop_is_staff():
            raise UserError(
                self.env._("Only the cooperative's staff may recompute contributions.")
            )
        Contribution = self.env["coop.contribution"].sudo()
        differences = Contribution._coop_range_differences(
            self.company_id, self.date_from, self.date_to
        )
        return Contribution._coop_compute_amounts(differences)

    def action_preview(self):
        self.ensure_one()
        differences = self._differences()
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
        return self._reopen()

    def action_book(self):
        self.ensure_one()
        differences = self._differences()
        contributions = self.env["coop.contribution"].sudo()._coop_book(differences)
        self.line_ids = [Command.clear()]
        self.state = "draft"
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "%(count)s contribution(s) booked.", count=len(contributions)
                ),
                "next": {"type": "ir.actions.act_window_close"},
            },
        }

    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
            "name": self.env._("Recompute Contributions"),
        }


class CoopContributionRecomputeLine(models.TransientModel):
    _name = "coop.contribution.recompute.line"
    _description = "Contribution Difference"

    wizard_id = fields.Many2one(
        comodel_name="coop.contribution.recompute", required=True, ondelete="cascade"
    )
    currency_id = fields.Many2one(related="wizard_id.currency_id")
    activity_id = fields.Many2one(comodel_name="hr.employee", string="Activity")
    source_move_id = fields.Many2one(comodel_name="account.move", string="Source")
    date = fields.Date()
    kind = fields.Selection(
        selection=[
            ("revenue", "Proportional"),
            ("fixed", "Fixed monthly amount"),
            ("floor", "Yearly floor top-up"),
        ]
    )
    base = fields.Monetary(string="Base to Book")
    amount = fields.Monetary(string="Amount to Book")
