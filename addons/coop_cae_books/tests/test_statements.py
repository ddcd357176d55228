# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields
from odoo.fields import Domain
from odoo.tests import tagged

from .common import CoopBooksCase

YEAR = ("2026-01-01", "2026-12-31")


@tagged("post_install", "-at_install")
class TestStatements(CoopBooksCase):
    """The French compte de résultat and bilan, for the cooperative and for
    one activity, against sums of the journal items."""

    def _statement(self, statement, activity=None):
        """{kpi code: value} of the statement the accountant opens."""
        wizard = (
            self.env["coop.books.statement"]
            .with_user(self.accountant)
            .create(
                {
                    "statement": statement,
                    "date_from": YEAR[0],
                    "date_to": YEAR[1],
                    "activity_id": activity and activity.id,
                }
            )
        )
        action = wizard.action_open()
        instance = (
            self.env["mis.report.instance"]
            .with_user(self.accountant)
            .browse(action["res_id"])
        )
        values = {}
        for row in instance._compute_matrix().iter_rows():
            if not row.account_id:
                cell = next(iter(row.iter_cells()))
                values[row.kpi.name] = round(float((cell and cell.val) or 0.0), 2)
        return values

    def _sum(self, prefixes, activity=None, date_from=YEAR[0]):
        """Sum of the balances of the posted items of accounts `prefixes`
        (of one activity's analytic account), over the year."""
        domain = Domain.OR(
            Domain("account_id.code", "=like", f"{prefix}%") for prefix in prefixes
        ) & Domain(
            [
                ("parent_state", "=", "posted"),
                ("company_id", "=", self.company.id),
                ("date", "<=", YEAR[1]),
            ]
        )
        if date_from:
            domain &= Domain("date", ">=", date_from)
        if activity:
            domain &= Domain(
                "analytic_distribution", "in", self.account_of(activity).ids
            )
        [(balance,)] = self.env["account.move.line"]._read_group(
            domain, [], ["balance:sum"]
        )
        return round(balance or 0.0, 2)

    def account_of(self, activity):
        return {self.activity_a: self.account_a, self.activity_b: self.account_b}[
            activity
        ]

    def test_profit_and_loss_of_the_cooperative(self):
        values = self._statement("pl")
        self.assertEqual(values["FL"], -self._sum(["70"]))
        self.assertEqual(values["HN"], -self._sum(["6", "7"]))
        # The contributions move revenue between activities, not the result.
        self.assertEqual(values["FL"], 1000 + 1000 - 200)

    def test_profit_and_loss_of_one_activity(self):
        values = self._statement("pl", self.activity_a)
        self.assertEqual(values["FL"], -self._sum(["70"], self.activity_a))
        # A's invoice, less its credit note, less its contribution (10%).
        self.assertEqual(values["FL"], 1000 - 200 - 80)
        # Its result: that revenue less its expense report (excl. VAT).
        self.assertEqual(values["HN"], round(720 - self.expense_a.untaxed_amount, 2))
        self.assertEqual(values["HN"], -self._sum(["6", "7"], self.activity_a))
        # A's external costs are her expense report: B's bill is nowhere.
        self.assertEqual(values["HM"], self.expense_a.untaxed_amount)
        values_b = self._statement("pl", self.activity_b)
        self.assertEqual(values_b["HM"], 300)
        self.assertEqual(values_b["FL"], -self._sum(["70"], self.activity_b))

    def test_balance_sheet(self):
        values = self._statement("bs")
        self.assertEqual(
            values["BX"],
            self._sum(["410", "411", "413", "416", "418", "491"], date_from=None),
        )
        self.assertEqual(values["DI"], -self._sum(["12", "6", "7"], date_from=None))
        self.assertEqual(values["CO"], values["EE"])
        values_a = self._statement("bs", self.activity_a)
        # Balance sheet items carry no analytic account: A's bilan is its result.
        result_a = round(720 - self.expense_a.untaxed_amount, 2)
        self.assertEqual(values_a["DI"], result_a)
        self.assertEqual(values_a["BX"], 0)
        self.assertEqual(values_a["EE"], result_a)

    def test_statement_exports_to_xlsx(self):
        instance = self.env["mis.report.instance"]._coop_statement_instance(
            self.env.ref("l10n_fr_mis_reports.mis_report_pl"),
            fields.Date.to_date(YEAR[0]),
            fields.Date.to_date(YEAR[1]),
            self.activity_a,
        )
        instance = instance.with_user(self.accountant)
        action = instance.export_xls()
        content, content_type = (
            self.env["ir.actions.report"]
            .with_user(self.accountant)
            ._render_xlsx(action["report_name"], instance.ids, action["data"])
        )
        self.assertEqual(content_type, "xlsx")
        self.assertTrue(content.startswith(b"PK"))
