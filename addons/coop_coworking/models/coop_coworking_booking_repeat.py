# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import pytz
from dateutil.relativedelta import relativedelta

from odoo import api, models
from odoo.exceptions import UserError, ValidationError

from .availability import ACTIVE_STATES, find_conflicts


class CoopCoworkingBooking(models.Model):
    """Repeating a booking every week or every month."""

    _inherit = "coop.coworking.booking"

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

    def _coop_repeat(self, frequency, count):
        """The `count` next occurrences of the booking, in the time zone of its
        resource's opening hours (else the cooperative's). Every occurrence is
        checked first and all the conflicts are reported at once; the bookings
        are created, in one batch, only when they are all free."""
        self.ensure_one()
        if self.state not in ACTIVE_STATES:
            raise UserError(self.env._("Only an active booking can be repeated."))
        tz_name = self.resource_id.resource_calendar_id.tz or self.company_id._coop_tz()
        occurrences = self._coop_occurrences(
            self.start, self.stop, frequency, count, tz_name
        )
        resources = self.resource_id | self.extra_resource_ids
        conflicts = find_conflicts(
            self.env, [(resources, begin, end) for begin, end in occurrences]
        )
        if conflicts:
            raise ValidationError(self._coop_conflict_message(conflicts))
        # The copies keep the booking's owner and booker, which entrepreneurs may
        # not set themselves: check they may change the booking, then copy it
        # as superuser (the resource rules still apply to every copy).
        self.check_access("write")
        copies = self.sudo().create(
            [
                self.copy_data({"start": begin, "stop": end, "state": "requested"})[0]
                for begin, end in occurrences
            ]
        )
        if self.state == "confirmed":
            copies.action_confirm()
        return copies
