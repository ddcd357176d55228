# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The cooperative contribution, booked live.

For each source (a customer invoice or credit note, or a vendor bill under a
gross-margin scheme) we compute what should be booked, per activity and date,
and book only the difference with what is booked: any sequence of postings,
resets, payments and reversals converges, and a second run books nothing.

Rounding rule: under a flat rate, each source's contribution of a date is
rate x base rounded half-up to the cent. Under brackets or a yearly cap, the
activity's cumulative contribution of the fiscal year is rounded half-up to the
cent, and each booking is the difference of that rounded cumulative before and
after it (a base removed is taken off the top of the cumulative).
"""

from odoo import Command, api, fields, models
from odoo.exceptions import UserError

SOURCE_MOVE_TYPES = ("out_invoice", "out_refund", "in_invoice", "in_refund")
CONTRIBUTION_KINDS = [
    ("revenue", "Proportional"),
    ("fixed", "Fixed monthly amount"),
    ("floor", "Yearly floor top-up"),
]


class CoopContribution(models.Model):
    _name = "coop.contribution"
    _description = "Cooperative Contribution"
    _order = "date desc, id desc"
    _check_company_auto = True

    activity_id = fields.Many2one(
        comodel_name="hr.employee",
        required=True,
        index=True,
        readonly=True,
        check_company=True,
    )
    company_id = fields.Many2one(
        comodel_name="res.company", required=True, index=True, readonly=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    kind = fields.Selection(
        selection=CONTRIBUTION_KINDS,
        required=True,
        default="revenue",
        readonly=True,
    )
    source_move_id = fields.Many2one(
        comodel_name="account.move",
        string="Source",
        index="btree_not_null",
        ondelete="set null",
        readonly=True,
        help="The invoice, credit note or bill whose base this contribution is on.",
    )
    payment_id = fields.Many2one(
        comodel_name="account.payment",
        index="btree_not_null",
        ondelete="set null",
        readonly=True,
        help="Under a cashed trigger, the payment that brought the base.",
    )
    date = fields.Date(
        required=True,
        index=True,
        readonly=True,
        help="Date of the base: the invoice's date, or the payment's date under a "
        "cashed trigger.",
    )
    scheme_id = fields.Many2one(comodel_name="coop.contribution.scheme", readonly=True)
    base = fields.Monetary(readonly=True)
    amount = fields.Monetary(readonly=True)
    move_id = fields.Many2one(
        comodel_name="account.move",
        string="Journal Entry",
        index="btree_not_null",
        readonly=True,
        help="The posted entry that moves the amount from the activity's analytic "
        "account to the Structure's.",
    )
    accounting_date = fields.Date(string="Accounting Date", related="move_id.date")

    @api.depends("source_move_id", "activity_id", "date", "kind")
    def _compute_display_name(self):
        for contribution in self:
            if contribution.source_move_id:
                contribution.display_name = contribution.source_move_id.display_name
            else:
                contribution.display_name = self.env._(
                    "%(activity)s, %(month)s",
                    activity=contribution.activity_id.name,
                    month=contribution.date and contribution.date.strftime("%m/%Y"),
                )

    def action_open_source(self):
        self.ensure_one()
        return self.source_move_id._get_records_action()

    @api.model
    def _coop_sync(self, moves):
        """Book, for these moves, what should be booked and is not yet."""
        sources = moves.filtered(
            lambda m: m.move_type in SOURCE_MOVE_TYPES
            and m.coop_activity_id
            and not m.coop_is_contribution
        )
        if not sources:
            return self.browse()
        return self._coop_book(self._coop_differences(sources))

    @api.model
    def _coop_cron_book_fixed(self):
        """Every day: the fixed monthly amounts of the current month, once."""
        today = fields.Date.context_today(self)
        month = today.replace(day=1)
        # Only the companies set up for the contribution (a chart that brings
        # its journal, or one chosen in the settings) have any to book.
        for company in self.env["res.company"].search(
            [("coop_contribution_journal_id", "!=", False)]
        ):
            self._coop_book(self._coop_fixed_differences(company, month, month))

    @api.model
    def _coop_recompute(self, company, date_from, date_to, book=False):
        """The differences between what the schemes give and what is booked for
        the sources of `company` dated in the range, fixed monthly amounts and
        yearly floor top-ups included; booked too when `book`. A list of dicts
        (activity, source, date, kind, base, amount), one per contribution."""
        if not self.env.user._coop_is_staff():
            raise UserError(
                self.env._("Only the cooperative's staff may recompute contributions.")
            )
        if date_from > date_to:
            raise UserError(self.env._("The range must start before it ends."))
        Contribution = self.sudo()
        if book:
            Contribution._coop_lock_booking()
        differences = Contribution._coop_compute_amounts(
            Contribution._coop_range_differences(company, date_from, date_to)
        )
        if book:
            Contribution._coop_book(differences)
        return differences

    @api.model
    def _coop_recompute_preview(self, wizard):
        """Show on the recompute `wizard` the differences of its range, and
        reopen it."""
        differences = self._coop_recompute(
            wizard.company_id, wizard.date_from, wizard.date_to
        )
        Line = self.env["coop.contribution.recompute.line"]
        wizard.write(
            {
                "state": "preview",
                "line_ids": [Command.clear()]
                + [
                    Command.create(vals)
                    for vals in Line._coop_vals_from_differences(differences)
                ],
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": wizard._name,
            "res_id": wizard.id,
            "view_mode": "form",
            "target": "new",
            "name": self.env._("Recompute Contributions"),
        }

    @api.model
    def _coop_recompute_book(self, wizard):
        """Book the differences of the range of the recompute `wizard`, and
        notify how many."""
        differences = self._coop_recompute(
            wizard.company_id, wizard.date_from, wizard.date_to, book=True
        )
        wizard.write({"state": "draft", "line_ids": [Command.clear()]})
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
