# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError


class AccountMove(models.Model):
    _inherit = "account.move"

    coop_is_contribution = fields.Boolean(
        string="Contribution Entry",
        copy=False,
        readonly=True,
        help="Entry booked by the cooperative contribution: its lines carry their "
        "own analytic distribution.",
    )
    coop_contribution_ids = fields.One2many(
        comodel_name="coop.contribution",
        inverse_name="source_move_id",
        string="Contributions",
    )
    coop_contribution_count = fields.Integer(
        string="Contribution Count", compute="_compute_coop_contribution_count"
    )

    coop_contribution_amount = fields.Monetary(
        string="Contribution",
        compute="_compute_coop_contribution_amount",
        currency_field="company_currency_id",
        help="The contribution this document brings: what is booked, plus what "
        "the booking job is about to book.",
    )
    coop_contribution_queued = fields.Boolean(
        string="Contribution Being Booked",
        compute="_compute_coop_contribution_amount",
    )

    @api.depends("coop_contribution_ids.amount", "state", "payment_state")
    def _compute_coop_contribution_amount(self):
        # Shown as soon as the document is posted: the queued part is what the
        # booking job will book, computed the way it will compute it.
        Contribution = self.env["coop.contribution"].sudo()
        moves = self.filtered("id")
        booked = dict(
            Contribution._read_group(
                [("source_move_id", "in", moves.ids)],
                ["source_move_id"],
                ["amount:sum"],
            )
        )
        queued = (
            self.env["coop.contribution.queue"]
            .sudo()
            .search([("move_id", "in", moves.ids)])
            .move_id
        )
        pending = defaultdict(float)
        if queued:
            differences = Contribution._coop_differences(queued)
            for difference in Contribution._coop_compute_amounts(differences):
                pending[difference["source"].id] += difference["amount"]
        for move in self:
            move.coop_contribution_queued = move.id in queued.ids
            move.coop_contribution_amount = booked.get(move, 0.0) + pending[move.id]

    @api.depends("coop_contribution_ids")
    def _compute_coop_contribution_count(self):
        counts = dict(
            self.env["coop.contribution"]._read_group(
                [("source_move_id", "in", self.ids)],
                ["source_move_id"],
                ["__count"],
            )
        )
        for move in self:
            move.coop_contribution_count = counts.get(move, 0)

    def _post(self, soft=True):
        posted = super()._post(soft)
        (posted | posted._coop_matched_documents())._coop_sync_contributions()
        return posted

    def button_draft(self):
        if self.filtered("coop_is_contribution"):
            raise UserError(
                self.env._(
                    "Contribution entries follow their invoices: reset or cancel "
                    "the invoice, or change the scheme and recompute, instead."
                )
            )
        documents = self._coop_matched_documents()
        res = super().button_draft()
        (self | documents)._coop_sync_contributions()
        return res

    def _coop_matched_documents(self):
        """The activities' invoices and bills that these entries, when they are
        not invoices or bills themselves (payments, entries), are matched
        with: Odoo keeps a payment's matching when the payment is reset to
        draft, and under a cashed trigger a draft payment is no cash."""
        entries = self.filtered(
            lambda m: not m.is_invoice(include_receipts=True)
            and not m.coop_is_contribution
        )
        if not entries:
            return self.browse()
        partials = (
            entries.line_ids.matched_debit_ids | entries.line_ids.matched_credit_ids
        )
        documents = (partials.debit_move_id | partials.credit_move_id).move_id
        return documents.filtered(
            lambda m: m.coop_activity_id and m.is_invoice(include_receipts=True)
        )

    def action_coop_view_contributions(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "coop_cae_contribution.coop_contribution_action"
        )
        action["domain"] = [("source_move_id", "=", self.id)]
        action["context"] = {}
        return action

    def _coop_is_own_analytic_entry(self):
        return self.coop_is_contribution or super()._coop_is_own_analytic_entry()

    def _coop_sync_contributions(self):
        """Queue these entries for their contributions to be booked, or reversed.

        The row is written in the posting's (or reset's, or payment's)
        transaction, so that no document is left without its contribution; the
        booking job, triggered once per transaction, books them after the
        commit, in batches: posting pays one insert, not a second entry."""
        if self.env.context.get("coop_cae_skip_contribution"):
            # Bulk imports: the recompute wizard books them afterwards.
            return
        ids = self.filtered(
            lambda m: m.coop_activity_id and not m.coop_is_contribution
        ).ids
        if not ids:
            return
        self.env["coop.contribution.queue"].sudo().create(
            [{"move_id": move_id} for move_id in ids]
        )
        data = self.env.cr.precommit.data
        if not data.get("coop_cae_contribution_triggered"):
            data["coop_cae_contribution_triggered"] = True
            self.env.ref(
                "coop_cae_contribution.ir_cron_coop_contribution_queue"
            )._trigger()

    @api.ondelete(at_uninstall=False)
    def _unlink_coop_book_queued(self):
        """A draft deleted before the job reached it: book its queued reversal
        now, while the document still exists to say what was booked on it."""
        queued = (
            self.env["coop.contribution.queue"]
            .sudo()
            .search([("move_id", "in", self.ids)])
        )
        if queued:
            self.env["coop.contribution"]._coop_book_now(queued)

    def _coop_contribution_base(self, scheme):
        """The base of `scheme` this entry brings, in company currency: its
        revenue excl. VAT, or minus its direct costs under a gross-margin scheme
        (lines on an account or of a product flagged as a direct cost)."""
        self.ensure_one()
        if self.is_sale_document(include_receipts=True):
            return self.amount_untaxed_signed
        if scheme.base == "margin" and self.is_purchase_document(include_receipts=True):
            lines = self.invoice_line_ids.filtered(
                lambda line: line.account_id.coop_is_direct_cost
                or line.product_id.coop_is_direct_cost
            )
            return -sum(lines.mapped("balance"))
        return 0.0

    def _coop_cashed_shares(self):
        """{date: (share of the entry paid on that date, a payment id)},
        posted payments only (credit notes matched against the invoice, and
        payments reset to draft, are no cash)."""
        self.ensure_one()
        lines = self.line_ids.filtered(
            lambda line: line.account_id.account_type
            in ("asset_receivable", "liability_payable")
        )
        total = sum(abs(line.balance) for line in lines)
        shares = {}
        if not total:
            return shares
        for line in lines:
            for partial in line.matched_debit_ids | line.matched_credit_ids:
                counterpart = (
                    partial.debit_move_id
                    if partial.credit_move_id == line
                    else partial.credit_move_id
                )
                if (
                    counterpart.move_id.is_invoice(include_receipts=True)
                    or counterpart.move_id.state != "posted"
                ):
                    continue
                date = max(partial.max_date, self.date)
                share, payment = shares.get(date, (0.0, False))
                shares[date] = (
                    share + partial.amount / total,
                    payment or counterpart.move_id.origin_payment_id.id,
                )
        return shares
