# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import ast
import base64
from datetime import date

import psycopg2
from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, new_test_user, tagged
from odoo.tools import mute_logger

from odoo.addons.coop_cae.tests.common import RefusalAssertions
from odoo.addons.coop_cae_contribution.tests.test_contribution import (
    CoopContributionCase,
)

PAYROLL = (
    "Mois;Salarié;Brut;Cotisations salariales;Cotisations patronales;Net\n"
    "2026-01;Marie Dupont;1 400,00;308,00;588,00;1092,00\n"
    "2026-02;Marie Dupont;1 400,00;308,00;588,00;1092,00\n"
    "2026-02;Julien Caron;1100,50;242,11;462,21;858,39\n"
)


class CoopVariablePayCase(RefusalAssertions, CoopContributionCase):
    """Marie Dupont's year 2026 (activity A), under a CESA paying 80 % of the
    base with an employer cost ratio of 1.45:
    - revenue: the invoice of 1,000.00 € of 10 March, one of 5,000.00 € and a
      credit note of 400.00 €: 5,600.00 €; an invoice of December 2025 is
      outside the year;
    - contribution: 10 % of it, 560.00 €;
    - direct costs: purchases of 300.00 € and travel of 120.50 €: 420.50 €;
      the rent of 200.00 € (613) is no direct cost;
    - fixed pay: two months of 1,400.00 € gross from the payroll file (the
      employer contributions, 645, are not the fixed pay);
    - advances: 2 × 250.00 €.
    Julien Caron (activity B), also under a CESA, earns less than his pay."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.accountant = new_test_user(
            cls.env,
            login="varpay_accountant",
            groups="base.group_user,coop_cae.coop_cae_group_accountant",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.cesa_a = cls._cesa(cls.activity_a, variable_pay_share=80.0)
        cls.cesa_b = cls._cesa(cls.activity_b)
        Account = cls.env["account.account"].with_company(cls.company)
        cls.travel = Account.search([("code", "=like", "6251%")], limit=1)
        cls.rent = Account.search([("code", "=like", "6132%")], limit=1)
        cls.purchases = Account.search([("code", "=like", "604%")], limit=1)
        cls._invoice_of(cls.activity_a, 5000.0, "2026-06-15")
        cls._invoice_of(cls.activity_a, 400.0, "2026-07-01", "out_refund")
        cls._invoice_of(cls.activity_a, 999.0, "2025-12-20")
        cls._post(
            cls.activity_a,
            [
                {"name": "Tirages", "account_id": cls.purchases.id, "price_unit": 300},
                {"name": "Train", "account_id": cls.travel.id, "price_unit": 120.50},
                {"name": "Studio", "account_id": cls.rent.id, "price_unit": 200},
            ],
            "2026-04-01",
            "in_invoice",
        )
        cls._book_queued()
        cls._import_payroll(PAYROLL)

    @classmethod
    def _cesa(cls, activity, **vals):
        contract = (
            cls.env["coop.cesa.contract"]
            .with_user(cls.staff)
            .create(
                {
                    "employee_id": activity.id,
                    "signature_date": "2025-01-01",
                    "date_start": "2025-01-01",
                    "fixed_pay": 1400.0,
                    **vals,
                }
            )
        )
        contract.action_start()
        return contract

    @classmethod
    def _invoice_of(cls, activity, price, day, move_type="out_invoice"):
        return cls._post(
            activity,
            [{"product_id": cls.product_a.id, "price_unit": price}],
            day,
            move_type,
        )

    @classmethod
    def _post(cls, activity, lines, day, move_type):
        return CoopContributionCase._post_document(cls, activity, lines, day, move_type)

    @classmethod
    def _import_payroll(cls, content):
        wizard = (
            cls.env["coop.payroll.import"]
            .with_user(cls.staff)
            .with_company(cls.company)
            .create(
                {"data_file": base64.b64encode(content.encode()), "filename": "p.csv"}
            )
        )
        wizard.action_import()

    def _compute(self, day="2026-06-30", user=None):
        wizard = (
            self.env["coop.variable.pay.compute"]
            .with_user(user or self.staff)
            .with_company(self.company)
            .create({"date": day})
        )
        action = wizard.action_compute()
        return wizard.env["coop.variable.pay"].search(action["domain"])

    def _pay_of(self, activity, day="2026-06-30"):
        return self._compute(day).filtered(lambda pay: pay.employee_id == activity)

    def _new_pay(self, activity, year, **vals):
        return (
            self.env["coop.variable.pay"]
            .with_user(self.staff)
            .create(
                {
                    "employee_id": activity.id,
                    "cesa_id": self.cesa_a.id,
                    "date_from": date(year, 1, 1),
                    "date_to": date(year, 12, 31),
                    **vals,
                }
            )
        )

    def _add_advances(self, pay, *amounts):
        pay.write(
            {
                "advance_ids": [
                    Command.create({"date": f"2026-{month:02d}-28", "amount": amount})
                    for month, amount in enumerate(amounts, start=9)
                ]
            }
        )


@tagged("post_install", "-at_install")
class TestVariablePayArithmetic(CoopVariablePayCase):
    def test_figures_of_the_year_to_the_cent(self):
        pay = self._pay_of(self.activity_a)
        self.assertEqual(pay.state, "draft")
        self.assertEqual(pay.cesa_id, self.cesa_a)
        self.assertEqual(
            (pay.date_from, pay.date_to), (date(2026, 1, 1), date(2026, 12, 31))
        )
        self.assertEqual(pay.revenue, 5600.0)
        booked = self._booked(activity_id=self.activity_a.id)
        # The contributions of 2026 only: the December 2025 invoice's is not.
        self.assertEqual(pay.contribution, 560.0)
        self.assertEqual(round(booked - 99.9, 2), 560.0)
        self.assertEqual(pay.direct_costs, 420.5)
        self.assertEqual(pay.fixed_pay, 2800.0)
        self.assertEqual(pay.base, 5600.0 - 560.0 - 420.5 - 2800.0)
        self.assertEqual(pay.share, 80.0)
        self.assertEqual(pay.cost_ratio, 1.45)
        self.assertEqual(pay.available_amount, 1455.6)
        # 1,455.60 / 1.45 = 1,003.86 (1,003.862…).
        self.assertEqual(pay.amount, 1003.86)
        self.assertFalse(pay.no_pay_reason)

    def test_advances_are_deducted(self):
        pay = self._pay_of(self.activity_a)
        self._add_advances(pay, 250.0, 250.0)
        self.assertEqual(pay.advance_total, 500.0)
        # 1,819.50 − 500 = 1,319.50; × 80 % = 1,055.60; ÷ 1.45 = 728.00.
        self.assertEqual(pay.base, 1319.5)
        self.assertEqual(pay.available_amount, 1055.6)
        self.assertEqual(pay.amount, 728.0)

    def test_negative_base_gives_no_variable_pay_and_says_why(self):
        pay = self._pay_of(self.activity_b)
        # 1,000.00 − 100.00 contribution − 1,100.50 gross = −200.50.
        self.assertEqual(pay.base, -200.5)
        self.assertEqual(pay.available_amount, 0.0)
        self.assertEqual(pay.amount, 0.0)
        self.assertIn("No variable pay", pay.no_pay_reason)
        self.assertIn("200.50", pay.no_pay_reason)

    def test_computing_again_reads_the_ledger_again_and_creates_no_second(self):
        pay = self._pay_of(self.activity_a)
        self._invoice_of(self.activity_a, 100.0, "2026-11-02")
        self._book_queued()
        again = self._pay_of(self.activity_a)
        self.assertEqual(again, pay)
        self.assertEqual(pay.revenue, 5700.0)
        self.assertEqual(pay.contribution, 570.0)

    def test_proposed_figures_stay_as_proposed(self):
        pay = self._pay_of(self.activity_a)
        pay.approval_date = "2027-05-20"
        pay.action_propose()
        self._invoice_of(self.activity_a, 100.0, "2026-11-02")
        self.assertEqual(self._pay_of(self.activity_a).revenue, 5600.0)

    def test_only_entrepreneurs_under_cesa_in_the_year(self):
        pays = self._compute()
        self.assertEqual(pays.employee_id, self.activity_a | self.activity_b)
        # No CESA ran in 2024.
        self.assertFalse(self._compute("2024-06-30"))

    @freeze_time("2027-03-15")
    def test_wizard_computes_last_year_by_default(self):
        form = Form(self.env["coop.variable.pay.compute"].with_user(self.staff))
        self.assertEqual(form.date, date(2026, 3, 15))
        wizard = form.save()
        action = wizard.action_compute()
        pays = wizard.env["coop.variable.pay"].search(action["domain"])
        self.assertEqual(set(pays.mapped("date_from")), {date(2026, 1, 1)})
        self.assertEqual(len(pays), 2)

    def test_cesa_rule_defaults(self):
        self.assertEqual(self.cesa_b.variable_pay_share, 100.0)
        self.assertEqual(self.cesa_b.variable_pay_cost_ratio, 1.45)


@tagged("post_install", "-at_install")
class TestVariablePaySettlement(CoopVariablePayCase):
    def test_due_one_month_after_the_approval(self):
        pay = self._new_pay(self.activity_a, 2026, approval_date="2027-05-15")
        self.assertEqual(pay.due_date, date(2027, 6, 15))
        pay.approval_date = "2027-01-31"
        self.assertEqual(pay.due_date, date(2027, 2, 28))

    def test_approved_on_31_january_of_a_leap_year_due_29_february(self):
        pay = self._new_pay(self.activity_a, 2027, approval_date="2028-01-31")
        self.assertEqual(pay.due_date, date(2028, 2, 29))

    def test_states_through_settlement(self):
        pay = self._pay_of(self.activity_a)
        pay.approval_date = "2027-05-20"
        pay.action_propose()
        self.assertEqual(pay.state, "proposed")
        pay.action_approve()
        with freeze_time("2027-06-10"):
            pay.action_settle()
        self.assertEqual(pay.state, "settled")
        self.assertEqual(pay.settlement_date, date(2027, 6, 10))

    def test_no_proposal_without_the_approval_date(self):
        pay = self._pay_of(self.activity_a)
        with self.assertRefused(UserError, "general assembly approved"):
            pay.action_propose()

    def test_approval_before_the_year_end_is_refused(self):
        pay = self._pay_of(self.activity_a)
        with self.assertRefused(ValidationError, "after it ends"):
            pay.approval_date = "2026-12-31"

    def test_no_settlement_before_the_approval(self):
        pay = self._pay_of(self.activity_a)
        pay.approval_date = "2027-05-20"
        pay.action_propose()
        pay.action_approve()
        with freeze_time("2027-05-19"), self.assertRefused(UserError, "before"):
            pay.action_settle()

    def test_settlement_date_before_approval_is_refused_in_sql(self):
        pay = self._pay_of(self.activity_a)
        pay.approval_date = "2027-05-20"
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(psycopg2.errors.CheckViolation),
            self.env.cr.savepoint(),
        ):
            pay.sudo().write({"settlement_date": "2027-05-01"})
            pay.env.flush_all()

    def test_one_variable_pay_per_entrepreneur_and_year(self):
        self._new_pay(self.activity_a, 2026)
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(psycopg2.errors.UniqueViolation),
            self.env.cr.savepoint(),
        ):
            self._new_pay(self.activity_a, 2026)
            self.env.flush_all()

    def test_negative_advance_is_refused(self):
        pay = self._pay_of(self.activity_a)
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(psycopg2.errors.CheckViolation),
            self.env.cr.savepoint(),
        ):
            self._add_advances(pay, -50.0)
            self.env.flush_all()

    def test_advances_frozen_once_proposed(self):
        pay = self._pay_of(self.activity_a)
        pay.approval_date = "2027-05-20"
        pay.action_propose()
        with self.assertRefused(UserError, "only while the variable pay is a draft"):
            self._add_advances(pay, 100.0)

    def test_settled_pay_cannot_be_cancelled_nor_deleted(self):
        pay = self._pay_of(self.activity_a)
        pay.approval_date = "2027-05-20"
        pay.action_propose()
        pay.action_approve()
        with freeze_time("2027-06-01"):
            pay.action_settle()
        with self.assertRefused(UserError, "cannot be cancelled"):
            pay.action_cancel()
        with self.assertRefused(UserError, "Only a draft or cancelled"):
            pay.unlink()

    def test_refusal_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["coop_cae_variable_pay"], ["fr_FR"]
        )
        pay = self._pay_of(self.activity_a).with_context(lang="fr_FR")
        with self.assertRefused(UserError, "assemblée générale"):
            pay.action_propose()


@tagged("post_install", "-at_install")
class TestVariablePayAlert(CoopVariablePayCase):
    def _todos(self, pay):
        return pay.activity_ids.filtered(
            lambda activity: activity.activity_type_id
            == self.env.ref("mail.mail_activity_data_todo")
        )

    def test_alert_seven_days_before_the_due_date_once(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["coop_cae_variable_pay"], ["fr_FR"]
        )
        self.staff.lang = "fr_FR"
        pay = self._pay_of(self.activity_a)
        pay.approval_date = "2027-05-20"
        pay.action_propose()
        # The daily job runs as the superuser, without a language.
        Pay = self.env["coop.variable.pay"].sudo().with_context(lang=None)
        with freeze_time("2027-06-12"):
            Pay._cron_coop_due_alerts()
        self.assertFalse(self._todos(pay))
        with freeze_time("2027-06-13"):
            Pay._cron_coop_due_alerts()
        todo = self._todos(pay)
        self.assertEqual(len(todo), 1)
        self.assertEqual(todo.user_id, self.staff)
        self.assertEqual(todo.date_deadline, date(2027, 6, 20))
        self.assertEqual(
            todo.summary,
            "Réglez la rémunération variable de Marie Dupont avant le 20/06/2027.",
        )
        with freeze_time("2027-06-14"):
            Pay._cron_coop_due_alerts()
        self.assertEqual(len(self._todos(pay)), 1)

    def test_daily_job_runs_the_alerts(self):
        cron = self.env.ref("coop_cae_variable_pay.ir_cron_variable_pay_due_alerts")
        self.assertEqual(cron.code, "model._cron_coop_due_alerts()")
        self.assertEqual((cron.interval_number, cron.interval_type), (1, "days"))

    def test_new_approval_date_alerts_again(self):
        pay = self._pay_of(self.activity_a)
        pay.approval_date = "2027-05-20"
        Pay = self.env["coop.variable.pay"].sudo()
        with freeze_time("2027-06-15"):
            Pay._cron_coop_due_alerts()
        self.assertTrue(pay.due_alert_sent)
        pay.approval_date = "2027-06-10"
        self.assertFalse(pay.due_alert_sent)

    def test_alert_past_due_and_none_once_settled(self):
        pay = self._pay_of(self.activity_a)
        pay.approval_date = "2027-05-20"
        pay.action_propose()
        pay.action_approve()
        with freeze_time("2027-06-25"):
            self.env["coop.variable.pay"].sudo()._cron_coop_due_alerts()
            self.assertIn("was due on", self._todos(pay).summary)
            pay.action_settle()
        self.assertFalse(self._todos(pay))
        other = self._pay_of(self.activity_b)
        other.approval_date = "2027-05-20"
        other.action_cancel()
        with freeze_time("2027-06-25"):
            self.env["coop.variable.pay"].sudo()._cron_coop_due_alerts()
        self.assertFalse(self._todos(other))


@tagged("post_install", "-at_install")
class TestVariablePayAccess(CoopVariablePayCase):
    def test_entrepreneur_reads_her_own_only(self):
        pay_a = self._pay_of(self.activity_a)
        pay_b = self._pay_of(self.activity_b)
        Pay = self.env["coop.variable.pay"].with_user(self.user_a)
        self.assertEqual(Pay.search([]), pay_a)
        self.assertEqual(Pay.browse(pay_a.id).amount, 1003.86)
        with self.assertRaises(AccessError):
            Pay.browse(pay_b.id).read(["amount"])

    def test_entrepreneur_writes_nothing(self):
        pay_a = self._pay_of(self.activity_a)
        mine = pay_a.with_user(self.user_a)
        with self.assertRaises(AccessError):
            mine.write({"approval_date": "2027-05-20"})
        with self.assertRaises(AccessError):
            mine.action_recompute()
        with self.assertRaises(AccessError):
            self.env["coop.variable.pay.advance"].with_user(self.user_a).create(
                {"variable_pay_id": pay_a.id, "date": "2026-09-30", "amount": 10}
            )
        with self.assertRaises(AccessError):
            self._compute(user=self.user_a)

    def test_entrepreneur_reads_her_advances_only(self):
        pay_a = self._pay_of(self.activity_a)
        pay_b = self._pay_of(self.activity_b)
        self._add_advances(pay_a, 250.0)
        self._add_advances(pay_b, 100.0)
        advances = self.env["coop.variable.pay.advance"].with_user(self.user_a)
        self.assertEqual(advances.search([]).mapped("amount"), [250.0])

    def test_accountant_reads_every_one_and_writes_none(self):
        pays = self._compute()
        Pay = self.env["coop.variable.pay"].with_user(self.accountant)
        self.assertEqual(Pay.search([]), pays)
        with self.assertRaises(AccessError):
            Pay.browse(pays[0].id).write({"note": "?"})

    def test_entrepreneur_home_shows_her_variable_pay(self):
        Home = self.env["coop.entrepreneur.home"].with_user(self.user_a)
        # No year computed yet: no button among those she acts on.
        self.assertFalse(Home.create({}).has_variable_pay)
        self._compute()
        home = Home.create({})
        self.assertTrue(home.has_variable_pay)
        self.assertEqual(home.variable_pay_amount, 1003.86)
        action = home.action_open_variable_pay()
        self.assertEqual(
            self.env["coop.variable.pay"]
            .with_user(self.user_a)
            .search(ast.literal_eval(action["domain"]))
            .employee_id,
            self.activity_a,
        )
