# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import format_date

from .coop_fence import coop_action, coop_is_fenced

# What an entrepreneur never writes: the state and what stands for it. The
# actions (submit, post, reset to draft, cancel) change them, with their rules.
FENCED_MOVE_FIELDS = (
    "state",
    "auto_post",
    "posted_before",
    "coop_is_structure",
    "coop_is_contribution",
)


class AccountMove(models.Model):
    _inherit = "account.move"

    coop_activity_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Activity",
        compute="_compute_coop_activity_id",
        store=True,
        readonly=False,
        precompute=True,
        index="btree_not_null",
        tracking=True,
        check_company=True,
        domain="[('is_entrepreneur', '=', True)]",
        help="The entrepreneur's activity this entry belongs to: its revenue and "
        "expense lines go to the activity's analytic account.",
    )
    coop_is_structure = fields.Boolean(
        string="Cooperative's Own",
        tracking=True,
        help="This document is the cooperative's own, not an entrepreneur's: its "
        "revenue and expense lines go to the Structure analytic account.",
    )
    coop_to_validate = fields.Boolean(
        string="Submitted for Validation",
        copy=False,
        tracking=True,
        help="The entrepreneur submitted this document: the staff validate it.",
    )
    coop_user_can_post = fields.Boolean(
        string="Can Post",
        compute="_compute_coop_user_can_post",
        help="Whether the current user may post this document themselves.",
    )
    coop_user_is_staff = fields.Boolean(
        string="Is Staff", compute="_compute_coop_user_can_post"
    )

    _coop_activity_or_structure = models.Constraint(
        "CHECK(coop_activity_id IS NULL OR NOT coalesce(coop_is_structure, false))",
        "A document belongs either to an entrepreneur's activity or to the "
        "cooperative itself, not to both.",
    )

    @api.depends(
        "origin_payment_id.coop_activity_id",
        "expense_ids.employee_id",
        "coop_is_structure",
    )
    def _compute_coop_activity_id(self):
        user_activity = {}
        for move in self:
            if move.coop_is_structure:
                move.coop_activity_id = False
                continue
            employees = move.expense_ids.employee_id.filtered("is_entrepreneur")
            if move.origin_payment_id.coop_activity_id:
                move.coop_activity_id = move.origin_payment_id.coop_activity_id
            elif len(employees) == 1:
                move.coop_activity_id = employees
            elif not move.coop_activity_id:
                company = move.company_id or self.env.company
                if company not in user_activity:
                    user_activity[company] = self.env.user._coop_get_activity(company)
                move.coop_activity_id = user_activity[company]

    @api.depends_context("uid")
    @api.depends("coop_activity_id")
    def _compute_coop_user_can_post(self):
        is_staff = self.env.user._coop_is_staff()
        self.coop_user_is_staff = is_staff
        if is_staff:
            self.coop_user_can_post = True
            return
        for move in self:
            move.coop_user_can_post = bool(
                move.coop_activity_id.sudo().coop_can_post_invoices
            )

    @api.model_create_multi
    def create(self, vals_list):
        fenced = coop_is_fenced(self.env)
        if fenced:
            for vals in vals_list:
                self._coop_check_fenced_vals(vals, create=True)
        moves = super().create(vals_list)
        if fenced:
            moves._coop_check_fenced_journals()
        return moves

    def write(self, vals):
        fenced = coop_is_fenced(self.env)
        if fenced:
            self._coop_check_fenced_vals(vals)
        if "coop_activity_id" in vals:
            self._coop_check_activity_change(vals["coop_activity_id"])
        res = super().write(vals)
        if fenced and "journal_id" in vals:
            self._coop_check_fenced_journals()
        return res

    @api.model
    def _coop_fenced_move_fields(self):
        """What entrepreneurs never write on an entry: addons add theirs."""
        return FENCED_MOVE_FIELDS

    @api.model
    def _coop_check_fenced_vals(self, vals, create=False):
        """Entrepreneurs change states through the actions only."""
        allowed = {"auto_post": "no", "state": "draft" if create else False}
        refused = [
            name
            for name in self._coop_fenced_move_fields()
            if name in vals and vals[name] != allowed.get(name, False)
        ]
        if refused:
            raise UserError(
                self.env._(
                    "A document changes state through its buttons only (submit, "
                    "post, reset to draft, cancel): you cannot write %(fields)s.",
                    fields=", ".join(refused),
                )
            )

    def _coop_check_fenced_journals(self):
        """Entrepreneurs book invoices and bills, and the entries of their
        payments: no manual entries, nothing in another journal."""
        if wrong := self.filtered(
            lambda m: m.journal_id.type not in ("sale", "purchase")
            and not m.origin_payment_id
        ):
            raise UserError(
                self.env._(
                    "Entrepreneurs book in the sales and purchase journals only: "
                    "%(entry)s cannot go to the %(journal)s journal.",
                    entry=wrong[0].display_name,
                    journal=wrong[0].journal_id.display_name,
                )
            )

    def _compute_payments_widget_to_reconcile_info(self):
        res = super()._compute_payments_widget_to_reconcile_info()
        Line = self.env["account.move.line"].sudo()
        for move in self.filtered("invoice_outstanding_credits_debits_widget"):
            widget = move.invoice_outstanding_credits_debits_widget
            lines = Line.browse([item["id"] for item in widget["content"]])
            # Another activity's credit never settles this one's invoice.
            others = lines.filtered(
                lambda line, move=move: line.move_id.coop_activity_id
                and line.move_id.coop_activity_id != move.coop_activity_id
            )
            if others:
                content = [c for c in widget["content"] if c["id"] not in others.ids]
                move.invoice_outstanding_credits_debits_widget = content and {
                    **widget,
                    "content": content,
                }
        return res

    def _fetch_duplicate_reference(self, matching_states=("draft", "posted")):
        duplicates = super()._fetch_duplicate_reference(matching_states)
        if self.env.su or self.env.user._coop_is_staff():
            return duplicates
        # Duplicates are looked for in SQL: keep those the user may read.
        return {
            move: found._filtered_access("read") for move, found in duplicates.items()
        }

    def _coop_check_activity_change(self, activity_id):
        changed = self.filtered(
            lambda m: m.coop_activity_id.id != (activity_id or False)
        )
        if not changed:
            return
        if posted := changed.filtered(lambda m: m.state != "draft"):
            raise UserError(
                self.env._(
                    "The activity of %(entry)s cannot change: it is no longer a draft. "
                    "Reset it to draft first.",
                    entry=posted[0].display_name,
                )
            )
        user = self.env.user
        if not self.env.su and not user._coop_is_staff():
            own = user._coop_get_activity(self.env.company)
            if activity_id != own.id:
                raise AccessError(
                    self.env._("You can only put your documents on your own activity.")
                )

    def _post(self, soft=True):
        self._coop_check_can_post()
        self._coop_check_activity_lines()
        submitted = self.filtered("coop_to_validate")
        submitted.coop_to_validate = False
        with coop_action():
            posted = super()._post(soft)
        # The support worker's to-do is done, whoever posted the document.
        submitted.filtered(lambda m: m.state == "posted").sudo().activity_feedback(
            ["coop_cae.mail_activity_type_coop_validation"]
        )
        return posted

    def button_draft(self):
        self._coop_check_fenced_action()
        with coop_action():
            return super().button_draft()

    def button_cancel(self):
        self._coop_check_fenced_action()
        with coop_action():
            return super().button_cancel()

    def _reverse_moves(self, default_values_list=None, cancel=False):
        # A credit note links the invoice's lines to its own: Odoo's writes.
        with coop_action():
            return super()._reverse_moves(default_values_list, cancel)

    def _coop_check_fenced_action(self):
        """Entrepreneurs post, reset and cancel their invoices, bills and
        payments, not the cooperative's entries booked on their activity."""
        if not coop_is_fenced(self.env):
            return
        if others := self.filtered(
            lambda m: not m.is_invoice(include_receipts=True)
            and not m.origin_payment_id
        ):
            raise UserError(
                self.env._(
                    "%(entry)s is an entry of the cooperative's staff: only they "
                    "change it.",
                    entry=others[0].display_name,
                )
            )

    def _coop_check_can_post(self):
        if self.env.su or self.env.user._coop_is_staff():
            return
        self._coop_check_fenced_action()
        invoices = self.filtered(lambda m: m.is_invoice(include_receipts=True))
        if blocked := invoices.filtered(lambda m: not m.coop_user_can_post):
            raise UserError(
                self.env._(
                    "%(entry)s must be validated by the cooperative's staff: submit it "
                    "for validation instead of posting it.",
                    entry=blocked[0].display_name,
                )
            )

    def _coop_check_activity_lines(self):
        """Invoices and bills belong to an activity, and their revenue and expense
        lines to that activity's analytic account and to no other activity."""
        invoices = self.filtered(lambda m: m.is_invoice(include_receipts=True))
        if missing := invoices.filtered(
            lambda m: not m.coop_activity_id
            and not m.coop_is_structure
            and m.company_id._coop_has_entrepreneurs()
        ):
            raise UserError(
                self.env._(
                    "%(entry)s has no activity: choose the entrepreneur's activity "
                    "it belongs to, or mark it as the cooperative's own, before "
                    "posting it.",
                    entry=missing[0].display_name,
                )
            )
        lines = self.line_ids._coop_activity_lines()
        # The activities' accounts in one light query (their full records are
        # not needed while posting).
        lines.move_id.coop_activity_id.sudo().fetch(["coop_analytic_account_id"])
        for line, activity_accounts in lines._coop_activity_plan_accounts().items():
            expected = line.move_id._coop_analytic_account()
            if set(activity_accounts) != {expected.id} or (
                round(sum(activity_accounts.values()), 2) != 100
            ):
                others = self.env["account.analytic.account"].browse(
                    set(activity_accounts) - {expected.id}
                )
                raise UserError(
                    self.env._(
                        "In %(entry)s, the line %(line)s must go entirely to the "
                        "activity %(activity)s, not to %(others)s.",
                        entry=line.move_id.display_name,
                        line=line.name or line.account_id.display_name,
                        activity=expected.display_name,
                        others=", ".join(others.sudo().mapped("display_name"))
                        or self.env._("a part of it only"),
                    )
                )

    def _coop_is_own_analytic_entry(self):
        """Whether this entry's lines carry their own analytic distribution,
        which the activity rules leave alone (a hook: none here)."""
        self.ensure_one()
        return False

    def _coop_analytic_account(self):
        """Where the revenue and expense lines go: the activity's account, or the
        Structure account for the cooperative's own documents."""
        self.ensure_one()
        if self.coop_is_structure:
            return self.company_id.sudo().coop_structure_account_id
        # Entrepreneurs may not read the employee's analytic account field.
        return self.coop_activity_id.sudo().coop_analytic_account_id

    def action_coop_submit(self):
        """The entrepreneur hands their draft invoices or bills to the staff."""
        drafts = self.filtered(
            lambda m: m.state == "draft" and m.is_invoice(include_receipts=True)
        )
        if drafts != self:
            raise UserError(
                self.env._("Only draft invoices and bills can be submitted.")
            )
        if empty := drafts.filtered(
            lambda m: not m.invoice_line_ids.filtered(
                lambda line: line.display_type == "product"
            )
            or m.currency_id.is_zero(m.amount_total)
        ):
            raise UserError(
                self.env._(
                    "%(entry)s has nothing to invoice: add what you sell or buy, "
                    "with its price, before submitting it.",
                    entry=empty[0].display_name,
                )
            )
        self._coop_check_activity_lines()
        drafts.coop_to_validate = True
        # The tracked flag tells the chatter; the support worker gets a to-do.
        for move in drafts:
            worker_user = move.coop_activity_id.sudo().coop_support_worker_id.user_id
            if worker_user:
                move.activity_schedule(
                    "coop_cae.mail_activity_type_coop_validation",
                    user_id=worker_user.id,
                    summary=self.env._("Invoice to validate"),
                )
        return True

    def _coop_activity_mention(self):
        """The activity line of the printed invoice, in the current language."""
        self.ensure_one()
        # Printed for the customer: read what the invoice states, whoever prints.
        employee = self.coop_activity_id.sudo()
        if not employee:
            return ""
        status = {
            "cape": self.env._("entrepreneur supported under a CAPE"),
            "cesa": self.env._("entrepreneur-employee"),
            "associate": self.env._("entrepreneur-employee and member"),
        }.get(employee.coop_stage, self.env._("entrepreneur"))
        return self.env._(
            "Activity: %(trade)s — %(name)s, %(status)s of %(company)s",
            trade=employee.coop_trade_name,
            name=employee.name,
            status=status,
            company=self.company_id.name,
        )

    def _coop_legal_mentions(self):
        """The mentions French law requires on the invoices of a CAPE holder's
        activity (C. com. R127-3). The cooperative's own identity and its
        payment terms' penalties are coop_cae_l10n_fr's: the page footer and
        the payment terms."""
        self.ensure_one()
        company = self.company_id
        employee = self.coop_activity_id.sudo()
        mentions = []
        if employee.coop_stage == "cape":
            mentions.append(
                self.env._(
                    "Activity carried out under a business support contract (CAPE, "
                    "C. com. L127-1 and following) with %(company)s, %(address)s, "
                    "SIREN %(siren)s, until %(end)s.",
                    company=company.name,
                    address=", ".join(
                        part
                        for part in (company.street, company.zip, company.city)
                        if part
                    ),
                    siren=company._coop_siren() or "-",
                    end=employee.coop_cape_end_date
                    and format_date(self.env, employee.coop_cape_end_date)
                    or "-",
                )
            )
        return mentions
