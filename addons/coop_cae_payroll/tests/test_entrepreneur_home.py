# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The salaries on the entrepreneur's home: the employer cost of their own
pay this fiscal year, as the staff read it on the entrepreneur's form."""

import base64

from freezegun import freeze_time

from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from odoo.addons.coop_cae.tests.test_invoicing import CoopInvoicingCase

from .test_payroll_import import MARCH


@tagged("post_install", "-at_install")
@freeze_time("2026-12-01")
class TestEntrepreneurHomeSalaries(CoopInvoicingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.activity_a.sudo().registration_number = "M0012"
        cls.env["coop.payroll.import"].with_user(cls.staff).with_company(
            cls.company
        ).create(
            {"data_file": base64.b64encode(MARCH.encode()), "filename": "paie.csv"}
        ).action_import()

    def _home(self, user):
        return self.env["coop.entrepreneur.home"].with_user(user).create({})

    def test_each_sees_their_own_salaries_to_the_cent(self):
        for user, activity in (
            (self.user_a, self.activity_a),
            (self.user_b, self.activity_b),
        ):
            with self.subTest(user=user.login):
                lines = (
                    self.env["coop.payroll.line"]
                    .sudo()
                    .search([("employee_id", "=", activity.id)])
                )
                expected = sum(
                    line.gross + line.employer_contributions for line in lines
                )
                home = self._home(user)
                self.assertAlmostEqual(home.payroll_cost_this_year, expected, places=2)
                self.assertEqual(
                    home.payroll_cost_this_year,
                    activity.with_user(self.staff).coop_payroll_cost_this_year,
                )
        self.assertAlmostEqual(self._home(self.user_a).payroll_cost_this_year, 1988.0)
        self.assertAlmostEqual(self._home(self.user_b).payroll_cost_this_year, 1562.71)

    def test_the_salaries_button_opens_her_own_pay(self):
        home = self._home(self.user_a)
        action = home.action_open_payroll()
        Line = self.env["coop.payroll.line"].with_user(self.user_a)
        lines = Line.search(safe_eval(action["domain"], {"uid": self.user_a.id}))
        self.assertTrue(lines)
        self.assertEqual(lines.employee_id, self.activity_a)
