# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The variable pay as printed for the entrepreneur, and the staff's button
on the entrepreneur's form."""

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.coop_cae.tests.common import PdfText

from .test_variable_pay import CoopVariablePayCase

REPORT = "coop_cae_variable_pay.report_variable_pay"


@tagged("post_install", "-at_install")
class TestVariablePayReport(PdfText, CoopVariablePayCase):
    def _approved_pay(self):
        pay = self._pay_of(self.activity_a)
        self._add_advances(pay, 250.0, 250.0)
        pay.approval_date = "2027-05-20"
        pay.action_propose()
        return pay

    def test_report_in_the_print_menu(self):
        report = self.env.ref("coop_cae_variable_pay.coop_variable_pay_report")
        self.assertEqual(report.report_name, REPORT)
        self.assertEqual(report.binding_model_id.model, "coop.variable.pay")

    def test_entrepreneur_prints_her_own_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["coop_cae_variable_pay"], ["fr_FR"]
        )
        self.company.partner_id.sudo().lang = "fr_FR"
        pay = self._approved_pay()
        with self.with_user(self.user_a.login):
            text = self._pdf_text(REPORT, pay)
        self.assertIn("Rémunération variable : Marie Dupont", text)
        self.assertIn(self.cesa_a.name, text)
        self.assertIn("Exercice du 01/01/2026 au 31/12/2026", text)
        self.assertIn("80,00 % de l'assiette", text)
        self.assertIn("1,45", text)
        # Revenue, direct costs, contribution, what they leave, the fixed pay,
        # the advances, the base, 80 % of it and the gross pay due (÷ 1.45).
        for amount in (
            "5 600,00",
            "420,50",
            "560,00",
            "4 619,50",
            "2 800,00",
            "500,00",
            "1 319,50",
            "1 055,60",
            "728,00",
        ):
            with self.subTest(amount=amount):
                self.assertIn(amount, text.replace("\xa0", " ").replace("\u202f", " "))
        self.assertIn("Rémunération variable brute due", text)
        self.assertIn("20/05/2027", text)
        self.assertIn("20/06/2027", text)
        self.assertIn("R7331-12", text)

    def test_staff_print_in_english(self):
        pay = self._approved_pay()
        with self.with_user(self.staff.login):
            text = self._pdf_text(REPORT, pay)
        self.assertIn("Variable Pay: Marie Dupont", text)
        self.assertIn("Gross variable pay due", text)
        self.assertIn("728.00", text)
        self.assertIn("05/20/2027", text)
        self.assertIn("06/20/2027", text)

    def test_entrepreneur_cannot_print_another_one(self):
        pay_b = self._pay_of(self.activity_b)
        with self.assertRaises(AccessError):
            self.env["ir.actions.report"].with_user(self.user_a)._render_qweb_html(
                REPORT, pay_b.ids
            )


@tagged("post_install", "-at_install")
class TestVariablePayEmployeeButton(CoopVariablePayCase):
    def test_staff_button_counts_and_opens_her_variable_pays(self):
        self._compute()
        last_year = self._new_pay(self.activity_a, 2025)
        employee = self.activity_a.with_user(self.staff)
        self.assertEqual(employee.coop_variable_pay_count, 2)
        self.assertEqual(
            self.activity_b.with_user(self.staff).coop_variable_pay_count, 1
        )
        action = employee.action_coop_open_variable_pay()
        self.assertEqual(action["res_model"], "coop.variable.pay")
        pays = (
            self.env["coop.variable.pay"].with_user(self.staff).search(action["domain"])
        )
        self.assertEqual(pays.employee_id, self.activity_a)
        self.assertIn(last_year, pays)
        self.assertEqual(len(pays), 2)

    def test_button_on_the_staff_form_only(self):
        arch = (
            self.env["hr.employee"]
            .with_user(self.staff)
            .get_views([(False, "form")])["views"]["form"]["arch"]
        )
        self.assertIn("action_coop_open_variable_pay", arch)
        home = self.env["coop.entrepreneur.home"].with_user(self.user_a)
        home_arch = home.get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertNotIn("action_coop_open_variable_pay", home_arch)
