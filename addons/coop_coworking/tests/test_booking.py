# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError

from .common import CoopCoworkingCase, paris


class TestBooking(CoopCoworkingCase):
    def test_back_to_back_bookings_allowed(self):
        first = self._book(self.room, "2026-03-02 09:00", "2026-03-02 10:00")
        second = self._book(
            self.room,
            "2026-03-02 10:00",
            "2026-03-02 11:00",
            user=self.julien_user,
        )
        self.assertEqual(first.line_ids.stop, second.line_ids.start)
        self.assertEqual((first | second).mapped("state"), ["requested"] * 2)

    def test_name_is_in_the_cooperative_language(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["coop_coworking"], ["fr_FR"], overwrite=True
        )
        self.company.partner_id.lang = "fr_FR"
        # Marie works in English; the cooperative in French.
        self.marie_user.lang = "en_US"
        booking = self._book(self.room, "2026-03-02 09:00", "2026-03-02 10:00")
        self.assertEqual(booking.name, f"{self.room.name} pour {self.marie.name}")

    def test_overlap_refused_naming_the_slot_not_the_person(self):
        self._book(self.room, "2026-03-02 09:00", "2026-03-02 11:00", purpose="Secret")
        with self.assertRefused(
            ValidationError,
            r"Salle Germinal is already booked from 03/02/2026 09:00 to "
            r"03/02/2026 11:00",
        ) as _refusal:
            self._book(
                self.room,
                "2026-03-02 10:30",
                "2026-03-02 12:00",
                user=self.julien_user,
            )
        Booking = self.env["coop.coworking.booking"]
        self.assertEqual(Booking.search_count([("resource_id", "=", self.room.id)]), 1)

    def test_message_does_not_disclose_who_booked(self):
        self._book(self.room, "2026-03-02 09:00", "2026-03-02 11:00", purpose="Secret")
        try:
            with self.env.cr.savepoint():
                self._book(
                    self.room,
                    "2026-03-02 10:00",
                    "2026-03-02 10:30",
                    user=self.julien_user,
                )
        except ValidationError as error:
            message = str(error)
        self.assertNotIn("Marie", message)
        self.assertNotIn("Secret", message)

    def test_extra_resource_is_booked_too(self):
        self._book(
            self.room,
            "2026-03-02 09:00",
            "2026-03-02 11:00",
            extra_resource_ids=[self.projector.id],
        )
        room_2 = self.room.copy({"name": "Salle Louvre-Lens"})
        with self.assertRefused(ValidationError, "Vidéoprojecteur is already booked"):
            self._book(
                room_2,
                "2026-03-02 10:00",
                "2026-03-02 12:00",
                user=self.julien_user,
                extra_resource_ids=[self.projector.id],
            )

    def test_cancelled_booking_frees_the_slot(self):
        booking = self._book(self.room, "2026-03-02 09:00", "2026-03-02 11:00")
        booking.action_cancel()
        other = self._book(
            self.room, "2026-03-02 09:00", "2026-03-02 11:00", user=self.julien_user
        )
        self.assertEqual(other.state, "requested")
        with self.assertRefused(ValidationError, "already booked"):
            booking.with_user(self.staff_user).action_reset_requested()

    def test_database_refuses_overlap_within_one_batch(self):
        """Two overlapping bookings created together pass the Python check (each
        ignores the batch); PostgreSQL's exclusion constraint refuses them with
        the same clear message, and nothing is saved."""
        Booking = self.env["coop.coworking.booking"].with_user(self.staff_user)
        vals = {"resource_id": self.room.id, "booker_type": "staff"}
        with self.assertRefused(
            ValidationError,
            r"Salle Germinal is already booked from 03/02/2026 09:00",
        ):
            Booking.create(
                [
                    dict(
                        vals,
                        start=paris("2026-03-02 09:00"),
                        stop=paris("2026-03-02 11:00"),
                    ),
                    dict(
                        vals,
                        start=paris("2026-03-02 10:00"),
                        stop=paris("2026-03-02 12:00"),
                    ),
                ]
            )
        self.assertFalse(Booking.search([("resource_id", "=", self.room.id)]))

    def test_moving_a_booking_onto_another_is_refused(self):
        self._book(self.room, "2026-03-02 09:00", "2026-03-02 11:00")
        other = self._book(
            self.room, "2026-03-02 14:00", "2026-03-02 15:00", user=self.julien_user
        )
        with self.assertRefused(ValidationError, "already booked"):
            other.write(
                {"start": paris("2026-03-02 10:00"), "stop": paris("2026-03-02 11:00")}
            )
        other.write(
            {"start": paris("2026-03-02 11:00"), "stop": paris("2026-03-02 12:00")}
        )
        self.assertEqual(other.line_ids.start, paris("2026-03-02 11:00"))

    def test_across_midnight_on_an_always_open_desk(self):
        booking = self._book(self.desk, "2026-03-02 22:00", "2026-03-03 02:00")
        self.assertEqual(booking.duration, 4.0)
        with self.assertRefused(ValidationError, "Bureau 1 is already booked"):
            self._book(
                self.desk,
                "2026-03-03 01:00",
                "2026-03-03 03:00",
                user=self.julien_user,
            )
        self._book(
            self.desk, "2026-03-03 02:00", "2026-03-03 04:00", user=self.julien_user
        )

    def test_across_midnight_refused_when_the_room_closes(self):
        with self.assertRefused(ValidationError, "Salle Germinal is closed"):
            self._book(self.room, "2026-03-02 19:00", "2026-03-03 01:00")

    def test_across_the_change_to_summer_time(self):
        """The night of 28 to 29 March 2026 in Paris lasts one hour less: a desk
        booked from 1:00 to 4:00 (wall clock) is two hours, and the next
        booking from 4:00 is back-to-back, not overlapping."""
        night = self._book(self.desk, "2026-03-29 01:00", "2026-03-29 04:00")
        self.assertEqual(night.duration, 2.0)
        self.assertEqual(night.stop - night.start, timedelta(hours=2))
        self._book(
            self.desk, "2026-03-29 04:00", "2026-03-29 06:00", user=self.julien_user
        )

    def test_opening_hours_follow_summer_time(self):
        """8:00 in Paris is 7:00 UTC in winter and 6:00 UTC in summer: the
        calendar's wall-clock opening hours hold on both sides of the change."""
        winter = self._book(self.room, "2026-03-27 08:00", "2026-03-27 10:00")
        summer = self._book(self.room, "2026-03-30 08:00", "2026-03-30 10:00")
        self.assertEqual(winter.start.hour, 7)
        self.assertEqual(summer.start.hour, 6)
        with self.assertRefused(ValidationError, "closed"):
            self._book(self.room, "2026-03-30 07:00", "2026-03-30 09:00")

    def test_weekend_and_durations_follow_the_resource_rules(self):
        with self.assertRefused(ValidationError, "closed"):
            self._book(self.room, "2026-03-07 10:00", "2026-03-07 11:00")
        with self.assertRefused(ValidationError, "at least 0.5 hours"):
            self._book(self.room, "2026-03-02 10:00", "2026-03-02 10:15")
        with self.assertRefused(ValidationError, "at most 10.0 hours"):
            self._book(self.room, "2026-03-02 08:00", "2026-03-02 19:00")

    def test_public_holiday_closes_the_room(self):
        self.env["resource.calendar.leaves"].create(
            {
                "name": "Lundi de Pâques",
                "calendar_id": self.calendar.id,
                "date_from": paris("2026-04-06 00:00"),
                "date_to": paris("2026-04-06 23:59"),
            }
        )
        with self.assertRefused(ValidationError, "Salle Germinal is closed"):
            self._book(self.room, "2026-04-06 10:00", "2026-04-06 11:00")
        self._book(self.room, "2026-04-07 10:00", "2026-04-07 11:00")

    @freeze_time("2026-03-02 08:00")
    def test_how_far_ahead(self):
        self.room.max_advance_days = 30
        self._book(self.room, "2026-03-31 10:00", "2026-03-31 11:00")
        with self.assertRefused(ValidationError, "at most 30 days ahead"):
            self._book(self.room, "2026-04-02 10:00", "2026-04-02 11:00")

    def test_end_before_start_refused(self):
        with self.assertRefused(ValidationError, "must end after it starts"):
            self._book(self.desk, "2026-03-02 10:00", "2026-03-02 09:00")

    def test_cancellation_at_the_deadline_is_in_time(self):
        booking = self._book(self.room, "2026-03-04 10:00", "2026-03-04 11:00")
        # 24 hours before 10:00 in Paris (9:00 UTC).
        with freeze_time("2026-03-03 09:00"):
            booking.action_cancel()
        self.assertEqual(booking.state, "cancelled")
        self.assertFalse(booking.is_late_cancellation)

    def test_cancellation_after_the_deadline_is_flagged(self):
        booking = self._book(self.room, "2026-03-04 10:00", "2026-03-04 11:00")
        with freeze_time("2026-03-03 09:00:01"):
            booking.action_cancel()
        self.assertTrue(booking.is_late_cancellation)
        with self.assertRefused(UserError, "Only requested or confirmed"):
            booking.action_cancel()

    def test_free_slots_of_a_day(self):
        self._book(self.room, "2026-03-02 10:00", "2026-03-02 12:00")
        self._book(
            self.room, "2026-03-02 14:00", "2026-03-02 15:00", user=self.julien_user
        )
        free = self.room._coop_free_slots(
            paris("2026-03-02 00:00"), paris("2026-03-03 00:00")
        )[self.room.id]
        self.assertEqual(
            free,
            [
                (paris("2026-03-02 08:00"), paris("2026-03-02 10:00")),
                (paris("2026-03-02 12:00"), paris("2026-03-02 14:00")),
                (paris("2026-03-02 15:00"), paris("2026-03-02 20:00")),
            ],
        )


class TestRecurrence(CoopCoworkingCase):
    def _repeat(self, booking, frequency="weekly", count=3, user=None):
        wizard = (
            self.env["coop.coworking.booking.recurrence"]
            .with_user(user or self.marie_user)
            .create({"booking_id": booking.id, "frequency": frequency, "count": count})
        )
        return wizard.action_apply()

    def test_weekly_keeps_the_wall_clock_time_across_summer_time(self):
        booking = self._book(self.room, "2026-03-23 09:00", "2026-03-23 10:00")
        action = self._repeat(booking, count=2)
        bookings = self.env["coop.coworking.booking"].search(action["domain"])
        self.assertEqual(
            bookings.sorted("start").mapped("start"),
            [
                paris("2026-03-23 09:00"),
                paris("2026-03-30 09:00"),
                paris("2026-04-06 09:00"),
            ],
        )

    def test_all_conflicts_are_reported_and_nothing_is_created(self):
        booking = self._book(self.room, "2026-03-02 09:00", "2026-03-02 10:00")
        self._book(
            self.room, "2026-03-09 09:30", "2026-03-09 10:30", user=self.julien_user
        )
        self._book(
            self.room, "2026-03-23 08:00", "2026-03-23 09:30", user=self.julien_user
        )
        with self.assertRefused(
            ValidationError,
            r"(?s)03/09/2026 09:30 to 03/09/2026 10:30.*"
            r"03/23/2026 08:00 to 03/23/2026 09:30",
        ):
            self._repeat(booking, count=4)
        self.assertEqual(
            self.env["coop.coworking.booking"].search_count(
                [("user_id", "=", self.marie_user.id)]
            ),
            1,
        )

    def test_monthly(self):
        booking = self._book(self.room, "2026-01-05 14:00", "2026-01-05 16:00")
        booking.action_confirm()
        action = self._repeat(booking, frequency="monthly", count=2)
        bookings = self.env["coop.coworking.booking"].search(action["domain"])
        self.assertEqual(
            bookings.sorted("start").mapped("start"),
            [
                paris("2026-01-05 14:00"),
                paris("2026-02-05 14:00"),
                paris("2026-03-05 14:00"),
            ],
        )
        self.assertEqual(set(bookings.mapped("state")), {"confirmed"})


class TestFrench(CoopCoworkingCase):
    def test_conflict_message_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self._book(self.room, "2026-03-02 09:00", "2026-03-02 11:00")
        Booking = (
            self.env["coop.coworking.booking"]
            .with_user(self.julien_user)
            .with_context(lang="fr_FR")
        )
        with self.assertRefused(
            ValidationError,
            r"Salle Germinal est déjà réservé du 02/03/2026 09:00 au "
            r"02/03/2026 11:00\.",
        ):
            Booking.create(
                {
                    "booker_type": "entrepreneur",
                    "employee_id": self.julien.id,
                    "resource_id": self.room.id,
                    "start": paris("2026-03-02 10:00"),
                    "stop": paris("2026-03-02 12:00"),
                }
            )


class TestTimeZone(CoopCoworkingCase):
    def test_cooperative_time_zone_calendar_then_user_then_paris(self):
        company = self.company.with_user(self.staff_user)
        self.company.resource_calendar_id.tz = "America/Guadeloupe"
        self.assertEqual(company._coop_tz(), "America/Guadeloupe")
        self.company.resource_calendar_id = False
        self.staff_user.tz = "Indian/Reunion"
        self.assertEqual(company._coop_tz(), "Indian/Reunion")
        self.staff_user.tz = False
        self.assertEqual(company._coop_tz(), "Europe/Paris")
