# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The entrepreneur books a room in a real browser (headless Chromium, Odoo's
tours), and a double booking made the way the web client saves it comes back
as a clear French message. Skipped, as Odoo skips tours, when no Chromium is
installed (bin/test installs it when it can)."""

from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.coop_cae.tests.common import JsonRpcRefusals

from .common import paris


@tagged("post_install", "-at_install")
class TestBookARoom(JsonRpcRefusals, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        groups = "base.group_user,coop_cae.coop_cae_group_entrepreneur"
        # Odoo's tours log in with the login as password.
        cls.sandrine_user = new_test_user(
            cls.env, login="tour_sandrine", groups=groups, tz="Europe/Paris"
        )
        cls.julien_user = new_test_user(
            cls.env, login="tour_julien", groups=groups, tz="Europe/Paris"
        )
        cls.sandrine, cls.julien = cls.env["hr.employee"].create(
            [
                {
                    "name": "Sandrine Leclercq",
                    "is_entrepreneur": True,
                    "coop_trade_name": "Savonnerie",
                    "user_id": cls.sandrine_user.id,
                },
                {
                    "name": "Julien Caron",
                    "is_entrepreneur": True,
                    "coop_trade_name": "Sophrologie",
                    "user_id": cls.julien_user.id,
                },
            ]
        )
        # Open day and night, booked any day ahead: the tour books today.
        cls.room = cls.env["coop.coworking.resource"].create(
            {"name": "Salle Germinal", "kind": "room", "max_advance_days": 0}
        )

    def test_entrepreneur_books_a_room_from_her_calendar(self):
        self.start_tour("/odoo", "coop_coworking_book_a_room", login="tour_sandrine")
        booking = self.env["coop.coworking.booking"].search(
            [("resource_id", "=", self.room.id)]
        )
        self.assertEqual(len(booking), 1)
        self.assertEqual(booking.employee_id, self.sandrine)
        self.assertEqual(booking.user_id, self.sandrine_user)
        self.assertEqual(booking.booker_type, "entrepreneur")
        self.assertEqual(booking.state, "requested")
        self.assertEqual(booking.duration, 2.0)
        self.assertEqual(booking.purpose, "Atelier savon avec des clientes")

    def test_double_booking_says_so_in_french(self):
        self.env["coop.coworking.booking"].with_user(self.julien_user).create(
            {
                "resource_id": self.room.id,
                "start": paris("2026-03-02 09:00"),
                "stop": paris("2026-03-02 11:00"),
            }
        )
        self.env["res.lang"]._activate_lang("fr_FR")
        self.sandrine_user.lang = "fr_FR"
        self.authenticate("tour_sandrine", "tour_sandrine")
        # What the booking form's Save sends.
        message = self.assertRpcRefused(
            "ValidationError",
            r"Ce créneau n'est pas libre",
            "coop.coworking.booking",
            "web_save",
            [
                [],
                {
                    "resource_id": self.room.id,
                    "start": "2026-03-02 09:30:00",
                    "stop": "2026-03-02 10:30:00",
                },
            ],
            {"specification": {"name": {}}, "context": {"lang": "fr_FR"}},
        )
        self.assertIn("Salle Germinal est déjà réservé du", message)
        self.assertNotIn("Traceback", message)
        self.assertFalse(
            self.env["coop.coworking.booking"].search_count(
                [("employee_id", "=", self.sandrine.id)]
            )
        )
