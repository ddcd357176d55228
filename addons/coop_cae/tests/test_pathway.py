# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date
from unittest.mock import patch

from dateutil.relativedelta import relativedelta
from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, new_test_user

from odoo.addons.coop_cae.models.coop_months import add_months_minus, period_length

from .common import CoopCaeCase, PdfText

D = date.fromisoformat


class PathwayCase(CoopCaeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.entrepreneur = cls._create_entrepreneur(coop_stage="candidate")
        cls.Cape = cls.env["coop.cape.contract"].with_user(cls.staff_user)
        cls.Cesa = cls.env["coop.cesa.contract"].with_user(cls.staff_user)

    def _cape(self, start="2026-01-01", end="2026-12-31", signed=True, **vals):
        return self.Cape.create(
            {
                "employee_id": vals.pop("employee_id", self.entrepreneur.id),
                "date_start": start,
                "date_end": end,
                "signature_date": signed and start or False,
                **vals,
            }
        )

    def _running_cape(self, start="2026-01-01", end="2026-12-31", **vals):
        cape = self._cape(start, end, **vals)
        cape.action_start()
        return cape

    def _renew(self, cape, start, end, signed=None):
        return (
            self.env["coop.cape.renewal"]
            .with_user(self.staff_user)
            .create(
                {
                    "contract_id": cape.id,
                    "signature_date": signed or start,
                    "date_start": start,
                    "date_end": end,
                }
            )
        )

    def _count(self, model, employee=None):
        return self.env[model].search_count(
            [("employee_id", "=", (employee or self.entrepreneur).id)]
        )


class TestCapeLimits(PathwayCase):
    def test_cape_of_twelve_months_is_accepted(self):
        cape = self._running_cape("2026-01-31", "2027-01-30")
        self.assertEqual(cape.state, "running")

    def test_thirteen_month_cape_is_refused(self):
        with self.assertRefused(ValidationError, "at most 12 months"):
            self._cape("2026-01-01", "2027-01-01")
        self.assertEqual(self._count("coop.cape.contract"), 0)

    def test_dates_in_wrong_order_are_refused(self):
        with self.assertRefused(ValidationError, "before it starts"):
            self._cape("2026-06-01", "2026-05-31")
        self.assertEqual(self._count("coop.cape.contract"), 0)

    def test_unsigned_cape_cannot_run(self):
        cape = self._cape(signed=False)
        with self.assertRefused(ValidationError, "cannot run unsigned"):
            cape.action_start()
        self.assertEqual(cape.state, "draft")

    def test_cape_created_running_unsigned_is_refused(self):
        with self.assertRefused(ValidationError, "cannot run unsigned"):
            self._cape(signed=False, state="running")
        self.assertEqual(self._count("coop.cape.contract"), 0)
        cape = self._running_cape()
        with self.assertRefused(ValidationError, "cannot run unsigned"):
            cape.signature_date = False
        self.assertTrue(cape.signature_date)

    def test_renewal_is_never_deleted(self):
        cape = self._running_cape()
        renewal = self._renew(cape, "2027-01-01", "2027-06-30")
        with self.assertRefused(UserError, "never deleted"):
            renewal.unlink()
        self.assertTrue(renewal.exists())

    def test_cape_refused_to_someone_employed_full_time(self):
        with self.assertRefused(ValidationError, "employed full time"):
            self._cape(holder_employment="full_time")
        self.assertEqual(self._count("coop.cape.contract"), 0)

    def test_overlapping_capes_are_refused(self):
        self._running_cape("2026-01-01", "2026-06-30")
        with self.assertRefused(ValidationError, "cannot overlap"):
            self._cape("2026-06-30", "2026-12-31")
        self.assertEqual(self._count("coop.cape.contract"), 1)
        # The day after is fine.
        self._cape("2026-07-01", "2026-12-31")

    def test_renewal_continuing_an_overlap_is_refused(self):
        cape = self._running_cape("2026-01-01", "2026-06-30")
        self._cape("2027-01-01", "2027-06-30")
        with self.assertRefused(ValidationError, "cannot overlap"):
            self._renew(cape, "2026-07-01", "2027-03-31")

    def test_two_renewals_then_the_third_is_refused(self):
        cape = self._running_cape("2026-01-01", "2026-12-31")
        self._renew(cape, "2027-01-01", "2027-12-31")
        self._renew(cape, "2028-01-01", "2028-12-31")
        self.assertEqual(cape.renewal_count, 2)
        self.assertEqual(cape.date_effective_end, D("2028-12-31"))
        self.assertEqual(self.entrepreneur.coop_cape_end_date, D("2028-12-31"))
        with self.assertRefused(ValidationError, "renewed at most 2 times"):
            self._renew(cape, "2029-01-01", "2029-06-30")
        self.assertEqual(self.env["coop.cape.renewal"].search_count([]), 2)
        self.assertEqual(cape.date_effective_end, D("2028-12-31"))

    def test_renewal_over_twelve_months_or_with_a_gap_is_refused(self):
        cape = self._running_cape("2026-01-01", "2026-12-31")
        with self.assertRefused(ValidationError, "at most 12 months"):
            self._renew(cape, "2027-01-01", "2028-01-01")
        with self.assertRefused(ValidationError, "must start on 01/01/2027|2027-01-01"):
            self._renew(cape, "2027-02-01", "2027-12-31")
        self.assertFalse(cape.renewal_ids)

    def test_renewal_must_be_signed(self):
        cape = self._running_cape()
        renewal = Form(
            self.env["coop.cape.renewal"]
            .with_user(self.staff_user)
            .with_context(default_contract_id=cape.id)
        )
        renewal.date_start = D("2027-01-01")
        renewal.date_end = D("2027-06-30")
        with self.assertRaises(AssertionError):  # signature_date is required
            renewal.save()

    def test_start_renewal_and_early_end_create_declarations(self):
        cape = self._running_cape()
        summaries = cape.activity_ids.mapped("summary")
        self.assertEqual(len(summaries), 2)
        self.assertTrue(any("URSSAF" in s for s in summaries))
        self.assertTrue(any("France Travail" in s for s in summaries))
        self.assertEqual(cape.activity_ids.user_id, self.staff_user)
        self._renew(cape, "2027-01-01", "2027-06-30")
        self.assertEqual(len(cape.activity_ids), 4)
        wizard = (
            self.env["coop.cape.terminate"]
            .with_user(self.staff_user)
            .create(
                {"contract_id": cape.id, "date": "2027-03-15", "reason": "Job found"}
            )
        )
        wizard.action_confirm()
        self.assertEqual(cape.state, "terminated")
        self.assertEqual(cape.date_effective_end, D("2027-03-15"))
        self.assertEqual(len(cape.activity_ids), 6)
        self.assertFalse(self.entrepreneur.coop_cape_end_date)

    def test_end_alert_thirty_days_before(self):
        cape = self._running_cape("2026-01-01", "2026-12-31")
        cape.activity_ids.unlink()
        cape._coop_send_end_alerts(D("2026-11-30"))
        self.assertFalse(cape.activity_ids)
        cape._coop_send_end_alerts(D("2026-12-01"))
        self.assertEqual(len(cape.activity_ids), 1)
        cape._coop_send_end_alerts(D("2026-12-02"))
        self.assertEqual(len(cape.activity_ids), 1, "alerted once")

    def test_end_alert_in_the_support_worker_language(self):
        # The daily job runs without a language: the to-do is the worker's.
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(["coop_cae"], ["fr_FR"])
        self.staff_user.lang = "fr_FR"
        cape = self._running_cape("2026-01-01", "2026-12-31")
        cape.activity_ids.unlink()
        cape.with_context(lang=None)._coop_send_end_alerts(D("2026-12-01"))
        self.assertEqual(
            cape.activity_ids.summary,
            f"Le CAPE de {self.entrepreneur.name} se termine le 31/12/2026 : "
            "renouvelez-le, convertissez-le ou préparez la sortie.",
        )

    def test_signed_cape_is_never_deleted(self):
        cape = self._running_cape()
        with self.assertRefused(UserError, "never deleted"):
            cape.unlink()


class TestCesa(PathwayCase):
    def test_trial_period_limited_by_earlier_cape(self):
        # A CAPE of 3 months: the trial lasts at most 5 months.
        self._running_cape("2026-01-01", "2026-03-31").action_end()
        vals = {
            "employee_id": self.entrepreneur.id,
            "signature_date": "2026-04-01",
            "date_start": "2026-04-01",
        }
        with self.assertRefused(ValidationError, "must end on .*2026.*at the latest"):
            self.Cesa.create({**vals, "trial_end_date": "2026-09-01"})
        self.assertEqual(self._count("coop.cesa.contract"), 0)
        cesa = self.Cesa.create({**vals, "trial_end_date": "2026-08-31"})
        cesa.action_start()
        self.assertEqual(cesa.state, "running")
        self.assertEqual(self.entrepreneur.coop_stage, "cesa")

    def test_trial_period_without_cape_is_eight_months(self):
        vals = {"employee_id": self.entrepreneur.id, "date_start": "2026-01-01"}
        with self.assertRefused(ValidationError, "at most 8 months"):
            self.Cesa.create({**vals, "trial_end_date": "2026-09-01"})
        self.Cesa.create({**vals, "trial_end_date": "2026-08-31"})

    def test_cesa_dates_in_wrong_order_and_unsigned_are_refused(self):
        vals = {"employee_id": self.entrepreneur.id, "date_start": "2026-01-01"}
        with self.assertRefused(ValidationError, "before it starts"):
            self.Cesa.create({**vals, "date_end": "2025-12-31"})
        cesa = self.Cesa.create(vals)
        with self.assertRefused(ValidationError, "cannot start unsigned"):
            cesa.action_start()
        self.assertEqual(cesa.state, "draft")

    def test_start_writes_the_employee_contract(self):
        cesa = self.Cesa.create(
            {
                "employee_id": self.entrepreneur.id,
                "signature_date": "2026-02-01",
                "date_start": "2026-02-01",
                "fixed_pay": 1200.0,
                "trial_end_date": "2026-05-31",
            }
        )
        cesa.action_start()
        version = self.entrepreneur.version_id
        self.assertEqual(version.contract_date_start, D("2026-02-01"))
        self.assertEqual(version.wage, 1200.0)
        self.assertEqual(version.trial_date_end, D("2026-05-31"))

    def test_convert_running_cape_keeps_history(self):
        cape = self._running_cape("2026-01-01", "2026-12-31")
        wizard = (
            self.env["coop.cape.convert"]
            .with_user(self.staff_user)
            .create(
                {
                    "contract_id": cape.id,
                    "signature_date": "2026-06-25",
                    "date_start": "2026-07-01",
                    "fixed_pay": 900.0,
                    "trial_end_date": "2026-08-31",
                }
            )
        )
        action = wizard.action_confirm()
        cesa = self.env["coop.cesa.contract"].browse(action["res_id"])
        self.assertEqual(cape.state, "ended")
        self.assertEqual(cape.date_effective_end, D("2026-06-30"))
        self.assertEqual(cape.cesa_id, cesa)
        self.assertEqual(cesa.cape_id, cape)
        self.assertEqual(cesa.state, "running")
        self.assertEqual(self.entrepreneur.coop_stage, "cesa")
        self.assertEqual(self.entrepreneur.coop_activity_start_date, D("2026-01-01"))
        # 6 months of CAPE: associate by 25 June 2029 - 6 months.
        self.assertEqual(self.entrepreneur.coop_associate_deadline, D("2028-12-25"))

    def test_conversion_trial_too_long_saves_nothing(self):
        cape = self._running_cape("2026-01-01", "2026-12-31")
        wizard = (
            self.env["coop.cape.convert"]
            .with_user(self.staff_user)
            .create(
                {
                    "contract_id": cape.id,
                    "signature_date": "2026-07-01",
                    "date_start": "2026-07-01",
                    "trial_end_date": "2026-09-01",
                }
            )
        )
        with self.assertRefused(ValidationError, "trial period"):
            wizard.action_confirm()
        self.assertEqual(cape.state, "running")
        self.assertEqual(cape.date_effective_end, D("2026-12-31"))
        self.assertEqual(self._count("coop.cesa.contract"), 0)

    def test_convert_to_cesa_on_the_model(self):
        cape = self._running_cape("2026-01-01", "2026-12-31")
        cesa = cape._coop_convert_to_cesa(
            D("2026-04-01"), {"signature_date": "2026-03-25", "fixed_pay": 800.0}
        )
        self.assertEqual(cape.state, "ended")
        self.assertEqual(cape.date_terminated, D("2026-03-31"))
        self.assertEqual(cape.termination_reason, "Converted into a CESA")
        self.assertEqual(cape.cesa_id, cesa)
        self.assertEqual(
            (cesa.cape_id, cesa.employee_id, cesa.state, cesa.date_start),
            (cape, self.entrepreneur, "running", D("2026-04-01")),
        )
        self.assertEqual(cesa.fixed_pay, 800.0)
        # The CESA may start the day after the CAPE's end, not later.
        other = self._create_entrepreneur(
            "Paul Martin", "Menuiserie", coop_stage="candidate"
        )
        cape = self._running_cape("2026-01-01", "2026-06-30", employee_id=other.id)
        with self.assertRefused(UserError, "by the day after its end"):
            cape._coop_convert_to_cesa(
                D("2026-07-02"), {"signature_date": "2026-07-01"}
            )
        cesa = cape._coop_convert_to_cesa(
            D("2026-07-01"), {"signature_date": "2026-07-01"}
        )
        self.assertFalse(cape.date_terminated)
        self.assertEqual(cape.date_effective_end, D("2026-06-30"))
        with self.assertRefused(UserError, "Only a running CAPE"):
            cape._coop_convert_to_cesa(
                D("2026-07-01"), {"signature_date": "2026-07-01"}
            )

    def test_signed_terms_are_one_check(self):
        Cape, Cesa = self.env["coop.cape.contract"], self.env["coop.cesa.contract"]
        Cape._coop_check_signed_terms(
            "A", "running", D("2026-01-01"), "2026-01-01", "2026-01-01"
        )
        Cesa._coop_check_signed_terms("A", "draft", False, "2026-01-01", False)
        with self.assertRefused(ValidationError, "The CAPE of A ends on"):
            Cape._coop_check_signed_terms(
                "A", "draft", False, "2026-01-02", "2026-01-01"
            )
        with self.assertRefused(ValidationError, "The CESA of A cannot start unsigned"):
            Cesa._coop_check_signed_terms("A", "running", False, "2026-01-01", False)


class TestAssociateDeadline(PathwayCase):
    def test_period_length_counts_months_then_days(self):
        self.assertEqual(
            period_length(D("2026-03-01"), D("2026-05-31")), relativedelta(months=3)
        )
        self.assertEqual(
            period_length(D("2024-01-15"), D("2024-03-20")),
            relativedelta(months=2, days=6),
        )
        # At month ends, the month from 31 January 2024 ends on 29 February
        # (there is no 31 February), three months from it on 30 April.
        self.assertEqual(
            period_length(D("2024-01-31"), D("2024-02-28")),
            relativedelta(days=29),
        )
        self.assertEqual(
            period_length(D("2024-01-31"), D("2024-02-29")),
            relativedelta(months=1),
        )
        self.assertEqual(
            period_length(D("2024-01-31"), D("2024-04-30")),
            relativedelta(months=3),
        )

    def test_deadline_arithmetic_across_month_ends_and_29_february(self):
        cases = [
            # (CESA signature, CAPE length, deadline)
            ("2024-02-29", relativedelta(), "2027-02-28"),
            ("2024-02-29", relativedelta(months=12), "2026-02-28"),
            ("2023-02-28", relativedelta(months=12), "2025-02-28"),
            ("2025-05-31", relativedelta(months=3), "2028-02-29"),
            ("2026-03-31", relativedelta(months=1), "2029-02-28"),
            ("2026-03-31", relativedelta(months=1, days=10), "2029-02-18"),
            ("2026-01-15", relativedelta(months=2, days=20), "2028-10-26"),
        ]
        for signature, cape, expected in cases:
            with self.subTest(signature=signature, cape=cape):
                self.assertEqual(add_months_minus(D(signature), 36, cape), D(expected))

    def _cesa(self, signature, start=None, employee=None):
        cesa = self.Cesa.create(
            {
                "employee_id": (employee or self.entrepreneur).id,
                "signature_date": signature,
                "date_start": start or signature,
            }
        )
        cesa.action_start()
        return cesa

    def test_deadline_on_entrepreneur_after_a_cape(self):
        # CAPE 1 Feb - 30 Apr 2024 (3 months), CESA signed 31 May 2024.
        self._running_cape("2024-02-01", "2024-04-30").action_end()
        self._cesa("2024-05-31")
        # 31 May 2027 - 3 months = 28 Feb 2027 (month end).
        self.assertEqual(self.entrepreneur.coop_associate_deadline, D("2027-02-28"))

    def test_deadline_after_a_cape_from_a_month_end(self):
        # CAPE 31 Jan - 30 Apr 2024 (3 months: no 31 April, the third month
        # ends on the 30th), CESA signed 31 May 2024: 31 May 2024 + 33 months.
        self._running_cape("2024-01-31", "2024-04-30").action_end()
        self._cesa("2024-05-31")
        self.assertEqual(self.entrepreneur.coop_associate_deadline, D("2027-02-28"))

    def test_deadline_without_cape_from_29_february(self):
        self._cesa("2024-02-29")
        self.assertEqual(self.entrepreneur.coop_associate_deadline, D("2027-02-28"))

    def test_renewed_cape_counts_whole(self):
        cape = self._running_cape("2023-01-01", "2023-06-30")
        self._renew(cape, "2023-07-01", "2023-09-15")
        cape.action_end()
        self._cesa("2023-09-16")
        # 8 months 15 days of CAPE: 16 Sep 2026 - 8 months - 15 days.
        self.assertEqual(self.entrepreneur.coop_associate_deadline, D("2026-01-01"))

    def test_becoming_associate_clears_the_deadline(self):
        self._cesa("2026-01-01")
        self.assertEqual(self.entrepreneur.coop_associate_deadline, D("2029-01-01"))
        self.entrepreneur.with_user(self.staff_user).coop_associate_date = "2027-06-01"
        self.assertEqual(self.entrepreneur.coop_stage, "associate")
        self.assertFalse(self.entrepreneur.coop_associate_deadline)

    def test_alerts_at_six_months_one_month_and_past(self):
        self._cesa("2026-01-01")
        employee = self.entrepreneur
        self.env["coop.interview"].create(
            [
                {"employee_id": employee.id, "date": day}
                for day in ("2028-06-01", "2028-10-01")
            ]
        )
        employee.activity_ids.unlink()
        employee._coop_send_pathway_alerts(D("2028-06-30"))
        self.assertFalse(employee.activity_ids)
        employee._coop_send_pathway_alerts(D("2028-07-01"))
        self.assertEqual(employee.coop_associate_alert, "6_months")
        self.assertEqual(len(employee.activity_ids), 1)
        self.assertEqual(employee.activity_ids.user_id, self.staff_user)
        employee._coop_send_pathway_alerts(D("2028-07-02"))
        self.assertEqual(len(employee.activity_ids), 1, "alerted once")
        employee._coop_send_pathway_alerts(D("2028-12-01"))
        self.assertEqual(employee.coop_associate_alert, "1_month")
        self.assertEqual(len(employee.activity_ids), 2)
        with freeze_time("2029-01-02"):
            employee._coop_send_pathway_alerts(D("2029-01-02"))
            self.assertEqual(employee.coop_associate_alert, "past")
            self.assertIn("end the contract", employee.activity_ids[-1:].summary)
            self.assertTrue(employee.coop_associate_overdue)
            Employee = self.env["hr.employee"]
            self.assertIn(
                employee, Employee.search([("coop_associate_overdue", "=", True)])
            )
        with freeze_time("2028-12-31"):
            employee.invalidate_recordset(["coop_associate_overdue"])
            self.assertFalse(employee.coop_associate_overdue)

    def test_interview_alert_under_two_a_year(self):
        employee = self.entrepreneur
        employee.coop_stage = "cape"
        Interview = self.env["coop.interview"].with_user(self.staff_user)
        with freeze_time("2026-06-01"):
            Interview.create({"employee_id": employee.id, "date": "2025-05-31"})
            Interview.create({"employee_id": employee.id, "date": "2026-03-01"})
            employee.invalidate_recordset(["coop_interview_count"])
            self.assertEqual(employee.coop_interview_count, 1)
            employee._coop_send_pathway_alerts(D("2026-06-01"))
            self.assertEqual(len(employee.activity_ids), 1)
            employee._coop_send_pathway_alerts(D("2026-06-02"))
            self.assertEqual(len(employee.activity_ids), 1, "alerted once")
            Interview.create({"employee_id": employee.id, "date": "2026-05-20"})
            employee.invalidate_recordset(["coop_interview_count"])
            self.assertEqual(employee.coop_interview_count, 2)

    def test_cron_runs(self):
        self._cesa("2026-01-01")
        cron = self.env.ref("coop_cae.ir_cron_pathway_alerts")
        self.assertEqual(cron.code, "model._cron_coop_pathway_alerts()")


class TestAdmissionAndExit(PathwayCase):
    def test_admission_creates_entrepreneur_and_user(self):
        Candidate = self.env["coop.candidate"].with_user(self.staff_user)
        candidate = Candidate.create(
            {
                "name": "Léa Martin",
                "email": "lea.martin@example.com",
                "trade_name": "Céramiques Léa",
                "support_worker_id": self.support_worker.id,
                "employment_situation": "unemployed_benefits",
                "minimum_benefit": "rsa",
                "create_user": True,
            }
        )
        criteria = self.env["coop.diagnostic.criterion"].search([])
        self.assertEqual(candidate.diagnostic_line_ids.criterion_id, criteria)
        candidate.diagnostic_line_ids.write({"score": 4})
        self.assertAlmostEqual(candidate.diagnostic_score, 4.0)
        with self.assertRefused(ValidationError, "reason"):
            candidate.decision = "cape"
        candidate.write({"decision": "cape", "decision_reason": "Viable project"})
        candidate.action_decide()
        candidate.action_admit()
        employee = candidate.employee_id
        self.assertTrue(employee.is_entrepreneur)
        self.assertEqual(employee.coop_trade_name, "Céramiques Léa")
        self.assertTrue(employee.coop_analytic_account_id)
        self.assertTrue(
            employee.user_id.has_group("coop_cae.coop_cae_group_entrepreneur")
        )
        self.assertFalse(employee.user_id.has_group("coop_cae.coop_cae_group_user"))
        self.assertEqual(candidate.stage, "admitted")
        with self.assertRefused(UserError, "cannot be admitted"):
            candidate.action_admit()

    def test_refused_candidate_cannot_be_admitted(self):
        candidate = self.env["coop.candidate"].create(
            {
                "name": "X",
                "trade_name": "X",
                "decision": "redirected",
                "redirected_to": "BGE",
                "decision_reason": "Needs training first",
            }
        )
        with self.assertRefused(UserError, "cannot be admitted"):
            candidate.action_admit()
        with self.assertRefused(ValidationError, "redirected"):
            candidate.redirected_to = False

    def test_exit_archives_account_and_user_and_ends_contracts(self):
        user = new_test_user(
            self.env,
            login="exiting",
            groups="base.group_user,coop_cae.coop_cae_group_entrepreneur",
        )
        self.entrepreneur.user_id = user
        cape = self._running_cape("2026-01-01", "2026-12-31")
        account = self.entrepreneur.coop_analytic_account_id
        wizard = (
            self.env["coop.exit"]
            .with_user(self.staff_user)
            .create(
                {
                    "employee_id": self.entrepreneur.id,
                    "date": "2026-05-31",
                    "reason": "activity_stopped",
                }
            )
        )
        wizard.action_confirm()
        self.assertEqual(self.entrepreneur.coop_stage, "exited")
        self.assertEqual(self.entrepreneur.coop_exit_reason, "activity_stopped")
        self.assertEqual(cape.state, "terminated")
        self.assertEqual(cape.date_terminated, D("2026-05-31"))
        self.assertFalse(account.active)
        self.assertTrue(account.exists())
        self.assertFalse(user.active)
        self.assertTrue(self.entrepreneur.active)


class TestPathwayAccess(PathwayCase):
    def test_entrepreneur_reads_own_contracts_only(self):
        user = new_test_user(
            self.env,
            login="own_cape",
            groups="base.group_user,coop_cae.coop_cae_group_entrepreneur",
        )
        self.entrepreneur.user_id = user
        other = self._create_entrepreneur("Julien Caron", "Sophrologie")
        mine = self._running_cape()
        theirs = self._running_cape(employee_id=other.id)
        interview = self.env["coop.interview"].create(
            {"employee_id": self.entrepreneur.id, "report": "<p>Good start</p>"}
        )
        self.assertEqual(interview.support_worker_id, self.support_worker)
        Cape = self.env["coop.cape.contract"].with_user(user)
        self.assertEqual(Cape.search([]), mine)
        self.assertEqual(
            self.env["coop.interview"].with_user(user).search([]), interview
        )
        with self.assertRaises(AccessError):
            Cape.browse(theirs.id).read(["date_start"])
        with self.assertRaises(AccessError):
            Cape.browse(mine.id).write({"date_end": "2026-06-30"})
        with self.assertRaises(AccessError):
            Cape.create(
                {
                    "employee_id": self.entrepreneur.id,
                    "date_start": "2027-01-01",
                    "date_end": "2027-06-30",
                }
            )

    def test_plain_employee_sees_no_candidate(self):
        with self.assertRaises(AccessError):
            self.env["coop.candidate"].with_user(self.plain_user).search([])

    def test_pathway_views_load(self):
        for model in (
            "coop.candidate",
            "coop.cape.contract",
            "coop.cesa.contract",
            "coop.interview",
            "coop.impact.report",
        ):
            with self.subTest(model=model):
                self.env[model].with_user(self.staff_user).get_views([(False, "form")])


class TestPrintouts(PdfText, PathwayCase):
    def test_contracts_print_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["coop_cae"], ["fr_FR"], overwrite=True
        )
        self.company.partner_id.lang = "fr_FR"
        cape = self._running_cape("2026-01-01", "2026-12-31")
        renewal = self._renew(cape, "2027-01-01", "2027-06-30")
        cesa = self.Cesa.create(
            {
                "employee_id": self.entrepreneur.id,
                "signature_date": "2027-07-01",
                "date_start": "2027-07-01",
            }
        )
        for report, record, texts in (
            (
                "coop_cae.report_cape_contract",
                cape,
                ["appui au projet", "Photographie", "du 01/01/2026 au 31/12/2026"],
            ),
            (
                "coop_cae.report_cape_renewal",
                renewal,
                ["Renouvellement", "du 01/01/2027 au 30/06/2027"],
            ),
            (
                "coop_cae.report_cesa_contract",
                cesa,
                ["entrepreneur-salarié", "Photographie", "01/07/2027"],
            ),
        ):
            with self.subTest(report=report):
                text = self._pdf_text(report, record)
                self.assertIn(self.company.name, text)
                self.assertIn(self.entrepreneur.name, text)
                for expected in texts:
                    self.assertIn(expected, text)
                # Printed in the cooperative's language, not in English.
                self.assertNotIn("Signed on", text)


class TestPathwayCron(PathwayCase):
    def test_cron_alerts_in_batches_and_commits_progress(self):
        cesa = self.Cesa.create(
            {
                "employee_id": self.entrepreneur.id,
                "signature_date": "2026-01-01",
                "date_start": "2026-01-01",
            }
        )
        cesa.action_start()
        cape_holder = self._create_entrepreneur("Julien Caron", "Sophrologie")
        cape = self._running_cape(
            "2028-06-01", "2029-01-15", employee_id=cape_holder.id
        )
        cape.activity_ids.unlink()
        self.entrepreneur.activity_ids.unlink()
        calls = []

        def commit_progress(cron, processed=0, *, remaining=None, deactivate=False):
            calls.append((processed, remaining))
            return 100.0

        with (
            freeze_time("2028-12-20"),
            patch.object(
                type(self.env["ir.cron"]), "_commit_progress", commit_progress
            ),
        ):
            self.env["hr.employee"]._cron_coop_pathway_alerts()
        self.assertEqual(self.entrepreneur.coop_associate_alert, "1_month")
        self.assertTrue(cape.end_alert_sent)
        self.assertEqual(len(cape.activity_ids), 1)
        self.assertEqual(calls[0], (1, None))
        self.assertEqual(calls[-1][1], 0)
