# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import pytz
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class CoopCoworkingBookingRecurrence(models.TransientModel):
    _name = "coop.coworking.booking.recurrence"
    _description = "Repeat a Coworking Booking"

    booking_id = fields.Many2one(
        comodel_name="coop.coworking.booking",
        required=True,
        ondelete="cascade",
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

    @api.model
    def _coop_occurrences(self, start, stop, frequency, count, tz_name):
        """Start and end of the `count` next occurrences, as naive UTC. They
        repeat the local wall-clock time: a 9:00 booking stays at 9:00 in Paris
        after the change to summer time, one hour earlier in UTC."""
        tz = pytz.timezone(tz_name)
        local_start = pytz.utc.localize(start).astimezone(tz).replace(tzinfo=None)
        local_stop = pytz.utc.localize(stop).astimezone(tz).replace(tzinfo=None)
        step = (
            relativedelta(weeks=1) if frequency == "weekly" else relativedelta(months=1)
        )
        occurrences = []
        for index in range(1, count + 1):
            begin = tz.localize(local_start + step * index)
            end = tz.localize(local_stop + step * index)
            occurrences.append(
                (
                    begin.astimezone(pytz.utc).replace(tzinfo=None),
                    end.astimezone(pytz.utc).replace(tzinfo=None),
                )
            )
        return occurrences

    def action_apply(self):
        """Check every occurrence first and report all the conflicts at once;
        create the bookings, in one batch, only when they are all free."""
        self.ensure_one()
        booking = self.booking_id
        if booking.state not in ("requested", "confirmed"):
            raise UserError(self.env._("Only an active booking can be repeated."))
        tz_name = (
            booking.resource_id.resource_calendar_id.tz
            or self.env.user.tz
            or "Europe/Paris"
        )
        occurrences = self._coop_occurrences(
            booking.start, booking.stop, self.frequency, self.count, tz_name
        )
        resources = booking.resource_id | booking.extra_resource_ids
        Booking = self.env["coop.coworking.booking"]
        conflicts = Booking._coop_find_conflicts(
            [(resources, begin, end) for begin, end in occurrences]
        )
        if conflicts:
            raise ValidationError(Booking._coop_conflict_message(conflicts))
        # The copies keep the booking's owner and booker, which entrepreneurs may
        # not set themselves: check they may change the booking, then copy it
        # as superuser (the resource rules still apply to every copy).
        booking.check_access("write")
        copies = Booking.sudo().create(
            [
                booking.copy_data({"start": begin, "stop": end, "state": "requested"})[
                    0
                ]
                for begin, end in occurrences
            ]
        )
        if booking.state == "confirmed":
            copies.action_confirm()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Repeated Bookings"),
            "res_model": "coop.coworking.booking",
            "view_mode": "list,form",
            "domain": [("id", "in", (booking | copies).ids)],
        }
