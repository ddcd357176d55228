# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io
import zipfile

from .common import CoopCaeCase


class TestImpactReport(CoopCaeCase):
    """Figures for 2031 on a dataset built here, against a hand count."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Cape = cls.env["coop.cape.contract"]
        Cesa = cls.env["coop.cesa.contract"]
        Candidate = cls.env["coop.candidate"]

        def person(name, situation, benefit, decision_date, decision="cape"):
            candidate = Candidate.create(
                {
                    "name": name,
                    "trade_name": f"Activité {name}",
                    "employment_situation": situation,
                    "minimum_benefit": benefit,
                    "decision": decision,
                    "decision_reason": "Viable",
                    "decision_date": decision_date,
                }
            )
            candidate.action_admit()
            return candidate.employee_id

        def cape(employee, start, end):
            contract = Cape.create(
                {
                    "employee_id": employee.id,
                    "signature_date": start,
                    "date_start": start,
                    "date_end": end,
                }
            )
            contract.action_start()
            return contract

        def cesa(employee, start):
            contract = Cesa.create(
                {
                    "employee_id": employee.id,
                    "signature_date": start,
                    "date_start": start,
                }
            )
            contract.action_start()
            return contract

        # A: admitted 2030, CAPE over 2030-2031, then CESA from 2031-07-01.
        a = person("A", "unemployed_benefits", "rsa", "2030-11-15")
        cape(a, "2030-12-01", "2031-06-30").action_end()
        cesa(a, "2031-07-01")
        # B: admitted 2031 (unemployed, RSA), CAPE 2031, stopped after 5 months.
        b = person("B", "unemployed_no_benefits", "rsa", "2031-01-10")
        cape(b, "2031-02-01", "2032-01-31")
        b._coop_exit(cls._date("2031-06-30"), "activity_stopped")
        # C: admitted 2031 (employed part time, no benefit), CAPE from 2031-03.
        c = person("C", "employed", "none", "2031-02-20")
        cape(c, "2031-03-01", "2032-02-29")
        # D: admitted 2031 (unemployed, other minimum benefit), straight to CESA,
        # leaves for a salaried job in 2031.
        d = person("D", "unemployed_benefits", "other", "2031-04-01", "cesa")
        cesa(d, "2031-04-15")
        d._coop_exit(cls._date("2031-10-31"), "salaried_job")
        # E: admitted 2031 (unemployed with benefits), CAPE from 2031-09, no exit.
        e = person("E", "unemployed_benefits", "none", "2031-08-20")
        cape(e, "2031-09-01", "2032-08-31")
        # F: admitted 2029, CAPE 2029-2030 ended, own company in 2030: out of
        # the period but accompanied since the start.
        f = person("F", "student", "none", "2029-01-10")
        cape(f, "2029-02-01", "2030-01-31").action_end()
        f._coop_exit(cls._date("2030-02-15"), "own_company")
        # G: admitted in 2031, CAPE in 2032 only: not yet started in 2031.
        g = person("G", "unemployed_no_benefits", "none", "2031-12-15")
        cape(g, "2032-01-05", "2032-12-31")
        # H: activity started in 2031 and stopped 13 months later (2032):
        # out of the failure window, and the exit is outside 2031.
        h = person("H", "other", "none", "2030-12-20")
        cape(h, "2031-01-01", "2031-12-31")
        h._coop_exit(cls._date("2032-02-01"), "activity_stopped")
        cls.report = cls.env["coop.impact.report"].with_user(cls.staff_user)

    @classmethod
    def _date(cls, value):
        from datetime import date

        return date.fromisoformat(value)

    def test_figures_2031_match_the_hand_count(self):
        report = self.report.create(
            {"date_from": "2031-01-01", "date_to": "2031-12-31"}
        )
        # CAPEs in effect during 2031: A, B, C, E, H (G starts in 2032, F ended
        # in 2030).
        self.assertEqual(report.active_cape_count, 5)
        # Under CESA in 2031: A and D.
        self.assertEqual(report.cesa_count, 2)
        # Admitted in 2031: B, C, D, E, G = 5; unemployed: B, D, E, G = 4 (80%);
        # on a minimum benefit: B (RSA), D (other) = 2 (40%).
        self.assertEqual(report.entrant_count, 5)
        self.assertAlmostEqual(report.unemployed_share, 80.0)
        self.assertAlmostEqual(report.minimum_benefit_share, 40.0)
        # Started by the end of 2031: A, B, C, D, E, F, H = 7 (not G).
        self.assertEqual(report.accompanied_count, 7)
        # Exits in 2031: B (activity stopped), D (salaried job).
        self.assertEqual(report.exit_activity_stopped, 1)
        self.assertEqual(report.exit_salaried_job, 1)
        self.assertEqual(report.exit_own_company, 0)
        self.assertEqual(report.exit_training, 0)
        self.assertEqual(report.exit_other, 0)
        # Started in 2031: B, C, D, E, H = 5 (A started in 2030); stopped
        # within 12 months: B only (H after 13 months) = 20%.
        self.assertEqual(report.started_count, 5)
        self.assertEqual(report.failure_count, 1)
        self.assertAlmostEqual(report.failure_rate, 20.0)

    def test_figures_2030(self):
        report = self.report.create(
            {"date_from": "2030-01-01", "date_to": "2030-12-31"}
        )
        # CAPEs in 2030: A (from Dec) and F (until Jan).
        self.assertEqual(report.active_cape_count, 2)
        self.assertEqual(report.cesa_count, 0)
        # Admitted in 2030: A and H; unemployed: A; minimum benefit: A.
        self.assertEqual(report.entrant_count, 2)
        self.assertAlmostEqual(report.unemployed_share, 50.0)
        self.assertEqual(report.exit_own_company, 1)
        self.assertEqual(report.accompanied_count, 2)

    def test_figures_on_the_model(self):
        figures = self.env["coop.impact.figures"]._coop_impact_figures(
            self._date("2031-01-01"), self._date("2031-12-31"), 12
        )
        self.assertEqual(figures["active_cape_count"], 5)
        self.assertEqual(figures["entrant_count"], 5)
        self.assertEqual(figures["exit_salaried_job"], 1)
        self.assertEqual(figures["failure_count"], 1)
        # H stopped 13 months after the start: a failure within 13 months.
        figures = self.env["coop.impact.figures"]._coop_impact_figures(
            self._date("2031-01-01"), self._date("2031-12-31"), 13
        )
        self.assertEqual(figures["failure_count"], 2)
        self.assertAlmostEqual(figures["failure_rate"], 40.0)

    def test_xlsx_export(self):
        report = self.report.create(
            {"date_from": "2031-01-01", "date_to": "2031-12-31"}
        )
        # The dialog's button opens the XLSX report (report_xlsx's download).
        action = report.action_export_xlsx()
        self.assertEqual(
            (action["report_type"], action["report_name"]),
            ("xlsx", "coop_cae.impact_xlsx"),
        )
        content, content_type = (
            self.env["ir.actions.report"]
            .with_user(self.staff_user)
            ._render_xlsx(action["report_name"], report.ids, action.get("data"))
        )
        self.assertEqual(content_type, "xlsx")
        with zipfile.ZipFile(io.BytesIO(content)) as xlsx:
            strings = xlsx.read("xl/sharedStrings.xml").decode()
            sheet = xlsx.read("xl/worksheets/sheet1.xml").decode()
        self.assertIn("Active CAPE Contracts", strings)
        self.assertIn("Failure Rate (%)", strings)
        # Dates as the user reads them (English here: 01/01/2031), not ISO.
        self.assertIn("From 01/01/2031 to 12/31/2031", strings)
        self.assertIn("<v>5</v>", sheet)
        self.assertIn("<v>80</v>", sheet)
