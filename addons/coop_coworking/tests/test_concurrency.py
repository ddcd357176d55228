# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import threading
import time

from odoo import SUPERUSER_ID, api
from odoo.exceptions import ValidationError
from odoo.modules.registry import Registry
from odoo.tests import BaseCase, get_db_name, tagged

from .common import paris


def race(case, model, first_vals, second_vals):
    """Create `first_vals` in one real transaction and, while it is open,
    `second_vals` in another, which the exclusion constraint makes wait; then
    commit the first. Asserts that the second was refused cleanly, with a
    ValidationError and nothing left behind; returns the first record's id and
    the second's error message."""
    outcome = {}
    first_cr = case.registry.cursor()
    try:
        first_env = api.Environment(first_cr, SUPERUSER_ID, {})
        first_id = first_env[model].create(first_vals).id

        def create_the_second():
            with case.registry.cursor() as second_cr:
                env = api.Environment(second_cr, SUPERUSER_ID, {})
                try:
                    env[model].create(second_vals)
                except ValidationError as error:
                    outcome["error"] = str(error)
                    second_cr.rollback()
                except Exception as error:  # reported by the assertions below
                    outcome["unexpected"] = repr(error)
                    second_cr.rollback()
                else:
                    outcome["created"] = True

        second = threading.Thread(target=create_the_second)
        second.start()
        # Let the second transaction reach the INSERT and wait on our lock.
        time.sleep(1.0)
        case.assertTrue(second.is_alive(), "the second INSERT should be waiting")
        first_cr.commit()
    finally:
        first_cr.close()
    second.join(timeout=30)
    case.assertFalse(second.is_alive())
    case.assertNotIn("unexpected", outcome)
    case.assertNotIn("created", outcome)
    return first_id, outcome["error"]


@tagged("post_install", "-at_install")
class TestConcurrentBooking(BaseCase):
    """Two real transactions book the same slot at the same instant. Neither
    sees the other's uncommitted slot, so both pass the Python check; the
    exclusion constraint makes the second INSERT wait for the first
    transaction, then refuses it when the first commits. Exactly one booking
    is saved; the other user gets the clear message and nothing of theirs is
    left in the database."""

    def setUp(self):
        super().setUp()
        self.registry = Registry(get_db_name())
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            self.resource_id = (
                env["coop.coworking.resource"]
                .create({"name": "Salle Concurrence", "max_advance_days": 0})
                .id
            )
        self.addCleanup(self._cleanup)

    def _cleanup(self):
        # Through the ORM, so that the bookings' chatter messages go too.
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            resource = env["coop.coworking.resource"].browse(self.resource_id)
            env["coop.coworking.booking"].search(
                [("resource_id", "=", resource.id)]
            ).unlink()
            resource.unlink()

    def _vals(self, start, stop):
        return {
            "booker_type": "staff",
            "user_id": SUPERUSER_ID,
            "resource_id": self.resource_id,
            "start": paris(start),
            "stop": paris(stop),
        }

    def test_two_transactions_same_slot_exactly_one_wins(self):
        first_id, error = race(
            self,
            "coop.coworking.booking",
            self._vals("2026-03-02 09:00", "2026-03-02 11:00"),
            self._vals("2026-03-02 10:00", "2026-03-02 12:00"),
        )
        self.assertIn("Salle Concurrence is already booked from", error)
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            bookings = env["coop.coworking.booking"].search(
                [("resource_id", "=", self.resource_id)]
            )
            self.assertEqual(bookings.ids, [first_id])
            self.assertEqual(
                env["coop.coworking.booking.line"].search_count(
                    [("resource_id", "=", self.resource_id)]
                ),
                1,
            )


@tagged("post_install", "-at_install")
class TestConcurrentLoan(BaseCase):
    """Two real transactions lend the same equipment over overlapping periods
    at the same instant: the loans' exclusion constraint lets exactly one
    through; the other borrower gets the clear message naming the loan."""

    def setUp(self):
        super().setUp()
        self.registry = Registry(get_db_name())
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            self.resource_id = (
                env["coop.coworking.resource"]
                .create(
                    {
                        "name": "PC Concurrence",
                        "kind": "equipment",
                        "is_lendable": True,
                        "max_advance_days": 0,
                    }
                )
                .id
            )
        self.addCleanup(self._cleanup)

    def _cleanup(self):
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            resource = env["coop.coworking.resource"].browse(self.resource_id)
            env["coop.coworking.loan"].search(
                [("resource_id", "=", resource.id)]
            ).unlink()
            resource.unlink()

    def _vals(self, candidate, start, due):
        return {
            "resource_id": self.resource_id,
            "borrower_type": "candidate",
            "candidate_name": candidate,
            "responsible_id": SUPERUSER_ID,
            "date_start": paris(start),
            "date_due": paris(due),
        }

    def test_two_transactions_same_equipment_exactly_one_wins(self):
        first_id, error = race(
            self,
            "coop.coworking.loan",
            self._vals("Léa Martin", "2026-03-02 09:00", "2026-03-09 17:00"),
            self._vals("Hugo Lemaire", "2026-03-05 09:00", "2026-03-12 17:00"),
        )
        self.assertRegex(
            error,
            # The other transaction's loan is not visible yet: the start
            # comes from PostgreSQL's refusal, with no due date.
            r"PC Concurrence is already lent from 03/02/2026 \d\d:00 and has not "
            r"come back\.",
        )
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            loans = env["coop.coworking.loan"].search(
                [("resource_id", "=", self.resource_id)]
            )
            self.assertEqual(loans.ids, [first_id])
