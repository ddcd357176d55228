# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo.exceptions import ValidationError

from .common import CoopCoworkingCase, paris


class TestLoan(CoopCoworkingCase):
    def _lend(self, start="2026-03-02 09:00", due="2026-03-09 17:00", **vals):
        return (
            self.env["coop.coworking.loan"]
            .with_user(self.staff_user)
            .create(
                {
                    "resource_id": self.laptop.id,
                    "borrower_type": "candidate",
                    "candidate_name": "Léa Martin",
                    "date_start": paris(start),
                    "date_due": paris(due),
                    "condition_out": "Bon état",
                    **vals,
                }
            )
        )

    def test_loan_overdue_raises_one_alert(self):
        loan = self._lend()
        with freeze_time("2026-03-09 15:59:59"):
            self.assertFalse(loan.is_overdue)
            self.assertFalse(self.env["coop.coworking.loan"]._cron_alert_overdue())
        with freeze_time("2026-03-09 16:00:01"):
            loan.invalidate_recordset(["is_overdue"])
            self.assertTrue(loan.is_overdue)
            self.assertEqual(
                self.env["coop.coworking.loan"].search([("is_overdue", "=", True)]),
                loan,
            )
            self.assertEqual(
                self.env["coop.coworking.loan"]._cron_alert_overdue(), loan
            )
            self.assertFalse(self.env["coop.coworking.loan"]._cron_alert_overdue())
        activity = loan.activity_ids
        self.assertEqual(activity.user_id, self.staff_user)
        self.assertIn("Overdue equipment", activity.summary)

    def test_returned_loan_is_not_overdue(self):
        loan = self._lend()
        with freeze_time("2026-03-08 10:00:00"):
            loan.action_return()
        with freeze_time("2026-03-20 10:00:00"):
            loan.invalidate_recordset(["is_overdue"])
            self.assertFalse(loan.is_overdue)
            self.assertEqual(loan.state, "returned")

    def test_equipment_on_loan_cannot_be_booked(self):
        self._lend()
        with self.assertRefused(ValidationError, "is on loan"):
            self._book(self.laptop, "2026-03-10 10:00", "2026-03-10 12:00")

    def test_equipment_is_lent_once_and_not_while_booked(self):
        self._book(self.laptop, "2026-03-03 10:00", "2026-03-03 12:00")
        with self.assertRefused(ValidationError, "is booked from"):
            self._lend()
        self._lend(start="2026-03-04 09:00", due="2026-03-06 17:00")
        with self.assertRefused(ValidationError, "already lent"):
            self._lend(start="2026-03-05 09:00", due="2026-03-12 17:00")

    def test_lend_only_lendable_equipment(self):
        with self.assertRefused(ValidationError, "cannot be lent"):
            self._lend(resource_id=self.projector.id)

    def test_database_refuses_overlapping_loans_in_one_batch(self):
        vals = {
            "resource_id": self.laptop.id,
            "borrower_type": "candidate",
            "candidate_name": "Léa Martin",
        }
        with self.assertRefused(
            ValidationError,
            r"PC portable diagnostic 1 is already lent from 03/02/2026 09:00 and "
            r"has not come back\.",
        ):
            self.env["coop.coworking.loan"].with_user(self.staff_user).create(
                [
                    {
                        **vals,
                        "date_start": paris("2026-03-02 09:00"),
                        "date_due": paris("2026-03-09 17:00"),
                    },
                    {
                        **vals,
                        "date_start": paris("2026-03-05 09:00"),
                        "date_due": paris("2026-03-12 17:00"),
                    },
                ]
            )
        self.assertFalse(
            self.env["coop.coworking.loan"].search(
                [("resource_id", "=", self.laptop.id)]
            )
        )

    def test_returned_equipment_can_be_lent_again(self):
        loan = self._lend()
        loan.date_returned = paris("2026-03-04 12:00")
        self._lend(start="2026-03-04 12:00", due="2026-03-06 17:00")

    def test_already_lent_message_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self._lend()
        Loan = (
            self.env["coop.coworking.loan"]
            .with_user(self.staff_user)
            .with_context(lang="fr_FR")
        )
        with self.assertRefused(
            ValidationError,
            r"PC portable diagnostic 1 est déjà prêté du 02/03/2026 09:00 au "
            r"09/03/2026 17:00\.",
        ):
            Loan.create(
                {
                    "resource_id": self.laptop.id,
                    "borrower_type": "candidate",
                    "candidate_name": "Hugo Lemaire",
                    "date_start": paris("2026-03-05 09:00"),
                    "date_due": paris("2026-03-12 17:00"),
                }
            )

    def test_loan_due_before_it_starts_gets_a_clear_message(self):
        with self.assertRefused(
            ValidationError,
            r"^A loan is due back after it starts: the equipment lent on "
            r"03/02/2026 09:00 cannot be due on 03/01/2026 17:00\.$",
        ):
            self._lend(due="2026-03-01 17:00")
        loan = self._lend()
        with self.assertRefused(ValidationError, "cannot come back before it was lent"):
            loan.date_returned = paris("2026-03-01 12:00")
        with self.assertRefused(ValidationError, "is due back after it starts"):
            loan.date_due = paris("2026-03-02 09:00")
        self.assertFalse(loan.date_returned)

    def test_overdue_equipment_refusal_shows_no_past_due_date(self):
        self._lend()
        with freeze_time("2026-03-12 10:00:00"):
            with self.assertRefused(
                ValidationError,
                r"PC portable diagnostic 1 is on loan since 03/02/2026 09:00 and is "
                r"overdue: it has not come back yet\.",
            ):
                self._book(self.laptop, "2026-03-13 10:00", "2026-03-13 12:00")
