# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models
from odoo.fields import Domain

from .coop_fence import coop_document_domain, coop_is_fenced


class MailNotification(models.Model):
    _inherit = "mail.notification"

    def _search(self, domain, *args, bypass_access=False, **kwargs):
        # Mail lets every employee read every notification: an entrepreneur
        # reads their own and those of the documents they may read.
        if not bypass_access and coop_is_fenced(self.env):
            domain = Domain(domain) & (
                Domain("res_partner_id", "=", self.env.user.partner_id.id)
                | Domain(
                    "mail_message_id",
                    "any!",
                    coop_document_domain(self.env, "model", "res_id"),
                )
            )
        return super()._search(domain, *args, bypass_access=bypass_access, **kwargs)

    def _check_access(self, operation):
        result = super()._check_access(operation)
        if result or not self._ids or not coop_is_fenced(self.env):
            return result
        return self._coop_check_fenced_access(operation)
