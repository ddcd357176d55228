# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from .common import CoopCoworkingCase


class TestPricing(CoopCoworkingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.coop_coworking_room_quota = 10.0
        # Invoicing takes the Invoicing rights on top of the coworking staff's.
        cls.staff_user.group_ids += cls.env.ref("account.group_account_invoice")
        cls.association = cls.env["res.partner"].create(
            {"name": "Association Lens Solidaire", "is_company": True}
        )

    def test_price_is_the_cheapest_of_hour_half_day_and_day(self):
        self.assertEqual(self.room._coop_price(1.0), 20.0)
        self.assertEqual(self.room._coop_price(3.5), 60.0)
        self.assertEqual(self.room._coop_price(6.0), 100.0)
        self.assertEqual(self.room._coop_price(10.0), 160.0)
        self.assertEqual(self.room._coop_price(0.0), 0.0)

    def test_quota_exactly_reached_then_exceeded(self):
        first = self._book(self.room, "2026-03-02 09:00", "2026-03-02 15:00")
        second = self._book(self.room, "2026-03-03 09:00", "2026-03-03 13:00")
        (first | second).action_confirm()
        self.assertEqual(first.free_hours + second.free_hours, 10.0)
        self.assertEqual(first.amount + second.amount, 0.0)
        third = self._book(self.room, "2026-03-04 09:00", "2026-03-04 10:00")
        third.action_confirm()
        self.assertEqual((third.free_hours, third.paid_hours), (0.0, 1.0))
        self.assertEqual(third.amount, 20.0)
        # Another member, another month: their own quota.
        julien = self._book(
            self.room,
            "2026-03-05 09:00",
            "2026-03-05 10:00",
            user=self.julien_user,
        )
        april = self._book(self.room, "2026-04-01 09:00", "2026-04-01 10:00")
        julien.action_confirm()
        april.action_confirm()
        self.assertEqual(julien.amount + april.amount, 0.0)

    def test_quota_split_within_one_booking(self):
        self._book(self.room, "2026-03-02 09:00", "2026-03-02 17:00").action_confirm()
        booking = self._book(self.room, "2026-03-03 09:00", "2026-03-03 13:00")
        booking.action_confirm()
        self.assertEqual((booking.free_hours, booking.paid_hours), (2.0, 2.0))
        self.assertEqual(booking.amount, 40.0)

    def test_cancelled_booking_gives_its_hours_back(self):
        booking = self._book(self.room, "2026-03-02 09:00", "2026-03-02 19:00")
        booking.action_confirm()
        booking.action_cancel()
        other = self._book(self.room, "2026-03-03 09:00", "2026-03-03 11:00")
        other.action_confirm()
        self.assertEqual(other.amount, 0.0)

    def test_outside_organisation_pays_and_is_invoiced(self):
        booking = (
            self.env["coop.coworking.booking"]
            .with_user(self.staff_user)
            .create(
                {
                    "booker_type": "external",
                    "partner_id": self.association.id,
                    "resource_id": self.room.id,
                    "extra_resource_ids": [self.projector.id],
                    "start": "2026-03-02 08:00:00",
                    "stop": "2026-03-02 12:00:00",
                }
            )
        )
        booking.action_confirm()
        # Room: half-day 60; projector: 4 hours at 5.
        self.assertEqual(booking.amount, 80.0)
        booking.action_invoice()
        invoice = booking.invoice_id
        self.assertEqual(invoice.partner_id, self.association)
        self.assertEqual(invoice.move_type, "out_invoice")
        self.assertEqual(invoice.amount_untaxed, 80.0)
        with self.assertRefused(UserError, "nothing to invoice"):
            booking.action_invoice()

    def test_entrepreneur_cannot_invoice(self):
        booking = self._book(self.room, "2026-03-02 09:00", "2026-03-02 10:00")
        with self.assertRefused(UserError, "Only the cooperative's staff"):
            booking.action_invoice()

    def test_client_workshop_charged_to_the_activity(self):
        self.company.coop_coworking_room_quota = 1.0
        booking = self._book(
            self.room,
            "2026-03-02 09:00",
            "2026-03-02 12:00",
            charge_mode="analytic",
            purpose="Atelier portrait pour six clients",
        )
        booking.action_confirm()
        self.assertEqual(booking.amount, 40.0)
        booking.with_user(self.staff_user).action_invoice()
        line = booking.analytic_line_id
        self.assertFalse(booking.invoice_id)
        self.assertEqual(line.amount, -40.0)
        account = self.marie.coop_analytic_account_id
        self.assertEqual(line[account.plan_id._column_name()], account)

    def test_staff_and_candidates_use_the_space_for_free(self):
        booking = (
            self.env["coop.coworking.booking"]
            .with_user(self.staff_user)
            .create(
                {
                    "booker_type": "candidate",
                    "candidate_name": "Léa Martin",
                    "resource_id": self.room.id,
                    "start": "2026-03-02 08:00:00",
                    "stop": "2026-03-02 10:00:00",
                }
            )
        )
        booking.action_confirm()
        self.assertEqual((booking.free_hours, booking.amount), (2.0, 0.0))
