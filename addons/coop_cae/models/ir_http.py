# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class IrHttp(models.AbstractModel):
    _inherit = "ir.http"

    def session_info(self):
        info = super().session_info()
        user = self.env.user
        # An entrepreneur without a home action of their own lands on their
        # activity's home (its figures and their to-dos), not on Discuss.
        if (
            info.get("uid")
            and not info.get("home_action_id")
            and not user._is_public()
            and not user._coop_is_staff()
        ):
            action = self.env.ref(
                "coop_cae.coop_entrepreneur_home_action",
                raise_if_not_found=False,
            )
            info["home_action_id"] = action.id if action else False
        return info
