# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from .availability import SLOT_RANGE, exclusion


class CoopCoworkingBookingLine(models.Model):
    _name = "coop.coworking.booking.line"
    _description = "Coworking Booked Slot"
    _order = "start, resource_id"

    booking_id = fields.Many2one(
        comodel_name="coop.coworking.booking",
        required=True,
        index=True,
        ondelete="cascade",
    )
    resource_id = fields.Many2one(
        comodel_name="coop.coworking.resource",
        required=True,
        index=True,
        ondelete="restrict",
    )
    resource_kind = fields.Selection(related="resource_id.kind", store=True)
    start = fields.Datetime(related="booking_id.start", store=True)
    stop = fields.Datetime(related="booking_id.stop", store=True)
    duration = fields.Float(related="booking_id.duration", store=True)
    state = fields.Selection(related="booking_id.state", store=True, index=True)
    user_id = fields.Many2one(related="booking_id.user_id", store=True, index=True)
    booker_type = fields.Selection(related="booking_id.booker_type", store=True)
    company_id = fields.Many2one(related="booking_id.company_id", store=True)

    # The rule that makes double booking impossible, even for two transactions
    # at the same instant: PostgreSQL refuses an active slot whose half-open
    # range [start, stop) overlaps another active slot of the same resource.
    # Half-open, so that back-to-back slots (10:00-11:00, 11:00-12:00) pass.
    _no_double_booking = models.Constraint(
        exclusion(SLOT_RANGE, "state IN ('requested', 'confirmed')"),
        "This resource is already booked at that time.",
    )
    _one_slot_per_resource = models.UniqueIndex(
        "(booking_id, resource_id)",
        "A booking holds a resource once.",
    )
