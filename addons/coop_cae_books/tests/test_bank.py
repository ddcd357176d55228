# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import CoopBooksCase

IBAN = "FR7630006000011234567890189"

CAMT_ENTRY = """
            <Ntry>
                <Amt Ccy="EUR">{amount:.2f}</Amt>
                <CdtDbtInd>{sign}</CdtDbtInd>
                <Sts>BOOK</Sts>
                <BookgDt><Dt>{date}</Dt></BookgDt>
                <ValDt><Dt>{date}</Dt></ValDt>
                <NtryDtls><TxDtls>
                    <Refs><EndToEndId>{ref}</EndToEndId></Refs>
                    <RmtInf><Ustrd>{label}</Ustrd></RmtInf>
                </TxDtls></NtryDtls>
            </Ntry>"""

CAMT = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
    <BkToCstmrStmt>
        <GrpHdr><MsgId>COOP-2026-04</MsgId><CreDtTm>2026-04-30T18:00:00</CreDtTm></GrpHdr>
        <Stmt>
            <Id>COOP-2026-04-1</Id>
            <CreDtTm>2026-04-30T18:00:00</CreDtTm>
            <Acct><Id><IBAN>{iban}</IBAN></Id></Acct>
            <Bal>
                <Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>
                <Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
                <Dt><Dt>2026-04-01</Dt></Dt>
            </Bal>
            <Bal>
                <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
                <Amt Ccy="EUR">{closing:.2f}</Amt><CdtDbtInd>CRDT</CdtDbtInd>
                <Dt><Dt>2026-04-30</Dt></Dt>
            </Bal>{entries}
        </Stmt>
    </BkToCstmrStmt>
</Document>
"""


@tagged("post_install", "-at_install")
class TestBank(CoopBooksCase):
    """The accountant imports the bank's statements and reconciles them; a
    payment lands on the activity of the document it pays."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.journal = cls.company_data["default_journal_bank"]
        cls.journal.bank_account_id = cls.env["res.partner.bank"].create(
            {"acc_number": IBAN, "partner_id": cls.company.partner_id.id}
        )
        cls.invoice_b2 = cls._post(cls.activity_b, 100.0, "2026-04-05", "out_invoice")

    def _import(self, filename, content, mapping=False):
        """Import a statement file as the accountant: its statement lines."""
        wizard = (
            self.env["account.statement.import"]
            .with_user(self.accountant)
            .with_context(journal_id=self.journal.id)
            .create(
                {
                    "statement_filename": filename,
                    "statement_file": base64.b64encode(content.encode()),
                    "sheet_mapping_id": mapping and mapping.id,
                }
            )
        )
        action = wizard.import_file_button()
        statements = self.env["account.bank.statement"].search(action["domain"])
        return statements.line_ids.with_user(self.accountant).sorted("amount")

    def _import_camt(self, *entries):
        """A camt.053 file of `entries` (amount, label, date): its lines."""
        xml_entries = "".join(
            CAMT_ENTRY.format(
                amount=abs(amount),
                sign="CRDT" if amount > 0 else "DBIT",
                date=date,
                ref=f"E2E-{index}",
                label=label,
            )
            for index, (amount, label, date) in enumerate(entries)
        )
        closing = sum(amount for amount, _label, _date in entries)
        return self._import(
            "releve.xml", CAMT.format(iban=IBAN, closing=closing, entries=xml_entries)
        )

    def _receivable(self, document):
        return document.line_ids.filtered(
            lambda line: line.account_id.account_type == "asset_receivable"
        )

    def _reconcile(self, st_line, *documents):
        """What the OCA's screen does: add the documents' items, validate."""
        for document in documents:
            st_line._add_account_move_line(self._receivable(document))
        self.assertTrue(st_line.can_reconcile)
        st_line.reconcile_bank_line()

    def test_imports_a_camt_statement(self):
        lines = self._import_camt(
            (-12.5, "FRAIS TENUE DE COMPTE", "2026-04-15"),
            (1200.0, "VIR MARIES MARTIN", "2026-04-16"),
        )
        self.assertEqual(lines.mapped("amount"), [-12.5, 1200.0])
        self.assertEqual(
            lines.mapped("payment_ref"), ["FRAIS TENUE DE COMPTE", "VIR MARIES MARTIN"]
        )
        self.assertEqual(lines.journal_id, self.journal)
        self.assertFalse(any(lines.mapped("is_reconciled")))

    def test_imports_a_french_csv_export(self):
        mapping = self.env.ref("coop_cae_books.coop_books_sheet_mapping_fr")
        csv = (
            "Date;Libellé;Débit;Crédit\n"
            "15/04/2026;FRAIS TENUE DE COMPTE;12,50;\n"
            '16/04/2026;VIR MARIES MARTIN;;"1 200,00"\n'
        )
        lines = self._import("releve.csv", csv, mapping)
        self.assertEqual(lines.mapped("amount"), [-12.5, 1200.0])
        self.assertEqual(
            [str(date) for date in lines.mapped("date")], ["2026-04-15", "2026-04-16"]
        )
        self.assertEqual(
            lines.mapped("payment_ref"), ["FRAIS TENUE DE COMPTE", "VIR MARIES MARTIN"]
        )

    def test_payment_lands_on_the_activity_of_the_invoice(self):
        amount = self.invoice_a.amount_residual
        st_line = self._import_camt((amount, "VIR MARIES MARTIN", "2026-04-16"))
        self._reconcile(st_line, self.invoice_a)
        entry = st_line.move_id
        self.assertTrue(st_line.is_reconciled)
        self.assertEqual(entry.coop_activity_id, self.activity_a)
        self.assertIn(self.invoice_a.payment_state, ("paid", "in_payment"))
        # Entrepreneur A sees the payment's entry; B does not.
        as_a = self.env["account.move"].with_user(self.user_a)
        self.assertEqual(as_a.search([("id", "=", entry.id)]), entry)
        entry.with_user(self.user_a).line_ids.read(["balance"])
        as_b = self.env["account.move"].with_user(self.user_b)
        self.assertFalse(as_b.search([("id", "=", entry.id)]))
        with self.assertRaises(AccessError):
            entry.with_user(self.user_b).read(["name"])
        # Undone, the entry is the cooperative's again.
        st_line.unreconcile_bank_line()
        self.assertFalse(entry.coop_activity_id)
        self.assertEqual(self.invoice_a.payment_state, "not_paid")

    def test_payment_of_two_activities_stays_the_cooperative(self):
        amount = self.invoice_a.amount_residual + self.invoice_b2.amount_residual
        st_line = self._import_camt((amount, "VIR GROUPE", "2026-04-16"))
        self._reconcile(st_line, self.invoice_a, self.invoice_b2)
        self.assertTrue(st_line.is_reconciled)
        self.assertFalse(st_line.move_id.coop_activity_id)
        self.assertIn(self.invoice_b2.payment_state, ("paid", "in_payment"))
        self.assertFalse(
            self.env["account.move"]
            .with_user(self.user_a)
            .search([("id", "=", st_line.move_id.id)])
        )
