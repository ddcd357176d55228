# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    def _creation_message(self):
        # Data files are loaded without a language (odoo/tools/convert.py), and
        # so are crons: "%s created" then falls back to the user's language
        # while the model's name stays English ("Employee créé" in the demo).
        # Read both in the user's language, as mail does for its templates.
        if not self.env.context.get("lang"):
            return super(MailThread, self._fallback_lang())._creation_message()
        return super()._creation_message()
