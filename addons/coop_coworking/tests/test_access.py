# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError

from .common import CoopCoworkingCase, paris


class TestAccess(CoopCoworkingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.julien_booking = cls._book(
            cls.room,
            "2026-03-02 09:00",
            "2026-03-02 11:00",
            user=cls.julien_user,
            purpose="Séance de sophrologie avec un client",
        )
        cls.julien_loan = cls.env["coop.coworking.loan"].create(
            {
                "resource_id": cls.laptop.id,
                "borrower_type": "entrepreneur",
                "employee_id": cls.julien.id,
                "date_start": paris("2026-03-02 09:00"),
                "date_due": paris("2026-03-09 17:00"),
            }
        )

    def test_entrepreneur_books_for_themselves_by_default(self):
        booking = (
            self.env["coop.coworking.booking"]
            .with_user(self.marie_user)
            .create(
                {
                    "resource_id": self.room.id,
                    "start": paris("2026-03-02 11:00"),
                    "stop": paris("2026-03-02 12:00"),
                }
            )
        )
        self.assertEqual(booking.booker_type, "entrepreneur")
        self.assertEqual(booking.sudo().employee_id, self.marie)
        self.assertEqual(booking.user_id, self.marie_user)
        self.assertEqual(booking.partner_id, self.marie.sudo().work_contact_id)

    def test_entrepreneur_cannot_read_another_booking(self):
        Booking = self.env["coop.coworking.booking"].with_user(self.marie_user)
        self.assertFalse(Booking.search([]))
        with self.assertRaises(AccessError):
            Booking.browse(self.julien_booking.id).read(["purpose"])
        with self.assertRaises(AccessError):
            Booking.browse(self.julien_booking.id).write({"purpose": "Mine now"})
        Line = self.env["coop.coworking.booking.line"].with_user(self.marie_user)
        self.assertFalse(Line.search([]))

    def test_entrepreneur_cannot_book_in_another_name(self):
        with self.assertRaises(AccessError):
            self._book(
                self.room,
                "2026-03-02 14:00",
                "2026-03-02 15:00",
                user=self.marie_user,
                employee=self.julien,
            )

    def test_entrepreneur_sees_other_bookings_only_as_busy(self):
        Busy = self.env["coop.coworking.busy.slot"].with_user(self.marie_user)
        slots = Busy.search([("resource_id", "=", self.room.id)])
        self.assertEqual(len(slots), 1)
        self.assertEqual(
            (slots.start, slots.stop),
            (paris("2026-03-02 09:00"), paris("2026-03-02 11:00")),
        )
        self.assertEqual(slots.display_name, "Salle Germinal: busy")
        self.assertFalse(
            {"purpose", "user_id", "employee_id", "partner_id", "name"}
            & set(Busy.fields_get())
        )
        lent = Busy.search([("resource_id", "=", self.laptop.id)])
        self.assertTrue(lent.is_loan)

    def test_entrepreneur_reads_only_their_own_loans(self):
        Loan = self.env["coop.coworking.loan"].with_user(self.marie_user)
        self.assertFalse(Loan.search([]))
        with self.assertRaises(AccessError):
            Loan.browse(self.julien_loan.id).read(["condition_out"])
        own = self.env["coop.coworking.loan"].with_user(self.julien_user).search([])
        self.assertEqual(own, self.julien_loan)
        with self.assertRaises(AccessError):
            own.write({"date_due": paris("2026-04-30 17:00")})

    def test_entrepreneur_cannot_change_resources(self):
        with self.assertRaises(AccessError):
            self.room.with_user(self.marie_user).write({"price_hour": 0.0})
        with self.assertRaises(AccessError):
            self.room.with_user(self.staff_user).unlink()

    def test_staff_manage_every_booking(self):
        booking = self.julien_booking.with_user(self.staff_user)
        self.assertEqual(booking.purpose, "Séance de sophrologie avec un client")
        booking.action_confirm()
        booking.action_done()
        self.assertEqual(booking.state, "done")

    def test_coworking_menu_for_entrepreneurs_and_staff(self):
        Menu = self.env["ir.ui.menu"]
        root = self.env.ref("coop_coworking.coop_coworking_menu_root")
        everything = self.env.ref("coop_coworking.coop_coworking_booking_menu")
        marie_menus = Menu.with_user(self.marie_user)._visible_menu_ids()
        self.assertIn(root.id, marie_menus)
        self.assertNotIn(everything.id, marie_menus)
        self.assertIn(
            everything.id, Menu.with_user(self.staff_user)._visible_menu_ids()
        )

    def test_views_load_for_entrepreneurs(self):
        for xmlid, model in (
            ("coop_coworking_booking_action_my", "coop.coworking.booking"),
            ("coop_coworking_busy_slot_action", "coop.coworking.busy.slot"),
        ):
            action = self.env.ref(f"coop_coworking.{xmlid}")
            modes = action.view_mode.split(",")
            views = (
                self.env[model]
                .with_user(self.marie_user)
                .get_views([(False, mode) for mode in modes])
            )
            self.assertEqual(set(views["views"]), set(modes))

    def test_entrepreneur_cannot_set_prices_or_states_directly(self):
        booking = self._book(self.room, "2026-03-02 14:00", "2026-03-02 15:00")
        for vals in ({"amount": 0.0}, {"state": "confirmed"}, {"user_id": 1}):
            with self.assertRaises(AccessError):
                booking.write(vals)
        with self.assertRaises(AccessError):
            self._book(
                self.room, "2026-03-02 16:00", "2026-03-02 17:00", state="confirmed"
            )
        booking.write({"purpose": "Atelier", "stop": paris("2026-03-02 15:30")})
        booking.action_confirm()
        self.assertEqual(booking.state, "confirmed")

    def test_entrepreneur_cannot_book_for_a_userless_entrepreneur(self):
        userless = self.env["hr.employee"].create(
            {"name": "Sans Compte", "is_entrepreneur": True, "coop_trade_name": "X"}
        )
        with self.assertRaises(AccessError):
            self._book(
                self.room,
                "2026-03-02 16:00",
                "2026-03-02 17:00",
                user=self.marie_user,
                employee=userless,
            )

    def test_every_action_loads_for_staff(self):
        # The settings are the administrators' (their menu is base.group_system).
        actions = self.env["ir.actions.act_window"].search(
            [
                ("id", "in", self._module_action_ids()),
                ("res_model", "!=", "res.config.settings"),
            ]
        )
        self.assertGreaterEqual(len(actions), 6)
        for action in actions:
            modes = action.view_mode.split(",")
            views = (
                self.env[action.res_model]
                .with_user(self.staff_user)
                .get_views([(False, mode) for mode in modes])
            )
            self.assertEqual(set(views["views"]), set(modes), action.name)

    def _module_action_ids(self):
        return (
            self.env["ir.model.data"]
            .search(
                [
                    ("module", "=", "coop_coworking"),
                    ("model", "=", "ir.actions.act_window"),
                ]
            )
            .mapped("res_id")
        )
