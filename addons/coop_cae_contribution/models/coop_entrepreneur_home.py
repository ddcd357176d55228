# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopEntrepreneurHome(models.TransientModel):
    _inherit = "coop.entrepreneur.home"

    contribution_this_year = fields.Monetary(
        compute="_compute_contribution_this_year",
        help="The contributions of this fiscal year, booked or being booked.",
    )

    def _compute_contribution_this_year(self):
        # The staff's figure on the entrepreneur's form, of this activity only.
        contribution = self._coop_activity().sudo().coop_contribution_this_year
        for home in self:
            home.contribution_this_year = contribution

    def action_open_contributions(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "coop_cae_contribution.coop_contribution_action"
        )
        action["domain"] = [("activity_id", "=", self._coop_activity().id)]
        action["context"] = {}
        return action
