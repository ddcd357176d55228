# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class AccountMove(models.Model):
    _inherit = "account.move"

    coop_transfer_id = fields.Many2one(
        comodel_name="coop.activity.transfer",
        string="Transfer between Activities",
        index="btree_not_null",
        readonly=True,
        copy=False,
        ondelete="restrict",
    )

    def _coop_is_own_analytic_entry(self):
        # A transfer's entry puts the amount on one activity's account and its
        # counterpart on none: the activity rules must not spread it.
        return bool(self.coop_transfer_id) or super()._coop_is_own_analytic_entry()

    def _coop_fenced_move_fields(self):
        # Naming a transfer would free an entrepreneur's draft from the
        # activity rules.
        return (*super()._coop_fenced_move_fields(), "coop_transfer_id")
