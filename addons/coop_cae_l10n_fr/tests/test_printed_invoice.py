# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The printed invoice as the client receives it: a real PDF (wkhtmltopdf),
read back as text (pdftotext)."""

from html import unescape

from lxml import etree

from odoo import Command
from odoo.tests import tagged

from odoo.addons.base.models.ir_actions_report import _wkhtml
from odoo.addons.coop_cae.tests.common import PdfText
from odoo.addons.coop_cae.tests.test_invoicing import CoopInvoicingCase


@tagged("post_install", "-at_install")
class TestPrintedInvoicePdf(PdfText, CoopInvoicingCase):
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
        Partner = cls.env["res.partner"].with_user(cls.user_a)
        cls.studio = Partner.create(
            {
                "name": "Studio Lumière",
                "is_company": True,
                "company_registry": "52345678900014",
                "country_id": cls.env.ref("base.fr").id,
                "street": "8 place Jean Jaurès",
                "zip": "62300",
                "city": "Lens",
            }
        )
        cls.studio_workshop = Partner.create(
            {
                "type": "delivery",
                "parent_id": cls.studio.id,
                "name": "Atelier de tirage",
                "street": "3 rue des Tirages",
                "zip": "62800",
                "city": "Liévin",
            }
        )

    def _invoice_text(self, invoice):
        return self._pdf_text("account.report_invoice", invoice)

    def _invoice(self, *products, partner=None):
        invoice = (
            self.env["account.move"]
            .with_user(self.user_a)
            .create(
                {
                    "move_type": "out_invoice",
                    "partner_id": (partner or self.client_a).id,
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
        text = self._invoice_text(invoice)
        self.assertIn("Service Delivery", text)
        self.assertNotIn("Goods Delivery", text)
        self.assertIn("Séance photo", text)

    def test_goods_and_services_print_as_mixed(self):
        text = self._invoice_text(self._invoice(self.session, self.prints))
        self.assertIn("Mixed Operation", text)
        self.assertIn("Goods Delivery", self._invoice_text(self._invoice(self.prints)))

    def test_company_client_invoice_carries_every_mention(self):
        self.company.sudo().coop_vat_on_debits = True
        invoice = self._invoice(self.session, partner=self.studio)
        self.assertEqual(invoice.partner_shipping_id, self.studio_workshop)
        # The cooperative's identity, in the footer of each page. (The PDF
        # rendered here has no header nor footer: wkhtmltopdf draws them from
        # pages whose styles it loads from web.base.url, which the test
        # server does not answer.)
        html, _format = self.env["ir.actions.report"]._render_qweb_html(
            "account.report_invoice", invoice.ids
        )
        footer = etree.fromstring(html, etree.HTMLParser()).xpath(
            "//div[contains(@class, 'footer')]"
            "/div[contains(@class, 'o_coop_legal_identity')]"
        )
        self.assertEqual(
            [div.text for div in footer],
            [
                f"{self.company.name} — SCIC SAS with variable capital — "
                "SIREN 812 345 678 — RCS Arras"
            ],
        )
        text = self._invoice_text(invoice)
        # The penalties and the compensation, after the payment terms.
        self.assertIn(
            "Late-payment penalties: three times the legal interest rate.", text
        )
        self.assertIn(
            "Fixed compensation for recovery costs in case of late payment: 40 €",
            text,
        )
        self.assertLess(text.index("Total"), text.index("Late-payment penalties"))
        self.assertLess(text.index("40 €"), text.index("Payment Communication: INV/"))
        # The client's SIREN, not its SIRET.
        self.assertIn("SIREN: 523 456 789", text)
        self.assertNotIn("52345678900014", text)
        # The delivery address, which differs from the invoicing one.
        self.assertIn("Shipping Address", text)
        self.assertIn("3 rue des Tirages", text)
        self.assertIn("Option to pay tax on debits", text)

    def test_pdf_prints_the_sellers_letterhead_and_identity(self):
        if _wkhtml().is_patched_qt:
            self.skipTest(
                "the patched wkhtmltopdf draws the header and the footer on "
                "each page, from pages the test server does not serve"
            )
        # The test company's SIREN has no valid VAT key: Odoo would refuse it.
        self.company.sudo().with_context(no_vat_validation=True).vat = "FR25812345678"
        text = self._invoice_text(self._invoice(self.session))
        # Debian's wkhtmltopdf draws no header nor footer pages: the seller's
        # letterhead opens the document and its identity closes it.
        self.assertLess(
            text.index("12 rue de la Coopération"), text.index("Invoice INV/")
        )
        self.assertIn("62300 Lens", text)
        identity = (
            f"{self.company.name} — SCIC SAS with variable capital — "
            "SIREN 812 345 678 — RCS Arras — VAT FR25812345678"
        )
        self.assertIn(identity, " ".join(text.split()))
        self.assertLess(text.index("Total"), text.index("SIREN 812 345 678"))
        # No "Page / " left without its numbers.
        self.assertNotIn("Page", text)

    def test_individual_client_gets_no_siren_nor_delivery_address(self):
        self.company.sudo().coop_vat_on_debits = True
        # Goods only: their VAT is due on invoicing whatever the option.
        invoice = self._invoice(self.prints)
        self.assertIn("SIREN 812 345 678", self._html(invoice))
        text = self._invoice_text(invoice)
        self.assertNotIn("SIREN:", text)
        self.assertNotIn("Shipping Address", text)
        self.assertNotIn("Option to pay tax on debits", text)
        self.assertIn("40 €", text)

    def test_no_debits_mention_without_the_option(self):
        invoice = self._invoice(self.session, partner=self.studio)
        html = self._html(invoice)
        self.assertNotIn("Option to pay tax on debits", html)
        self.company.sudo().coop_vat_on_debits = True
        self.assertIn("Option to pay tax on debits", self._html(invoice))

    def test_share_capital_printed_when_fixed(self):
        self.company.sudo().write(
            {
                "coop_legal_form": "SCOP SARL",
                "coop_capital_variable": False,
                "coop_share_capital": 10000,
            }
        )
        html = self._html(self._invoice(self.session))
        self.assertIn("SCOP SARL with a share capital of", html)
        self.assertIn("10,000.00", html)

    def test_credit_note_has_no_penalties(self):
        invoice = self._invoice(self.session).with_env(self.env)
        refund = invoice._reverse_moves()
        refund.action_post()
        html = self._html(refund)
        self.assertIn("SIREN 812 345 678", html)
        self.assertNotIn("Late-payment penalties", html)

    def test_french_client_reads_french_mentions(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["account", "l10n_fr_account", "coop_cae", "coop_cae_l10n_fr"], ["fr_FR"]
        )
        self.studio.sudo().lang = "fr_FR"
        # No rate set: the legal minimum, in the client's language.
        self.company.sudo().write(
            {"coop_vat_on_debits": True, "coop_late_penalty_rate": False}
        )
        html = self._html(self._invoice(self.session, partner=self.studio))
        self.assertIn("SCIC SAS à capital variable — SIREN 812 345 678", html)
        self.assertIn("Pénalités de retard : trois fois le taux d'intérêt légal.", html)
        self.assertIn("Indemnité forfaitaire pour frais de recouvrement", html)
        self.assertIn("Adresse de livraison", html)
        self.assertIn("Option pour le paiement de la taxe d'après les débits", html)

    def _html(self, invoice):
        html, _format = self.env["ir.actions.report"]._render_qweb_html(
            "account.report_invoice", invoice.ids
        )
        return unescape(html.decode())

    def test_placeholder_logo_is_not_printed(self):
        invoice = self._invoice(self.session)
        self.assertTrue(self.company.uses_default_logo)
        self.assertNotIn('alt="Logo"', self._html(invoice))
        # A 1x1 PNG: any logo but base's placeholder.
        self.company.sudo().logo = (
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGA"
            "hKmMIQAAAABJRU5ErkJggg=="
        )
        self.assertFalse(self.company.uses_default_logo)
        self.assertIn('alt="Logo"', self._html(invoice))

    def test_facturx_carries_the_sirens(self):
        invoice = self._invoice(self.session, partner=self.studio)
        xml, _errors = self.env["account.edi.xml.cii"]._export_invoice(invoice)
        tree = etree.fromstring(xml)
        ns = {
            "ram": "urn:un:unece:uncefact:data:standard:"
            "ReusableAggregateBusinessInformationEntity:100"
        }

        def legal_id(party):
            ids = tree.xpath(
                f"//ram:{party}/ram:SpecifiedLegalOrganization/ram:ID", namespaces=ns
            )
            self.assertEqual(len(ids), 1, party)
            self.assertEqual(ids[0].get("schemeID"), "0002")
            return ids[0].text

        self.assertEqual(legal_id("BuyerTradeParty"), "523456789")
        self.assertEqual(legal_id("SellerTradeParty"), "812345678")
