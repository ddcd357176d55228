# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo import Command

from odoo.addons.coop_cae_contribution.tests.test_contribution import (
    CoopContributionCase,
)
from odoo.addons.coop_cae_payroll.tests.test_payroll_import import MARCH


class CoopTreasuryCase(CoopContributionCase):
    """A year of the two activities of CoopInvoicingCase, under the default
    contribution of 10 % when invoiced:

    Marie Dupont (Photographie, activity A):
    - 10/03 invoice 1,000.00 excl. VAT + 20 % VAT = 1,200.00; 600.00 paid on
      20/03: 500.00 cash excl. VAT;
    - 10/04 invoice 4,000.00 without VAT, paid in full on 20/04: 4,000.00;
    - 05/05 credit note 500.00 without VAT, paid back on 10/05: -500.00;
    - 12/04 bill 300.00 without VAT, paid on 25/04: -300.00;
    - 14/04 bill 200.00 without VAT, unpaid: no cash;
    - contributions 10 % of 1,000 + 4,000 - 500: -450.00;
    - March pay: gross 1,400.00 + employer contributions 588.00: -1,988.00;
    - 15/04 transfer of 150.00 from Julien Caron: +150.00.
    Treasury: 500 + 4,000 - 500 - 300 - 450 - 1,988 + 150 = 1,412.00.

    Julien Caron (Sophrologie, activity B): his invoice of 1,000.00 + VAT is
    unpaid; contribution -100.00; March pay -1,562.71 (1,100.50 + 462.21);
    transfer -150.00. Treasury: -1,812.71."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.activity_a.sudo().registration_number = "M0012"
        cls.supplier = cls.env["res.partner"].create({"name": "Photo Labo"})
        cls._pay_document(cls.invoice_a, 600.0, "2026-03-20")
        cls.invoice_a2 = cls._post(cls.activity_a, 4000.0, "2026-04-10")
        cls._pay_document(cls.invoice_a2, 4000.0, "2026-04-20")
        cls.refund_a = cls._post(cls.activity_a, 500.0, "2026-05-05", "out_refund")
        cls._pay_document(cls.refund_a, 500.0, "2026-05-10")
        cls.bill_a = cls._post(
            cls.activity_a, 300.0, "2026-04-12", "in_invoice", cls.supplier
        )
        cls._pay_document(cls.bill_a, 300.0, "2026-04-25")
        cls.bill_a_unpaid = cls._post(
            cls.activity_a, 200.0, "2026-04-14", "in_invoice", cls.supplier
        )
        cls.env["coop.payroll.import"].with_user(cls.staff).with_company(
            cls.company
        ).create(
            {"data_file": base64.b64encode(MARCH.encode()), "filename": "paie.csv"}
        ).action_import()
        transfer = (
            cls.env["coop.activity.transfer"]
            .with_user(cls.staff)
            .create(
                {
                    "name": "Retouches sous-traitées",
                    "date": "2026-04-15",
                    "activity_from_id": cls.activity_b.id,
                    "activity_to_id": cls.activity_a.id,
                    "amount": 150.0,
                }
            )
        )
        transfer.action_post()
        cls._book_queued()

    @classmethod
    def _post(cls, activity, price, date, move_type="out_invoice", partner=None):
        """Post a document of `activity` of one line without taxes."""
        document = (
            cls.env["account.move"]
            .with_user(cls.staff)
            .create(
                {
                    "move_type": move_type,
                    "partner_id": (partner or cls.partner_a).id,
                    "coop_activity_id": activity.id,
                    "invoice_date": date,
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "product_id": cls.product_a.id,
                                "price_unit": price,
                                "tax_ids": [Command.clear()],
                            }
                        )
                    ],
                }
            )
        )
        document.action_post()
        return document.sudo(False)

    @classmethod
    def _pay_document(cls, document, amount, date):
        return (
            cls.env["account.payment.register"]
            .with_context(active_model="account.move", active_ids=document.ids)
            .create({"amount": amount, "payment_date": date})
            ._create_payments()
        )

    def _figures(self, activities, date=None):
        return self.env["coop.activity.treasury"]._coop_figures(activities, date)
