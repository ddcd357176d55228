# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo import api, fields, models


class CoopShareRegister(models.TransientModel):
    """The register of members and shares at a date: its XLSX export, and its
    check against the capital accounts of the ledger."""

    _name = "coop.share.register"
    _description = "Register of Members at a Date"

    date = fields.Date(required=True, default=fields.Date.context_today)
    company_id = fields.Many2one(
        comodel_name="res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    register_capital = fields.Monetary(compute="_compute_check")
    ledger_capital = fields.Monetary(compute="_compute_check")
    register_paid = fields.Monetary(
        string="Register Capital Paid", compute="_compute_check"
    )
    ledger_paid = fields.Monetary(
        string="Ledger Capital Paid (1013)", compute="_compute_check"
    )
    register_called_unpaid = fields.Monetary(
        string="Register Called Not Paid", compute="_compute_check"
    )
    ledger_called_unpaid = fields.Monetary(
        string="Ledger Called Not Paid (1012)", compute="_compute_check"
    )
    ledger_members_called = fields.Monetary(
        string="Owed by Members on Called Capital (4562)", compute="_compute_check"
    )
    register_uncalled = fields.Monetary(
        string="Register Not Called", compute="_compute_check"
    )
    ledger_uncalled = fields.Monetary(
        string="Ledger Not Called (1011)", compute="_compute_check"
    )
    ledger_members_uncalled = fields.Monetary(
        string="Owed by Members on Uncalled Capital (109)", compute="_compute_check"
    )
    is_balanced = fields.Boolean(
        string="Register Agrees with Ledger", compute="_compute_check"
    )
    file_data = fields.Binary(string="File", readonly=True, attachment=False)
    file_name = fields.Char(readonly=True)

    @api.depends("date", "company_id")
    def _compute_check(self):
        for wizard in self:
            check = self.env["coop.share.movement"]._coop_check_ledger(
                wizard.company_id, wizard.date
            )
            # The check's keys are the names of the fields showing them.
            wizard.update({name: check[name] for name in check if name in self._fields})
            wizard.is_balanced = check["balanced"]

    def action_export_xlsx(self):
        self.ensure_one()
        self.write(
            {
                "file_data": base64.b64encode(
                    self.env["coop.share.movement"]._coop_register_xlsx(
                        self.company_id, self.date
                    )
                ),
                "file_name": self.env._(
                    "register_of_members_%(date)s.xlsx", date=self.date
                ),
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/file_data/"
            f"{self.file_name}?download=true",
            "target": "self",
        }
