# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo import fields, models

from ..models.account_chart_template import PAYROLL_JOURNAL, PAYROLL_JOURNAL_CODE


class CoopPayrollImport(models.TransientModel):
    """The payroll provider's monthly file, and the journal to book it in."""

    _name = "coop.payroll.import"
    _description = "Import a Payroll File"
    _check_company_auto = True

    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        readonly=True,
        default=lambda self: self.env.company,
    )
    data_file = fields.Binary(
        string="Payroll File",
        required=True,
        help="The CSV file of the payroll provider: one line per entrepreneur "
        "and month.",
    )
    filename = fields.Char()
    journal_id = fields.Many2one(
        comodel_name="account.journal",
        required=True,
        check_company=True,
        domain="[('type', '=', 'general')]",
        default=lambda self: self._default_journal_id(),
    )

    def _default_journal_id(self):
        journal = (
            self.env["account.chart.template"]
            .with_company(self.env.company)
            .ref(PAYROLL_JOURNAL, raise_if_not_found=False)
        )
        if not journal:
            Journal = self.env["account.journal"]
            journal = Journal.search(
                [
                    *Journal._check_company_domain(self.env.company),
                    ("type", "=", "general"),
                    ("code", "=", PAYROLL_JOURNAL_CODE),
                ],
                limit=1,
            )
        return journal

    def action_import(self):
        """Book the file and show the payroll lines it created."""
        self.ensure_one()
        Line = self.env["coop.payroll.line"].with_company(self.company_id)
        lines = Line._coop_import_payroll(
            base64.b64decode(self.data_file), self.journal_id
        )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "coop_cae_payroll.coop_payroll_line_action"
        )
        action["domain"] = [("id", "in", lines.ids)]
        return action
