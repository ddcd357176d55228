# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from ..models.coop_contribution import CONTRIBUTION_KINDS


class CoopContributionRecomputeLine(models.TransientModel):
    _name = "coop.contribution.recompute.line"
    _description = "Contribution Difference"

    wizard_id = fields.Many2one(
        comodel_name="coop.contribution.recompute", required=True, ondelete="cascade"
    )
    currency_id = fields.Many2one(related="wizard_id.currency_id")
    activity_id = fields.Many2one(comodel_name="hr.employee")
    source_move_id = fields.Many2one(comodel_name="account.move", string="Source")
    date = fields.Date()
    kind = fields.Selection(selection=CONTRIBUTION_KINDS)
    base = fields.Monetary(string="Base to Book")
    amount = fields.Monetary(string="Amount to Book")

    @api.model
    def _coop_vals_from_differences(self, differences):
        """The values of the lines showing `differences`, the dicts given by
        `coop.contribution._coop_recompute`."""
        return [
            {
                "activity_id": difference["activity"].id,
                "source_move_id": difference["source"].id,
                **{key: difference[key] for key in ("date", "kind", "base", "amount")},
            }
            for difference in differences
        ]
