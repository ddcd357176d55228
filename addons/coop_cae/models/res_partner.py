# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    coop_activity_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Activity",
        index="btree_not_null",
        tracking=True,
        domain="[('is_entrepreneur', '=', True)]",
        default=lambda self: self._default_coop_activity_id(),
        help="The entrepreneur whose client or supplier this contact is: only they "
        "and the staff see it. Empty for the cooperative's own contacts.",
    )

    @api.model
    def _default_coop_activity_id(self):
        parent = self.browse(self.env.context.get("default_parent_id"))
        if parent.coop_activity_id:
            return parent.coop_activity_id
        return self.env.user._coop_get_activity(self.env.company)
