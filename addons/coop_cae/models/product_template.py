# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError

from .coop_fence import coop_is_fenced


class ProductTemplate(models.Model):
    _inherit = "product.template"

    coop_activity_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Activity",
        index="btree_not_null",
        tracking=True,
        domain="[('is_entrepreneur', '=', True)]",
        default=lambda self: self._default_coop_activity_id(),
        help="The entrepreneur whose product or service this is: only they and "
        "the staff see it, and only they change it. Empty for the cooperative's "
        "shared catalogue, which every entrepreneur reads.",
    )

    @api.model
    def _default_coop_activity_id(self):
        # An entrepreneur's new product is their activity's; the staff's is
        # shared unless they choose an activity.
        if self.env.user._coop_is_staff():
            return False
        return self.env.user._coop_get_activity(self.env.company)

    def write(self, vals):
        if "coop_activity_id" in vals and coop_is_fenced(self.env):
            # The write rule checks the products as they were: an entrepreneur
            # could give theirs to another activity or to the shared catalogue.
            if vals["coop_activity_id"] not in self.env.user._coop_activity_ids():
                raise AccessError(
                    self.env._("You can only put your products on your own activity.")
                )
        return super().write(vals)
