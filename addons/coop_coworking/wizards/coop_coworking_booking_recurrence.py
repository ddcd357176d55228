# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopCoworkingBookingRecurrence(models.TransientModel):
    _name = "coop.coworking.booking.recurrence"
    _description = "Repeat a Coworking Booking"

    booking_id = fields.Many2one(
        comodel_name="coop.coworking.booking", required=True, ondelete="cascade"
    )
    frequency = fields.Selection(
        selection=[("weekly", "Every Week"), ("monthly", "Every Month")],
        required=True,
        default="weekly",
    )
    count = fields.Integer(
        string="Occurrences",
        required=True,
        default=4,
        help="How many bookings to add after the first one.",
    )

    _count_positive = models.Constraint(
        "CHECK(count > 0 AND count <= 104)",
        "A booking repeats between 1 and 104 times.",
    )

    def action_apply(self):
        self.ensure_one()
        copies = self.booking_id._coop_repeat(self.frequency, self.count)
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Repeated Bookings"),
            "res_model": "coop.coworking.booking",
            "view_mode": "list,form",
            "domain": [("id", "in", (self.booking_id | copies).ids)],
        }
