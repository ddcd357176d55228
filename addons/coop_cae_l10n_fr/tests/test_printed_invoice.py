# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The printed invoice as the client receives it: a real PDF (wkhtmltopdf),
read back as text (pdftotext)."""

import shutil
import subprocess

from odoo import Command
from odoo.tests import tagged

from odoo.addons.coop_cae.tests.test_invoicing import CoopInvoicingCase


@tagged("post_install", "-at_install")
class TestPrintedInvoicePdf(CoopInvoicingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._set_legal_identity()
        # The company's default sale tax, the French chart's goods one.
        cls.session = cls.env["product.product"].create(
            {"name": "Séance photo", "type": "service", "list_price": 350.0}
        )
        cls.prints = cls.env["product.product"].create(
            {"name": "Tirage d'art", "type": "consu", "list_price": 40.0}
        )

    def _pdf_text(self, invoice):
        if not (shutil.which("wkhtmltopdf") and shutil.which("pdftotext")):
            self.skipTest(
                "wkhtmltopdf or pdftotext is missing (bin/test installs them)"
            )
        pdf, kind = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf("account.report_invoice", invoice.ids)
        )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
        text = subprocess.run(
            ["pdftotext", "-layout", "-", "-"],
            input=pdf,
            capture_output=True,
            check=True,
        ).stdout.decode()
        return " ".join(text.split())

    def _invoice(self, *products):
        invoice = (
            self.env["account.move"]
            .with_user(self.user_a)
            .create(
                {
                    "move_type": "out_invoice",
                    "partner_id": self.client_a.id,
                    "invoice_date": "2026-03-10",
                    "invoice_line_ids": [
                        Command.create({"product_id": product.id})
                        for product in products
                    ],
                }
            )
        )
        invoice.action_post()
        return invoice

    def test_a_service_prints_as_a_service_delivery(self):
        invoice = self._invoice(self.session)
        self.assertEqual(
            invoice.invoice_line_ids.tax_ids.mapped("tax_scope"),
            ["consu"],
            "the service carries the default goods tax",
        )
        text = self._pdf_text(invoice)
        self.assertIn("Service Delivery", text)
        self.assertNotIn("Goods Delivery", text)
        self.assertIn("Séance photo", text)
        self.assertIn("SIREN 812 345 678", text)
        self.assertIn("RCS Arras", text)
        self.assertIn("Late-payment penalties", text)

    def test_goods_and_services_print_as_mixed(self):
        text = self._pdf_text(self._invoice(self.session, self.prints))
        self.assertIn("Mixed Operation", text)
        self.assertIn("Goods Delivery", self._pdf_text(self._invoice(self.prints)))
