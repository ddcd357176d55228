# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    coop_coworking_room_quota = fields.Float(
        string="Free Meeting Room Hours per Month",
        help="Hours of meeting room each member books for free every month. "
        "Zero: no limit, members never pay for rooms.",
    )
    coop_coworking_desk_quota = fields.Float(
        string="Free Desk Hours per Month",
        help="Hours of desk each member books for free every month. "
        "Zero: no limit, members never pay for desks.",
    )
    coop_coworking_equipment_quota = fields.Float(
        string="Free Equipment Hours per Month",
        help="Hours of equipment each member books for free every month. "
        "Zero: no limit, members never pay for equipment.",
    )

    def _coop_coworking_quota(self, kind):
        """Monthly free hours for a kind of resource; 0.0 means unlimited."""
        self.ensure_one()
        return self[f"coop_coworking_{kind}_quota"]
