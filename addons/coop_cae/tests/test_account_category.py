# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The one mapping of account codes to an activity's categories, in Python
and in SQL, on written codes of the French chart."""

from odoo.tests import TransactionCase, tagged
from odoo.tools import SQL

from ..tools.account_category import (
    CATEGORIES,
    account_category,
    account_category_sql,
)

WRITTEN_CODES = {
    "706900": "contribution",
    "706800": "transfer",
    "706000": "revenue",
    "604000": "direct_cost",
    "607000": "direct_cost",
    "611000": "direct_cost",
    "625100": "direct_cost",
    "641100": "salary",
    "645100": "social_charge",
    "626000": "other_cost",
    "758000": "other_income",
    "411000": None,
}


@tagged("post_install", "-at_install")
class TestAccountCategory(TransactionCase):
    def test_written_codes_in_python(self):
        for code, category in WRITTEN_CODES.items():
            with self.subTest(code=code):
                self.assertEqual(account_category(code), category)

    def test_no_code_has_no_category(self):
        self.assertIsNone(account_category(""))
        self.assertIsNone(account_category(False))

    def test_sql_case_gives_the_python_category(self):
        codes = SQL(", ").join(SQL("(%s)", code) for code in WRITTEN_CODES)
        self.env.cr.execute(
            SQL(
                "SELECT code, %s FROM (VALUES %s) AS written(code)",
                account_category_sql(SQL.identifier("written", "code")),
                codes,
            )
        )
        in_sql = dict(self.env.cr.fetchall())
        self.assertEqual(in_sql, WRITTEN_CODES)
        self.assertEqual(
            in_sql, {code: account_category(code) for code in WRITTEN_CODES}
        )

    def test_every_category_has_a_label(self):
        labelled = dict(CATEGORIES)
        self.assertEqual(set(WRITTEN_CODES.values()) - {None}, set(labelled))
