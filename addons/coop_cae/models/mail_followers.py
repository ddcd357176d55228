# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models
from odoo.fields import Domain

from .coop_fence import coop_document_domain, coop_is_fenced


class MailFollowers(models.Model):
    _inherit = "mail.followers"

    def _search(self, domain, *args, bypass_access=False, **kwargs):
        # Mail lets every employee read every follower: an entrepreneur reads
        # those of the documents they may read, and their own.
        if not bypass_access and coop_is_fenced(self.env):
            domain = Domain(domain) & (
                Domain("partner_id", "=", self.env.user.partner_id.id)
                | coop_document_domain(self.env, "res_model", "res_id")
            )
        return super()._search(domain, *args, bypass_access=bypass_access, **kwargs)

    def _check_access(self, operation):
        result = super()._check_access(operation)
        if result or not self._ids or not coop_is_fenced(self.env):
            return result
        return self._coop_check_fenced_access(operation)
