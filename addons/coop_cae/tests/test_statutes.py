# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The statutory rules of the pathway on every path: how months count (month
ends, 29 February), no CESA during a CAPE, signed periods that do not change,
clear messages; on the models and over JSON-RPC as the staff."""

import calendar
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo.exceptions import UserError, ValidationError
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.coop_cae.models.coop_months import (
    add_months,
    add_months_minus,
    period_end,
    period_end_minus,
    period_length,
)

from .common import JsonRpcRefusals
from .test_pathway import PathwayCase

D = date.fromisoformat


def _expected(start, months):
    """The rule in plain words: (the same date `months` later or that month's
    last day, the last day of a period of `months` months)."""
    year, month = divmod(start.month - 1 + months, 12)
    year, month = start.year + year, month + 1
    last = calendar.monthrange(year, month)[1]
    if start.day <= last:
        same = date(year, month, start.day)
        return same, date.fromordinal(same.toordinal() - 1)
    return date(year, month, last), date(year, month, last)


class TestMonths(PathwayCase):
    def test_every_month_end_and_leap_day(self):
        starts = [
            date(year, month, calendar.monthrange(year, month)[1])
            for year in (2027, 2028)
            for month in range(1, 13)
        ] + [D("2028-02-28"), D("2028-02-29"), D("2028-03-01"), D("2027-02-28")]
        for start in starts:
            for months in (1, 2, 3, 6, 8, 11, 12, 24, 35, 36):
                with self.subTest(start=start, months=months):
                    same, last = _expected(start, months)
                    self.assertEqual(add_months(start, months), same)
                    self.assertEqual(period_end(start, months), last)
                    self.assertEqual(
                        period_length(start, last), relativedelta(months=months)
                    )

    def test_the_examples_of_the_rule(self):
        self.assertEqual(period_end(D("2028-02-29"), 12), D("2029-02-28"))
        self.assertEqual(period_end(D("2028-01-31"), 1), D("2028-02-29"))
        self.assertEqual(period_end(D("2027-01-31"), 1), D("2027-02-28"))
        self.assertEqual(period_end(D("2026-03-01"), 3), D("2026-05-31"))
        self.assertEqual(add_months(D("2028-02-29"), 35), D("2031-01-29"))
        self.assertEqual(
            add_months_minus(D("2028-02-29"), 36, relativedelta(months=1)),
            D("2031-01-29"),
        )
        self.assertEqual(
            period_end_minus(D("2028-06-30"), 8, relativedelta(months=2, days=3)),
            D("2028-12-26"),
        )
        self.assertEqual(
            period_length(D("2028-01-31"), D("2028-02-28")), relativedelta(days=29)
        )
        self.assertEqual(period_length(D("2028-02-29"), D("2028-02-29")).days, 1)


class TestLeapDayContracts(PathwayCase):
    def test_cape_from_29_february_runs_to_28_february(self):
        with self.assertRefused(ValidationError, "must end on 2029-02-28 at the"):
            self._cape("2028-02-29", "2029-03-01")
        cape = self._running_cape("2028-02-29", "2029-02-28")
        renewal = self._renew(cape, "2029-03-01", "2030-02-28")
        self.assertEqual(renewal.date_end, D("2030-02-28"))

    def test_one_month_cape_from_a_month_end(self):
        self._running_cape("2028-01-31", "2028-02-29").action_end()
        self.assertEqual(
            self.env["coop.cape.contract"].search([])._coop_length(),
            relativedelta(months=1),
        )

    def test_deadline_after_a_one_month_cape_and_a_cesa_of_29_february(self):
        self._running_cape("2028-01-29", "2028-02-28").action_end()
        cesa = self.Cesa.create(
            {
                "employee_id": self.entrepreneur.id,
                "signature_date": "2028-02-29",
                "date_start": "2028-02-29",
            }
        )
        cesa.action_start()
        # 36 months less the month of CAPE: 35 months from 29 February 2028.
        self.assertEqual(self.entrepreneur.coop_associate_deadline, D("2031-01-29"))

    def test_trial_period_to_a_month_end(self):
        vals = {"employee_id": self.entrepreneur.id, "date_start": "2028-06-30"}
        with self.assertRefused(ValidationError, "must end on 2029-02-28"):
            self.Cesa.create({**vals, "trial_end_date": "2029-03-01"})
        cesa = self.Cesa.create({**vals, "trial_end_date": "2029-02-28"})
        self.assertEqual(cesa.trial_end_date, D("2029-02-28"))


class TestNoCesaDuringCape(PathwayCase):
    def test_cesa_during_a_running_cape_is_refused(self):
        self._running_cape("2026-01-01", "2026-12-31")
        vals = {
            "employee_id": self.entrepreneur.id,
            "signature_date": "2026-07-01",
            "date_start": "2026-07-01",
        }
        with self.assertRefused(ValidationError, "Convert into CESA"):
            self.Cesa.create(vals)
        self.assertEqual(self._count("coop.cesa.contract"), 0)
        # A draft CESA made before the CAPE does not start during it either.
        other = self._create_entrepreneur("Paul Martin", "Menuiserie")
        cesa = self.Cesa.create({**vals, "employee_id": other.id})
        with self.assertRefused(ValidationError, "is under a CAPE"):
            self._running_cape("2026-03-01", "2027-02-28", employee_id=other.id)
        self.assertEqual(cesa.state, "draft")
        self.assertEqual(self._count("coop.cape.contract", other), 0)

    def test_conversion_makes_the_cesa_and_counts_what_ran(self):
        cape = self._running_cape("2026-01-01", "2026-12-31")
        cesa = cape._coop_convert_to_cesa(
            D("2026-07-01"), {"signature_date": "2026-07-01"}
        )
        self.assertEqual(cape.date_effective_end, D("2026-06-30"))
        self.assertEqual(cesa.state, "running")
        # 6 months of CAPE ran, not the 12 signed: 1 July 2029 - 6 months.
        self.assertEqual(self.entrepreneur.coop_associate_deadline, D("2029-01-01"))

    def test_cesa_after_an_early_end_counts_what_ran(self):
        cape = self._running_cape("2026-01-01", "2026-12-31")
        cape._coop_terminate(D("2026-06-30"), "Stopped")
        cesa = self.Cesa.create(
            {
                "employee_id": self.entrepreneur.id,
                "signature_date": "2026-07-01",
                "date_start": "2026-07-01",
            }
        )
        cesa.action_start()
        self.assertEqual(self.entrepreneur.coop_associate_deadline, D("2029-01-01"))


class TestSignedPeriods(PathwayCase):
    def test_signed_cape_keeps_its_dates_and_state(self):
        cape = self._running_cape("2026-01-01", "2026-12-31")
        for vals in (
            {"date_end": "2026-09-30"},
            {"date_start": "2026-02-01"},
            {"state": "draft"},
            {"date_terminated": "2026-06-30"},
        ):
            with self.subTest(vals=vals), self.assertRefused(UserError, "is signed"):
                cape.write(vals)
        self.assertEqual(
            (cape.state, cape.date_end, cape.date_terminated),
            ("running", D("2026-12-31"), False),
        )
        # Writing the same value is no change; the other fields stay editable.
        cape.write({"date_end": "2026-12-31", "fee": 50.0})
        # The early end is the way: its own date, kept with the signed end.
        cape._coop_terminate(D("2026-09-30"), "Job found")
        self.assertEqual(
            (cape.date_end, cape.date_terminated, cape.state),
            (D("2026-12-31"), D("2026-09-30"), "terminated"),
        )

    def test_signed_renewal_keeps_its_dates(self):
        cape = self._running_cape("2026-01-01", "2026-12-31")
        renewal = self._renew(cape, "2027-01-01", "2027-12-31")
        for vals in (
            {"date_end": "2027-06-30"},
            {"date_start": "2027-01-02"},
            {"signature_date": "2026-12-01"},
        ):
            with self.subTest(vals=vals), self.assertRefused(UserError, "is signed"):
                renewal.write(vals)
        self.assertEqual(renewal.date_end, D("2027-12-31"))
        renewal.note = "<p>New programme</p>"

    def test_unsigned_renewal_gets_a_clear_message(self):
        cape = self._running_cape()
        Renewal = self.env["coop.cape.renewal"].with_user(self.staff_user)
        with self.assertRefused(ValidationError, "enter its signature date"):
            Renewal.create(
                {
                    "contract_id": cape.id,
                    "date_start": "2027-01-01",
                    "date_end": "2027-06-30",
                }
            )
        self.assertFalse(cape.renewal_ids)

    def test_signed_cesa_keeps_its_dates(self):
        cesa = self.Cesa.create(
            {
                "employee_id": self.entrepreneur.id,
                "signature_date": "2026-01-01",
                "date_start": "2026-01-01",
                "trial_end_date": "2026-04-30",
            }
        )
        cesa.action_start()
        for vals in (
            {"date_start": "2026-02-01"},
            {"trial_end_date": "2026-08-31"},
            {"date_end": "2026-12-31"},
        ):
            with self.subTest(vals=vals), self.assertRefused(UserError, "is signed"):
                cesa.write(vals)
        cesa.with_context(date="2026-12-31").action_end()
        self.assertEqual(cesa.state, "ended")


@tagged("post_install", "-at_install")
class TestPathwayRulesOverJsonRpc(JsonRpcRefusals, HttpCase):
    """The same refusals, asked by a staff member over JSON-RPC."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.staff = new_test_user(
            cls.env,
            login="statutes_staff",
            password="statutes_staff_pw",
            groups="base.group_user,coop_cae.coop_cae_group_user",
        )
        cls.entrepreneur = cls.env["hr.employee"].create(
            {
                "name": "Marie Dupont",
                "is_entrepreneur": True,
                "coop_trade_name": "Photo",
            }
        )
        cls.cape = cls.env["coop.cape.contract"].create(
            {
                "employee_id": cls.entrepreneur.id,
                "signature_date": "2028-02-29",
                "date_start": "2028-02-29",
                "date_end": "2029-02-28",
            }
        )
        cls.cape.action_start()

    def test_refusals_over_rpc(self):
        self.authenticate("statutes_staff", "statutes_staff_pw")
        self.assertRpcRefused(
            "ValidationError",
            r"^Marie Dupont is under a CAPE from 2028-02-29 to 2029-02-28: .*"
            r"Convert into CESA",
            "coop.cesa.contract",
            "create",
            [
                {
                    "employee_id": self.entrepreneur.id,
                    "signature_date": "2028-09-01",
                    "date_start": "2028-09-01",
                }
            ],
        )
        self.assertRpcRefused(
            "UserError",
            r"^The CAPE of Marie Dupont is signed",
            "coop.cape.contract",
            "write",
            [[self.cape.id], {"date_end": "2028-08-31"}],
        )
        self.assertRpcRefused(
            "UserError",
            r"is signed",
            "coop.cape.contract",
            "write",
            [[self.cape.id], {"state": "draft"}],
            {"context": {"coop_cae_signed_change": True}},
        )
        self.assertRpcRefused(
            "ValidationError",
            r"^A CAPE renewal is a signed writing .*: enter its signature date\.$",
            "coop.cape.renewal",
            "create",
            [
                {
                    "contract_id": self.cape.id,
                    "date_start": "2029-03-01",
                    "date_end": "2030-02-28",
                }
            ],
        )
        self.assertRpcRefused(
            "ValidationError",
            r"must end on 2030-02-28 at the latest",
            "coop.cape.renewal",
            "create",
            [
                {
                    "contract_id": self.cape.id,
                    "signature_date": "2029-02-01",
                    "date_start": "2029-03-01",
                    "date_end": "2030-03-01",
                }
            ],
        )
        self.env.invalidate_all()
        self.assertEqual(
            (self.cape.state, self.cape.date_end, self.cape.renewal_ids),
            ("running", D("2029-02-28"), self.env["coop.cape.renewal"]),
        )
        self.assertFalse(
            self.env["coop.cesa.contract"].search(
                [("employee_id", "=", self.entrepreneur.id)]
            )
        )


class TestStatutoryMessagesInFrench(PathwayCase):
    def test_refusals_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["coop_cae"], ["fr_FR"], overwrite=True
        )
        cape = self._running_cape("2026-01-01", "2026-12-31")
        Cesa = self.Cesa.with_context(lang="fr_FR")
        with self.assertRefused(ValidationError, "Marie Dupont est sous CAPE du"):
            Cesa.create(
                {
                    "employee_id": self.entrepreneur.id,
                    "signature_date": "2026-07-01",
                    "date_start": "2026-07-01",
                }
            )
        with self.assertRefused(UserError, "Le CAPE de Marie Dupont est signé"):
            cape.with_context(lang="fr_FR").date_end = "2026-06-30"
