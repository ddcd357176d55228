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
