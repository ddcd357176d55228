# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io
from collections import defaultdict

import openpyxl
from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from odoo.addons.coop_cae.tests.common import PdfText, RefusalAssertions
from odoo.addons.coop_cae.tests.test_invoicing import CoopInvoicingCase

YEAR_FROM, YEAR_TO = "2026-01-01", "2026-12-31"
PAYROLL = (
    "Mois;Salarié;Brut;Cotisations salariales;Cotisations patronales;Net\n"
    "2026-03;Marie Dupont;1 400,00;308,00;588,00;1092,00\n"
    "2026-04;Marie Dupont;1 400,00;308,00;588,00;1092,00\n"
    "2026-03;Julien Caron;1100,50;242,11;462,21;858,39\n"
)
COSTS = ("contribution", "direct_cost", "other_cost", "salary", "social_charge")


def _category(code):
    """The shared definition of issue 17, written out again for the test."""
    if code.startswith("706800"):
        return "transfer"
    if code.startswith("706900"):
        return "contribution"
    if code.startswith("70"):
        return "revenue"
    if code.startswith(("60", "611", "625")):
        return "direct_cost"
    if code.startswith("641"):
        return "salary"
    if code.startswith("64"):
        return "social_charge"
    if code.startswith("6"):
        return "other_cost"
    if code.startswith("7"):
        return "other_income"
    return None


@tagged("post_install", "-at_install")
class TestActivityStatement(RefusalAssertions, PdfText, CoopInvoicingCase):
    """A year of two activities: invoices, a credit note, payments, bills, an
    expense report, payroll, contributions and a transfer; every figure of the
    statement checked against the journal items, to the cent."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.accountant = new_test_user(
            cls.env,
            login="statement_accountant",
            groups="base.group_user,coop_cae.coop_cae_group_accountant",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.activity_a.sudo().expense_manager_id = cls.staff
        # A: two more invoices, a credit note, the first invoice paid.
        cls._entrepreneur_invoice(cls.user_a, cls.client_a, post=True, price=2500.0)
        may = cls._entrepreneur_invoice(cls.user_a, cls.client_a, price=415.37)
        may.with_user(cls.user_a).invoice_date = "2026-05-20"
        may.with_user(cls.user_a).action_post()
        refund = (
            cls.env["account.move"]
            .with_user(cls.user_a)
            .create(
                {
                    "move_type": "out_refund",
                    "partner_id": cls.client_a.id,
                    "invoice_date": "2026-06-10",
                    "invoice_line_ids": [
                        Command.create(
                            {"product_id": cls.product_a.id, "price_unit": 300.0}
                        )
                    ],
                }
            )
        )
        refund.action_post()
        cls.payment = cls._register_payment(
            cls.invoice_a.with_user(cls.staff), payment_date="2026-04-02"
        )
        # A's bills: subcontracting and goods (direct costs), rent (other).
        cls.supplier = cls.env["res.partner"].create({"name": "Labo Photo"})
        cls.bill = cls._bill(
            [("604000", 400.0), ("607000", 50.25), ("625100", 80.0)], "2026-04-20"
        )
        rent = cls._bill([("613200", 120.0)], "2026-07-01")
        cls.bill_payment = cls._register_payment(
            rent.with_user(cls.staff), payment_date="2026-07-05"
        )
        cls.expense_move = cls._expense_report()
        # Payroll of March and April, the contributions, a transfer A -> B.
        journal = (
            cls.env["coop.payroll.import"]
            .with_company(cls.company)
            ._default_journal_id()
        )
        cls.env["coop.payroll.line"].with_user(cls.staff).with_company(
            cls.company
        )._coop_import_payroll(PAYROLL, journal)
        transfer = (
            cls.env["coop.activity.transfer"]
            .with_user(cls.staff)
            .create(
                {
                    "name": "Retouches sous-traitées",
                    "date": "2026-04-15",
                    "activity_from_id": cls.activity_a.id,
                    "activity_to_id": cls.activity_b.id,
                    "amount": 150.0,
                }
            )
        )
        transfer.action_post()
        cls.env.flush_all()
        cls.env["coop.contribution"]._coop_book_queue()
        cls.env.flush_all()

    @classmethod
    def _account(cls, code):
        return cls.env["account.account"].search(
            [
                *cls.env["account.account"]._check_company_domain(cls.company),
                ("code", "=", code),
            ]
        )

    @classmethod
    def _bill(cls, lines, date):
        bill = (
            cls.env["account.move"]
            .with_user(cls.staff)
            .create(
                {
                    "move_type": "in_invoice",
                    "partner_id": cls.supplier.id,
                    "invoice_date": date,
                    "coop_activity_id": cls.activity_a.id,
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": f"Achat {code}",
                                "account_id": cls._account(code).id,
                                "price_unit": amount,
                                "tax_ids": [Command.set(cls.tax_purchase_a.ids)],
                            }
                        )
                        for code, amount in lines
                    ],
                }
            )
        )
        bill.action_post()
        return bill

    @classmethod
    def _expense_report(cls):
        product = cls._create_product(
            name="Fournitures", can_be_expensed=True, standard_price=0.0
        )
        expense = (
            cls.env["hr.expense"]
            .with_user(cls.user_a)
            .create(
                {
                    "name": "Cartes mémoire",
                    "product_id": product.id,
                    "total_amount_currency": 64.0,
                    "date": "2026-03-15",
                }
            )
        )
        expense.action_submit()
        expense.sudo().action_approve()
        # Booked on the day it is posted: a day of March.
        with freeze_time("2026-03-20"):
            action = expense.sudo().action_post()
            cls.env[action["res_model"]].browse(action["res_id"]).with_context(
                **action["context"]
            ).action_post_entry()
        return expense.sudo().account_move_id

    # What the test computes itself from the journal items and documents.

    def _expected(self, activity, date_from=YEAR_FROM, date_to=YEAR_TO):
        account = activity.sudo().coop_analytic_account_id
        items = self.env["account.move.line"].search(
            [
                ("analytic_distribution", "in", account.ids),
                ("parent_state", "=", "posted"),
                ("date", ">=", date_from),
                ("date", "<=", date_to),
            ]
        )
        sums = defaultdict(float)
        for item in items:
            category = _category(item.account_id.code)
            if category:
                share = item.analytic_distribution[str(account.id)] / 100.0
                sign = 1 if category in COSTS else -1
                sums[category] += sign * item.balance * share
        expected = {
            name: round(sums[name], 2)
            for name in (
                "revenue",
                "other_income",
                "transfer",
                "contribution",
                "direct_cost",
                "other_cost",
                "salary",
                "social_charge",
            )
        }
        expected["result"] = round(
            expected["revenue"]
            + expected["transfer"]
            + expected["other_income"]
            - sum(expected[name] for name in COSTS),
            2,
        )
        moves = self.env["account.move"].search(
            [("coop_activity_id", "=", activity.id), ("state", "=", "posted")]
        )
        sales = moves.filtered(lambda move: move.is_sale_document())
        expected["receivable"] = round(sum(sales.mapped("amount_residual_signed")), 2)
        payables = moves.line_ids.filtered(
            lambda line: line.account_id.account_type == "liability_payable"
        )
        expected["payable"] = round(-sum(payables.mapped("amount_residual")), 2)
        payments = self.env["account.payment"].search(
            [("coop_activity_id", "=", activity.id), ("state", "!=", "draft")]
        )
        expected["cash"] = round(
            sum(payments.mapped("amount_company_currency_signed")), 2
        )
        return expected

    def _statement(self, activity, user=None, **vals):
        return (
            self.env["coop.activity.statement"]
            .with_user(user or self.staff)
            .with_company(self.company)
            .create(
                {
                    "activity_id": activity.id,
                    "date_from": YEAR_FROM,
                    "date_to": YEAR_TO,
                    **vals,
                }
            )
        )

    def _figures(self, statement):
        names = self._expected(statement.activity_id).keys()
        return {name: statement[name] for name in names}

    def test_every_figure_matches_the_journal_items(self):
        for activity in (self.activity_a, self.activity_b):
            for user in (self.staff, self.accountant):
                with self.subTest(activity=activity.name, user=user.login):
                    statement = self._statement(activity, user=user)
                    self.assertEqual(self._figures(statement), self._expected(activity))

    def test_figures_tell_the_year_of_a(self):
        statement = self._statement(self.activity_a)
        # 1000 + 2500 + 415.37 invoiced, 300 credited.
        self.assertEqual(statement.revenue, 3615.37)
        self.assertEqual(statement.transfer, -150.0)
        # The bill's 530.25, the expense report's 64 with VAT (53.33 excl.).
        self.assertEqual(statement.direct_cost, 583.58)
        self.assertEqual(statement.other_cost, 120.0)
        self.assertEqual(statement.salary, 2800.0)
        self.assertEqual(statement.social_charge, 1176.0)
        self.assertGreater(statement.contribution, 0.0)
        # The first invoice (1200 with VAT) paid, the rent (144) paid.
        self.assertEqual(statement.cash, 1200.0 - 144.0)
        self.assertEqual(
            statement.receivable, round((2500.0 + 415.37 - 300.0) * 1.2, 2)
        )
        self.assertEqual(statement.payable, round(530.25 * 1.2 + 64.0, 2))
        statement_b = self._statement(self.activity_b)
        self.assertEqual(statement_b.revenue, 1000.0)
        self.assertEqual(statement_b.transfer, 150.0)
        self.assertEqual(statement_b.salary, 1100.5)
        self.assertEqual(statement_b.social_charge, 462.21)

    def test_a_period_counts_its_own_months(self):
        statement = self._statement(
            self.activity_a, date_from="2026-04-01", date_to="2026-04-30"
        )
        expected = self._expected(self.activity_a, "2026-04-01", "2026-04-30")
        expected.update(
            {
                name: self._expected(self.activity_a, YEAR_FROM, "2026-04-30")[name]
                for name in ("receivable", "payable")
            }
        )
        figures = self._figures(statement)
        self.assertEqual(figures["revenue"], 0.0)
        self.assertEqual(figures["salary"], 1400.0)
        self.assertEqual(figures["transfer"], -150.0)
        for name in ("revenue", "direct_cost", "salary", "transfer", "result"):
            self.assertEqual(figures[name], expected[name], name)
        # At the end of April: the first invoice is paid, the bill is not.
        self.assertEqual(figures["cash"], 1200.0)
        self.assertEqual(figures["receivable"], 3000.0)

    def test_monthly_lines_sum_to_the_result(self):
        statement = self._statement(self.activity_a)
        months = statement._coop_monthly_figures(
            self.activity_a, statement.date_from, statement.date_to
        )
        self.assertEqual(len(months), 5, [month for month, _values in months])
        self.assertAlmostEqual(
            sum(values["result"] for _month, values in months), statement.result, 2
        )
        groups = (
            self.env["coop.activity.statement.line"]
            .with_user(self.staff)
            .formatted_read_group(
                [("activity_id", "=", self.activity_a.id)], [], ["amount:sum"]
            )
        )
        self.assertAlmostEqual(groups[0]["amount:sum"], statement.result, 2)

    def test_entrepreneur_sees_her_own_lines_only(self):
        Line = self.env["coop.activity.statement.line"]
        mine = Line.with_user(self.user_a).search([])
        self.assertTrue(mine)
        self.assertEqual(mine.activity_id, self.activity_a)
        self.assertEqual(
            len(mine),
            Line.with_user(self.staff).search_count(
                [("activity_id", "=", self.activity_a.id)]
            ),
        )
        groups = Line.with_user(self.user_a).formatted_read_group(
            [], ["activity_id"], ["amount:sum"]
        )
        self.assertEqual(
            [group["activity_id"][0] for group in groups], [self.activity_a.id]
        )
        self.assertFalse(
            Line.with_user(self.user_a).search(
                [("activity_id", "=", self.activity_b.id)]
            )
        )
        # Staff and the accountant see both activities side by side.
        for user in (self.staff, self.accountant):
            groups = Line.with_user(user).formatted_read_group(
                [], ["activity_id"], ["amount:sum"]
            )
            self.assertEqual(
                {group["activity_id"][0] for group in groups},
                {self.activity_a.id, self.activity_b.id},
            )

    def test_entrepreneur_gets_her_statement_not_another(self):
        statement = self._statement(self.activity_a, user=self.user_a)
        self.assertEqual(
            self._figures(statement), self._figures(self._statement(self.activity_a))
        )
        # Her activity by default.
        default = (
            self.env["coop.activity.statement"]
            .with_user(self.user_a)
            .with_company(self.company)
            .create({})
        )
        self.assertEqual(default.activity_id, self.activity_a)
        with self.assertRefused(AccessError, "your own activity"):
            self._statement(self.activity_b, user=self.user_a)
        with self.assertRefused(AccessError, "your own activity"):
            statement.write({"activity_id": self.activity_b.id})

    @freeze_time("2026-12-31")
    def test_home_and_form_show_this_year_result(self):
        expected = self._expected(self.activity_a)["result"]
        home = (
            self.env["coop.entrepreneur.home"]
            .with_user(self.user_a)
            .with_company(self.company)
            .create({})
        )
        self.assertEqual(home.result_this_year, expected)
        action = home.action_open_statement()
        statement = self.env["coop.activity.statement"].browse(action["res_id"])
        self.assertEqual(statement.activity_id, self.activity_a)
        self.assertEqual(str(statement.date_from), YEAR_FROM)
        employee = self.activity_a.with_user(self.staff)
        self.assertEqual(employee.coop_result_this_year, expected)
        action = employee.action_coop_open_statement()
        self.assertEqual(action["res_model"], "coop.activity.statement")

    def test_pdf_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["coop_cae_activity_statement"], ["fr_FR"]
        )
        self.company.partner_id.sudo().lang = "fr_FR"
        statement = self._statement(self.activity_a, user=self.user_a)
        action = statement.action_print_pdf()
        self.assertEqual(
            action["report_name"],
            "coop_cae_activity_statement.report_activity_statement",
        )
        with self.with_user(self.user_a.login):
            text = self._pdf_text(action["report_name"], statement)
        self.assertIn("Compte d'activité : Photographie", text)
        self.assertIn("Chiffre d'affaires HT", text)
        self.assertIn("3 615,37", text)
        self.assertIn("Résultat", text)
        self.assertIn("Encaissements nets TTC", text)
        self.assertIn("avril 2026", text)

    def test_xlsx_reads_back(self):
        statement = self._statement(self.activity_a, user=self.user_a)
        action = statement.action_export_xlsx()
        content, kind = (
            self.env["ir.actions.report"]
            .with_user(self.user_a)
            ._render_xlsx(action["report_name"], statement.ids, action.get("data"))
        )
        self.assertEqual(kind, "xlsx")
        book = openpyxl.load_workbook(io.BytesIO(content))
        rows = {
            row[0]: row[1]
            for row in book.worksheets[0].iter_rows(values_only=True)
            if row and row[0]
        }
        expected = self._expected(self.activity_a)
        self.assertEqual(rows["Revenue excl. VAT"], expected["revenue"])
        self.assertEqual(rows["Result"], expected["result"])
        self.assertEqual(rows["Net Receipts incl. VAT"], expected["cash"])
        months = list(book.worksheets[1].iter_rows(values_only=True))
        self.assertEqual(months[0][0], "Month")
        self.assertAlmostEqual(
            sum(row[-1] for row in months[1:]), expected["result"], 2
        )

    def test_dialog_and_pivot_as_the_web_client_calls_them(self):
        Statement = (
            self.env["coop.activity.statement"]
            .with_user(self.user_a)
            .with_company(self.company)
        )
        spec = {
            "activity_id": {"fields": {"display_name": {}}},
            "date_from": {},
            "date_to": {},
            "result": {},
            "cash": {},
        }
        opened = Statement.onchange({}, [], spec)["value"]
        self.assertEqual(opened["activity_id"]["id"], self.activity_a.id)
        statement = Statement.web_save(
            {"date_from": YEAR_FROM, "date_to": YEAR_TO}, spec
        )[0]
        expected = self._expected(self.activity_a)
        self.assertEqual(statement["result"], expected["result"])
        self.assertEqual(statement["cash"], expected["cash"])
        groups = (
            self.env["coop.activity.statement.line"]
            .with_user(self.user_a)
            .formatted_read_group(
                [("coop_is_mine", "=", True)],
                ["date:month", "category"],
                ["amount:sum"],
            )
        )
        self.assertAlmostEqual(
            sum(group["amount:sum"] for group in groups), expected["result"], 2
        )
        self.assertIn("April 2026", [group["date:month"][1] for group in groups])
