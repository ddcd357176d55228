# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict
from datetime import datetime, timedelta

import pytz

from odoo import fields, models


class CoopCoworkingBooking(models.Model):
    """Prices and members' free quotas of bookings."""

    _inherit = "coop.coworking.booking"

    currency_id = fields.Many2one(related="company_id.currency_id")
    free_hours = fields.Float(
        readonly=True,
        copy=False,
        aggregator="sum",
        help="Hours taken from the member's monthly free quota, set on confirmation.",
    )
    paid_hours = fields.Float(readonly=True, copy=False, aggregator="sum")
    amount = fields.Monetary(readonly=True, copy=False, aggregator="sum")

    def _coop_compute_price(self):
        """Free and paid hours, and the price, of bookings being confirmed.
        Members (entrepreneurs) book for free within their monthly quota for the
        kind of resource; outside organisations pay every hour; staff and
        candidates in diagnostic use the space for the cooperative itself.
        The quota already used is read in one grouped query for all bookings."""
        members = self.filtered(lambda b: b.booker_type == "entrepreneur")
        used = defaultdict(float)
        if members:
            months = {self._coop_month(b.start) for b in members}
            first = min(months)
            last = max(months)
            previous = self.sudo().search_fetch(
                [
                    ("employee_id", "in", members.employee_id.ids),
                    ("state", "in", ("confirmed", "done", "no_show")),
                    ("start", ">=", first - timedelta(days=1)),
                    ("start", "<", self._coop_next_month(last) + timedelta(days=1)),
                    ("id", "not in", self.ids),
                ],
                ["employee_id", "resource_kind", "start", "free_hours"],
            )
            for booking in previous:
                key = (
                    booking.employee_id.id,
                    booking.resource_kind,
                    self._coop_month(booking.start),
                )
                used[key] += booking.free_hours
        for booking in self.sorted("start"):
            resources = booking.resource_id | booking.extra_resource_ids
            hours = booking.duration
            free = 0.0
            if booking.booker_type in ("staff", "candidate"):
                free = hours
            elif booking.booker_type == "entrepreneur":
                key = (
                    booking.employee_id.id,
                    booking.resource_kind,
                    self._coop_month(booking.start),
                )
                quota = booking.company_id._coop_coworking_quota(booking.resource_kind)
                free = hours if not quota else max(0.0, min(hours, quota - used[key]))
                used[key] += free
            paid = hours - free
            booking.sudo().write(
                {
                    "free_hours": free,
                    "paid_hours": paid,
                    "amount": sum(r._coop_price(paid) for r in resources),
                }
            )

    def _coop_month(self, value):
        """First day of the month of `value` in the cooperative's time zone, so
        that a booking on the 1st at 00:30 Paris time counts in its own month."""
        tz = pytz.timezone(self.env.company._coop_tz())
        if isinstance(value, datetime):
            value = pytz.utc.localize(value).astimezone(tz).date()
        return value.replace(day=1)

    @staticmethod
    def _coop_next_month(first_day):
        return (first_day + timedelta(days=32)).replace(day=1)
