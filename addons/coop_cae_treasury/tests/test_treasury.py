# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The treasury, the provisions and the salary capacity of an activity, on
the written year of CoopTreasuryCase, to the cent."""

from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.coop_cae.tests.common import RefusalAssertions
from odoo.addons.coop_cae.tools.account_category import account_category

from .common import CoopTreasuryCase


@tagged("post_install", "-at_install")
@freeze_time("2026-12-01")
class TestTreasury(RefusalAssertions, CoopTreasuryCase):
    def test_account_codes_fall_in_the_shared_categories(self):
        for code, category in (
            ("706000", "revenue"),
            ("707100", "revenue"),
            ("706800", "transfer"),
            ("706900", "contribution"),
            ("758000", "other_income"),
            ("607000", "direct_cost"),
            ("604000", "direct_cost"),
            ("611000", "direct_cost"),
            ("625100", "direct_cost"),
            ("641100", "salary"),
            ("645100", "social_charge"),
            ("613200", "other_cost"),
            ("411000", None),
        ):
            with self.subTest(code=code):
                self.assertEqual(account_category(code), category)

    def test_treasury_of_each_component_to_the_cent(self):
        figures = self._figures(self.activity_a)[self.activity_a.id]
        # 500.00 of the invoice paid in part (600 of 1,200 incl. VAT) + 4,000
        # - the refund paid back 500.
        self.assertEqual(figures["cash_in"], 4000.0)
        self.assertEqual(figures["paid_out"], 300.0, "the unpaid bill moved no cash")
        self.assertEqual(figures["contribution"], 450.0)
        self.assertEqual(figures["payroll"], 1988.0)
        self.assertEqual(figures["transfer"], 150.0)
        self.assertEqual(figures["other_entries"], 0.0)
        self.assertEqual(figures["treasury"], 1412.0)

    def test_treasury_of_the_giving_activity_is_negative(self):
        figures = self._figures(self.activity_b)[self.activity_b.id]
        self.assertEqual(figures["cash_in"], 0.0, "his invoice is unpaid")
        self.assertEqual(figures["contribution"], 100.0)
        self.assertEqual(figures["payroll"], 1562.71)
        self.assertEqual(figures["transfer"], -150.0)
        self.assertEqual(figures["treasury"], -1812.71)
        # Reserve: (100 + 1,562.71) / 12 = 138.56; holidays: 10 % of 1,100.50.
        self.assertEqual(figures["available_cash"], -2061.32)
        self.assertEqual(figures["capacity_net"], 0.0)
        self.assertEqual(figures["capacity_gross"], 0.0)
        self.assertEqual(figures["months_current_pay"], 0.0)

    def test_treasury_at_a_date_counts_what_was_paid_and_booked_by_then(self):
        figures = self._figures(self.activity_a, date=date(2026, 4, 30))
        # The refund of May is not there yet, its contribution neither.
        self.assertEqual(figures[self.activity_a.id]["cash_in"], 4500.0)
        self.assertEqual(figures[self.activity_a.id]["contribution"], 500.0)
        self.assertEqual(
            figures[self.activity_a.id]["treasury"],
            500 + 4000 - 300 - 500 - 1988 + 150,
        )
        before_pay = self._figures(self.activity_a, date=date(2026, 3, 15))
        self.assertEqual(before_pay[self.activity_a.id]["treasury"], -100.0)

    def test_provisions_and_salary_capacity_to_the_cent(self):
        figures = self._figures(self.activity_a)[self.activity_a.id]
        # Charges of the twelve months: the bills 300 + 200, the contributions
        # 450, the employer cost 1,988 = 2,938.00; one month: 244.83.
        self.assertEqual(figures["charges_12_months"], 2938.0)
        self.assertEqual(figures["reserve"], 244.83)
        # 10 % of the gross salary 1,400.
        self.assertEqual(figures["holiday_provision"], 140.0)
        self.assertEqual(figures["provisions"], 384.83)
        self.assertEqual(figures["available_cash"], 1027.17)
        # 1,027.17 / 12 months / 1.51 = 56.687 -> 56.68 net; / 0.78 -> 72.66.
        self.assertEqual(figures["capacity_net"], 56.68)
        self.assertEqual(figures["capacity_gross"], 72.66)
        # 1,027.17 / 1,988.00 = 0.52 month of the March pay.
        self.assertEqual(figures["last_pay_cost"], 1988.0)
        self.assertEqual(figures["months_current_pay"], 0.5)

    def test_settings_change_the_provisions_and_the_capacity(self):
        self.company.write(
            {
                "coop_treasury_reserve_months": 2,
                "coop_treasury_holiday_rate": 12.5,
                "coop_treasury_employer_cost_ratio": 1.39,
                "coop_treasury_net_to_gross_ratio": 0.8,
                "coop_treasury_capacity_months": 6,
            }
        )
        figures = self._figures(self.activity_a)[self.activity_a.id]
        # 2,938 / 12 * 2 = 489.67; 12.5 % of 1,400 = 175.00.
        self.assertEqual(figures["reserve"], 489.67)
        self.assertEqual(figures["holiday_provision"], 175.0)
        self.assertEqual(figures["available_cash"], 747.33)
        # 747.33 / 6 / 1.39 = 89.608 -> 89.60; / 0.8 = 112.00.
        self.assertEqual(figures["capacity_net"], 89.6)
        self.assertEqual(figures["capacity_gross"], 112.0)
        self.assertEqual(figures["months_current_pay"], 0.3)

    def test_settings_are_in_the_cooperative_settings(self):
        settings = self.env["res.config.settings"].create({})
        self.assertEqual(settings.coop_treasury_reserve_months, 1.0)
        self.assertEqual(settings.coop_treasury_holiday_rate, 10.0)
        self.assertEqual(settings.coop_treasury_employer_cost_ratio, 1.51)
        self.assertEqual(settings.coop_treasury_net_to_gross_ratio, 0.78)
        self.assertEqual(settings.coop_treasury_capacity_months, 12)
        settings.coop_treasury_capacity_months = 24
        settings.execute()
        self.assertEqual(self.company.coop_treasury_capacity_months, 24)

    def _query_count(self, activities):
        self.env.invalidate_all()
        start = self.env.cr.sql_log_count
        self._figures(activities)
        return self.env.cr.sql_log_count - start

    def test_queries_do_not_grow_with_activities_and_invoices(self):
        self._figures(self.activity_a | self.activity_b)
        alone = self._query_count(self.activity_a)
        self.assertLessEqual(alone, 12)
        self.assertEqual(self._query_count(self.activity_a | self.activity_b), alone)

    def test_staff_read_the_figures_on_the_entrepreneur_form(self):
        activity = self.activity_a.with_user(self.staff)
        self.assertEqual(activity.coop_treasury, 1412.0)
        self.assertEqual(activity.coop_treasury_provisions, 384.83)
        self.assertEqual(activity.coop_available_cash, 1027.17)
        self.assertEqual(activity.coop_salary_capacity_net, 56.68)
        self.assertEqual(activity.coop_salary_capacity_gross, 72.66)
        self.assertEqual(activity.coop_current_pay_months, 0.5)

    def test_form_buttons_open_unpaid_invoices_and_bills_to_pay(self):
        activity = self.activity_a.with_user(self.staff)
        self.assertEqual(activity.coop_unpaid_invoice_count, 1)
        self.assertEqual(activity.coop_unpaid_invoice_amount, 600.0)
        self.assertEqual(activity.coop_bill_to_pay_count, 1)
        self.assertEqual(activity.coop_bill_to_pay_amount, 200.0)
        Move = self.env["account.move"].with_user(self.staff)
        self.assertEqual(
            Move.search(activity.action_coop_open_unpaid_invoices()["domain"]),
            self.invoice_a,
        )
        self.assertEqual(
            Move.search(activity.action_coop_open_bills_to_pay()["domain"]),
            self.bill_a_unpaid,
        )

    def test_entrepreneur_reads_her_own_figures_on_her_home(self):
        home = self.env["coop.entrepreneur.home"].with_user(self.user_a).create({})
        self.assertEqual(home.treasury, 1412.0)
        self.assertEqual(home.treasury_provisions, 384.83)
        self.assertEqual(home.available_cash, 1027.17)
        self.assertEqual(home.salary_capacity_net, 56.68)
        self.assertEqual(home.salary_capacity_gross, 72.66)
        self.assertEqual(home.current_pay_months, 0.5)
        home_b = self.env["coop.entrepreneur.home"].with_user(self.user_b).create({})
        self.assertEqual(home_b.treasury, -1812.71)
        self.assertEqual(home_b.salary_capacity_net, 0.0)

    def test_entrepreneur_cannot_read_the_figures_of_an_entrepreneur(self):
        for activity in (self.activity_a, self.activity_b):
            with self.subTest(activity=activity.name):
                with self.assertRaises(AccessError):
                    activity.with_user(self.user_a).coop_treasury  # noqa: B018
                with self.assertRaises(AccessError):
                    activity.with_user(self.user_a).coop_proposed_net_pay  # noqa: B018

    def test_staff_propose_the_pay_the_entrepreneur_sees_it(self):
        activity = self.activity_a.with_user(self.staff)
        activity.action_coop_propose_pay()
        self.assertEqual(activity.coop_proposed_net_pay, 56.68)
        home = self.env["coop.entrepreneur.home"].with_user(self.user_a).create({})
        self.assertEqual(home.proposed_net_pay, 56.68)
        todo = home.todo_ids.filtered(lambda t: "56.68" in (t.summary or ""))
        self.assertEqual(len(todo), 1, home.todo_ids.mapped("summary"))
        self.assertEqual(todo.user_id, self.user_a)
        # Julien Caron neither sees the proposal nor the to-do.
        home_b = self.env["coop.entrepreneur.home"].with_user(self.user_b).create({})
        self.assertEqual(home_b.proposed_net_pay, 0.0)
        self.assertNotIn(todo, home_b.todo_ids)

    def test_a_written_proposal_is_kept_and_no_cash_proposes_nothing(self):
        activity = self.activity_a.with_user(self.staff)
        activity.coop_proposed_net_pay = 50.0
        activity.action_coop_propose_pay()
        self.assertEqual(activity.coop_proposed_net_pay, 50.0)
        with self.assertRefused(Exception, "funds no pay"):
            self.activity_b.with_user(self.staff).action_coop_propose_pay()

    def test_entrepreneur_cannot_propose_her_pay(self):
        with self.assertRaises(AccessError):
            self.activity_a.with_user(self.user_a).action_coop_propose_pay()
