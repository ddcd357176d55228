# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class CoopShareRegister(models.TransientModel):
    """The register of members at a date: its ledger check, its XLSX export
    (the report coop_cae_shares.register_xlsx)."""

    _name = "coop.share.register"
    _description = "Register of Members at a Date"

    date = fields.Date(required=True, default=fields.Date.context_today)
    company_id = fields.Many2one(
        comodel_name="res.company", required=True, default=lambda self: self.env.company
    )
    check_html = fields.Html(string="Check", compute="_compute_check")
    is_balanced = fields.Boolean(
        string="Register Agrees with Ledger", compute="_compute_check"
    )

    @api.depends("date", "company_id")
    def _compute_check(self):
        for wizard in self:
            check = self.env["coop.share.movement"]._coop_check_ledger_html(
                wizard.company_id, wizard.date
            )
            wizard.check_html, wizard.is_balanced = check["html"], check["balanced"]

    def action_export_xlsx(self):
        self.ensure_one()
        report = self.env.ref("coop_cae_shares.coop_share_register_xlsx_report")
        return report.report_action(self)
