# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from odoo.addons.account.models.company import LOCK_DATE_FIELDS


class ResCompanyLock(models.TransientModel):
    _name = "res.company.lock"
    _description = "Lock Dates"

    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        default=lambda self: self.env.company,
    )
    fiscalyear_lock_date = fields.Date(
        string="Global Lock Date",
        compute="_compute_lock_dates",
        store=True,
        readonly=False,
        help="No entry up to and including this date, except by exception.",
    )
    tax_lock_date = fields.Date(
        string="Tax Return Lock Date",
        compute="_compute_lock_dates",
        store=True,
        readonly=False,
    )
    sale_lock_date = fields.Date(
        string="Sales Lock Date",
        compute="_compute_lock_dates",
        store=True,
        readonly=False,
    )
    purchase_lock_date = fields.Date(
        compute="_compute_lock_dates", store=True, readonly=False
    )
    hard_lock_date = fields.Date(
        compute="_compute_lock_dates",
        store=True,
        readonly=False,
        help="Irreversible: it can never move back nor be removed.",
    )

    @api.depends("company_id")
    def _compute_lock_dates(self):
        for wizard in self:
            for field_name in LOCK_DATE_FIELDS:
                wizard[field_name] = wizard.company_id[field_name]

    def action_save(self):
        self.ensure_one()
        if changed := {
            name: self[name]
            for name in LOCK_DATE_FIELDS
            if self[name] != self.company_id[name]
        }:
            self.company_id.write(changed)
        return {"type": "ir.actions.act_window_close"}
