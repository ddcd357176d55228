# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import re
from collections import defaultdict

from odoo import fields
from odoo.tests import tagged

from .common import CoopBooksCase

FEC_COLUMNS = [
    "JournalCode",
    "JournalLib",
    "EcritureNum",
    "EcritureDate",
    "CompteNum",
    "CompteLib",
    "CompAuxNum",
    "CompAuxLib",
    "PieceRef",
    "PieceDate",
    "EcritureLib",
    "Debit",
    "Credit",
    "EcritureLet",
    "DateLet",
    "ValidDate",
    "Montantdevise",
    "Idevise",
]
AMOUNT = re.compile(r"^\d+,\d{2}$")
DATE = re.compile(r"^\d{8}$")


@tagged("post_install", "-at_install")
class TestFec(CoopBooksCase):
    """The FEC the accountant produces from the Books menu."""

    def _export(self, test_file=True, date_from="2026-01-01", date_to="2026-12-31"):
        action = self.env.ref("coop_cae_books.l10n_fr_fec_export_wizard_action")
        self.assertEqual(action.res_model, "l10n_fr.fec.export.wizard")
        wizard = (
            self.env[action.res_model]
            .with_user(self.accountant)
            .create(
                {"date_from": date_from, "date_to": date_to, "test_file": test_file}
            )
        )
        result = wizard.create_fec_report_action()
        self.assertEqual(result["type"], "ir.actions.act_url")
        self.assertIn(f"/{wizard.id}/coop_fec_file/", result["url"])
        return wizard, base64.b64decode(wizard.coop_fec_file).decode()

    def test_fec_has_the_legal_format(self):
        wizard, content = self._export()
        self.assertTrue(wizard.filename.endswith("FEC20261231.txt"))
        rows = [line.split("|") for line in content.split("\r\n")]
        self.assertEqual(rows[0], FEC_COLUMNS)
        entries = defaultdict(lambda: [0, 0])
        journals = set()
        for row in rows[1:]:
            self.assertEqual(len(row), 18, row)
            for column in (3, 9, 15):
                self.assertRegex(row[column], DATE)
            debit, credit = row[11].strip(), row[12].strip()
            self.assertRegex(debit, AMOUNT)
            self.assertRegex(credit, AMOUNT)
            cents = entries[row[2]]
            cents[0] += int(debit.replace(",", ""))
            cents[1] += int(credit.replace(",", ""))
            journals.add(row[0])
        for number, (debit, credit) in entries.items():
            self.assertEqual(debit, credit, f"{number} is not balanced")
        moves = self.env["account.move"].search(
            [("state", "=", "posted"), ("company_id", "=", self.company.id)]
        )
        self.assertEqual(set(entries) - {"OUVERTURE/2026"}, set(moves.mapped("name")))
        # Invoices, credit notes, bills, payments, expense reports,
        # contributions, shares.
        self.assertTrue(
            {
                self.invoice_a.journal_id.code,
                self.bill_b.journal_id.code,
                "CONTR",
                self.company_data["default_journal_bank"].code,
            }
            <= journals
        )
        self.assertIn(self.refund_a.name, entries)
        self.assertIn(self.expense_a.account_move_id.name, entries)
        self.assertIn(self.share_subscription.move_id.name, entries)

    def test_opening_balances_come_first(self):
        _wizard, content = self._export(date_from="2026-05-01")
        rows = [line.split("|") for line in content.split("\r\n")][1:]
        opening = [row[0] == "OUV" for row in rows]
        self.assertTrue(opening[0])
        self.assertEqual(opening, sorted(opening, reverse=True))

    def test_official_export_locks_the_year(self):
        self._export(test_file=False, date_to="2026-06-30")
        self.assertEqual(
            self.company.fiscalyear_lock_date, fields.Date.to_date("2026-06-30")
        )
        log = (
            self.env["coop.lock.date.log"]
            .sudo()
            .search([("lock_field", "=", "fiscalyear_lock_date")])
        )
        self.assertEqual(log.user_id, self.accountant)
