# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The closing of a fiscal year: its checklist, the lock and the FEC.

The checks themselves, one small method each, live in coop_year_end_checks.py."""

import base64
from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import format_date

# Who runs the closing (the menu, the ACL and the actions agree).
CLOSING_GROUPS = (
    "coop_cae.coop_cae_group_accountant",
    "coop_cae.coop_cae_group_manager",
)


class CoopYearEndClosing(models.Model):
    _name = "coop.year.end.closing"
    _description = "Year-End Closing"
    _inherit = ["mail.thread"]
    _order = "date_from desc, id desc"
    _check_company_auto = True

    def _default_dates(self):
        """The last fiscal year that has ended, by the company's fiscal year
        end (31 December unless set otherwise)."""
        company = self.env.company
        today = fields.Date.context_today(self)
        current = company.compute_fiscalyear_dates(today)
        return company.compute_fiscalyear_dates(
            current["date_from"] - timedelta(days=1)
        )

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        readonly=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    date_from = fields.Date(
        string="Start Date",
        required=True,
        default=lambda self: self._default_dates()["date_from"],
        tracking=True,
    )
    date_to = fields.Date(
        string="End Date",
        required=True,
        default=lambda self: self._default_dates()["date_to"],
        tracking=True,
    )
    state = fields.Selection(
        selection=[("draft", "In Progress"), ("done", "Closed")],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
    )
    check_ids = fields.One2many(
        comodel_name="coop.year.end.check",
        inverse_name="closing_id",
        string="Checks",
        readonly=True,
        copy=False,
    )
    checked_at = fields.Datetime(string="Checked On", readonly=True, copy=False)
    is_ready = fields.Boolean(
        string="Ready to Close",
        compute="_compute_is_ready",
        help="The checks were run and none of the blocking ones found a problem.",
    )
    fec_attachment_id = fields.Many2one(
        comodel_name="ir.attachment", string="FEC File", readonly=True, copy=False
    )
    closed_by_id = fields.Many2one(comodel_name="res.users", readonly=True, copy=False)
    closed_at = fields.Datetime(string="Closed On", readonly=True, copy=False)

    _company_date_from_uniq = models.Constraint(
        "UNIQUE(company_id, date_from)",
        "A fiscal year has one closing per company.",
    )
    _dates_in_order = models.Constraint(
        "CHECK(date_from <= date_to)",
        "The fiscal year must start before it ends.",
    )

    @api.depends("date_from", "date_to")
    def _compute_name(self):
        for closing in self:
            closing.name = self.env._(
                "Fiscal year %(date_from)s - %(date_to)s",
                date_from=format_date(self.env, closing.date_from),
                date_to=format_date(self.env, closing.date_to),
            )

    @api.depends("checked_at", "check_ids.state", "check_ids.blocking")
    def _compute_is_ready(self):
        for closing in self:
            closing.is_ready = bool(closing.checked_at) and not closing._coop_failed()

    def write(self, vals):
        self._coop_check_not_done()
        if {"date_from", "date_to"} & set(vals):
            # Results of other dates would be stale: the checks run again.
            vals = {**vals, "check_ids": [Command.clear()], "checked_at": False}
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_done(self):
        self._coop_check_not_done()

    def action_check(self):
        """Run every check of the list again and store the results."""
        self._coop_check_closing_rights()
        self._coop_check_not_done()
        self._coop_run_checks()
        return True

    def action_close(self):
        """Lock the fiscal year and produce its FEC, once every blocking check
        passes. The checks run again first: the results shown may be stale."""
        self.ensure_one()
        self._coop_check_closing_rights()
        self._coop_check_not_done()
        if self.date_to >= fields.Date.context_today(self):
            # The checks may run at any time; locking a year still under way
            # would stop its last days' invoices.
            raise UserError(
                self.env._(
                    "The fiscal year ends on %(date)s: it can be closed from the "
                    "day after.",
                    date=format_date(self.env, self.date_to),
                )
            )
        self._coop_run_checks()
        failed = self._coop_failed()
        if failed:
            raise UserError(
                self.env._(
                    "The fiscal year cannot be closed yet: %(checks)s. Fix them "
                    "and run the checks again.",
                    checks=", ".join(failed.mapped("display_name")),
                )
            )
        self._coop_lock_year()
        attachment = self._coop_generate_fec()
        self.write(
            {
                "state": "done",
                "fec_attachment_id": attachment.id,
                "closed_by_id": self.env.uid,
                "closed_at": fields.Datetime.now(),
            }
        )
        self.message_post(
            body=self.env._(
                "Fiscal year closed: locked up to %(date)s, FEC %(file)s produced.",
                date=format_date(self.env, self.date_to),
                file=attachment.name,
            )
        )
        return True

    def action_download_fec(self):
        self.ensure_one()
        if not self.fec_attachment_id:
            raise UserError(self.env._("The FEC is produced when the year is closed."))
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self.fec_attachment_id.id}?download=true",
            "target": "self",
        }

    def _coop_check_closing_rights(self):
        """The actions are public: only the accountant and the administrators
        run the closing (the ACL already keeps others from reading it)."""
        if not self.env.su and not any(
            self.env.user.has_group(group) for group in CLOSING_GROUPS
        ):
            raise AccessError(
                self.env._("Only the accountant may run the year-end closing.")
            )

    def _coop_check_not_done(self):
        if any(closing.state == "done" for closing in self):
            raise UserError(
                self.env._("This fiscal year is closed: its closing cannot change.")
            )

    def _coop_failed(self):
        """The check lines that keep the year from being closed."""
        return self.check_ids.filtered(
            lambda line: line.blocking and line.state == "problem"
        )

    def _coop_run_checks(self):
        """Replace the check lines by the results of each check of the list."""
        for closing in self:
            results = closing._coop_check_results()
            closing.write(
                {
                    "check_ids": [Command.clear()]
                    + [Command.create(vals) for vals in results],
                    "checked_at": fields.Datetime.now(),
                }
            )

    def _coop_lock_year(self):
        """Set the company's fiscal year lock date to the year's end.

        Only the fiscal lock: it stops every posting into the year but those
        the accountant allows through a lock exception, and it can still be
        moved back if the general assembly does not approve the accounts as
        closed. The hard lock date can never be lowered or removed (Odoo
        refuses it): setting it stays the accountant's decision, once the
        accounts are approved, on the lock-date screen."""
        self.ensure_one()
        company = self.company_id
        if (
            company.fiscalyear_lock_date
            and company.fiscalyear_lock_date >= self.date_to
        ):
            return
        # Writing a company takes the administrators' rights (res.company is
        # theirs to write), which the accountant does not have: the closing
        # rights are checked above, and only the lock date is written, through
        # Odoo's own validation of lock dates (drafts, bank lines).
        company.sudo().write({"fiscalyear_lock_date": self.date_to})

    def _coop_generate_fec(self):
        """Produce the year's FEC with the French localization's export, as the
        current user, and attach it to the closing."""
        self.ensure_one()
        wizard = (
            self.env["l10n_fr.fec.export.wizard"]
            .with_company(self.company_id)
            .create({"date_from": self.date_from, "date_to": self.date_to})
        )
        # The lock date is already the year's end: the export leaves it alone.
        result = wizard.generate_fec()
        return self.env["ir.attachment"].create(
            {
                "name": result["file_name"],
                "datas": base64.b64encode(result["file_content"]),
                "mimetype": "text/plain",
                "res_model": self._name,
                "res_id": self.id,
            }
        )
