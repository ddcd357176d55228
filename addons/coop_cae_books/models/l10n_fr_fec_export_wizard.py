# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo import fields, models


class L10nFrFecExportWizard(models.TransientModel):
    _inherit = "l10n_fr.fec.export.wizard"

    coop_fec_file = fields.Binary(string="FEC File", readonly=True, attachment=False)

    def create_fec_report_action(self):
        """Odoo Community's button returns nothing: produce the file and
        download it."""
        action = super().create_fec_report_action()
        if action:
            return action
        self.ensure_one()
        self._coop_generate_file()
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/coop_fec_file/"
            f"{self.filename}?download=true",
            "target": "download",
        }

    def _coop_generate_file(self):
        """Generate the FEC into the wizard's file field; outside test mode,
        Odoo's generation also locks the fiscal year up to the end date."""
        self.ensure_one()
        result = self.generate_fec()
        self.write(
            {
                "filename": result["file_name"],
                "coop_fec_file": base64.b64encode(result["file_content"]),
            }
        )
        return result["file_content"]
