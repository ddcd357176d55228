# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io
from datetime import date

import openpyxl

from .common import CoopCoworkingCase


class TestOccupancy(CoopCoworkingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._book(cls.room, "2026-03-02 09:00", "2026-03-02 13:00").action_confirm()
        cls._book(
            cls.room, "2026-03-03 14:00", "2026-03-03 16:00", user=cls.julien_user
        ).action_confirm()
        cls.env["coop.coworking.booking"].with_user(cls.staff_user).create(
            {
                "booker_type": "staff",
                "resource_id": cls.room.id,
                "start": "2026-03-04 08:00:00",
                "stop": "2026-03-04 10:00:00",
            }
        ).action_confirm()
        # Cancelled: not occupancy.
        cls._book(cls.room, "2026-03-05 09:00", "2026-03-05 11:00").action_cancel()

    def test_report_sums_booked_and_open_hours(self):
        Report = self.env["coop.coworking.occupancy.report"].with_user(self.staff_user)
        domain = [
            ("resource_id", "=", self.room.id),
            ("date", ">=", "2026-03-02"),
            ("date", "<=", "2026-03-06"),
        ]
        groups = dict(
            (booker_type, (booked, opened))
            for booker_type, booked, opened in Report._read_group(
                domain, ["booker_type"], ["booked_hours:sum", "open_hours:sum"]
            )
        )
        self.assertEqual(groups["entrepreneur"][0], 6.0)
        self.assertEqual(groups["staff"][0], 2.0)
        # Monday to Friday, 12 hours a day.
        self.assertEqual(groups[False][1], 60.0)

    def test_xlsx_export(self):
        wizard = (
            self.env["coop.coworking.occupancy.export"]
            .with_user(self.staff_user)
            .create({"date_from": date(2026, 3, 2), "date_to": date(2026, 3, 8)})
        )
        action = wizard.action_export()
        self.assertEqual(action["report_name"], "coop_coworking.occupancy_xlsx")
        content, _type = (
            self.env["ir.actions.report"]
            .with_user(self.staff_user)
            ._render_xlsx(action["report_name"], wizard.ids, action.get("data"))
        )
        workbook = openpyxl.load_workbook(io.BytesIO(content))
        # The period as the user reads it (English here), not ISO.
        self.assertIn("03/02/2026 to 03/08/2026", workbook.active["A1"].value)
        rows = {row[0]: row for row in workbook.active.iter_rows(values_only=True)}
        room = rows["Salle Germinal"]
        # Resource, kind, open, booked, entrepreneur, staff, candidate, external, rate
        self.assertEqual(room[2:8], (60, 8, 6, 2, 0, 0))
        self.assertAlmostEqual(room[8], 8.0 / 60.0)
        self.assertEqual(rows["Bureau 1"][2], 7 * 24.0)
