# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models
from odoo.exceptions import UserError

from .coop_fence import coop_is_fenced


class PortalWizardUser(models.TransientModel):
    _inherit = "portal.wizard.user"

    def action_grant_access(self):
        self._coop_check_own_contact()
        return super().action_grant_access()

    def action_revoke_access(self):
        self._coop_check_own_contact()
        return super().action_revoke_access()

    def action_invite_again(self):
        self._coop_check_own_contact()
        return super().action_invite_again()

    def _coop_check_own_contact(self):
        """A portal user sees every document addressed to their contact: an
        entrepreneur may open the portal to their own activity's contacts only,
        never to a shared contact whom other activities invoice too."""
        if not coop_is_fenced(self.env):
            return
        own = set(self.env.user._coop_activity_ids())
        for wizard_user in self:
            if wizard_user.partner_id.coop_activity_id.id not in own:
                raise UserError(
                    self.env._(
                        "Only the cooperative's staff can open the portal to "
                        "%(contact)s: it is not one of your activity's contacts.",
                        contact=wizard_user.partner_id.display_name,
                    )
                )
