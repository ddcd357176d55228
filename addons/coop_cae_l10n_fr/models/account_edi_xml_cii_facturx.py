# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class AccountEdiXmlCii(models.AbstractModel):
    _inherit = "account.edi.xml.cii"

    def _export_invoice_vals(self, invoice):
        """The seller's and the buyer's SpecifiedLegalOrganization/ID, of
        scheme 0002 (SIRENE), carry their SIREN, the nine digits the French
        e-invoicing reform identifies a company by: Odoo puts the whole
        company registry number there, the fourteen digits of a SIRET."""
        vals = super()._export_invoice_vals(invoice)
        if not invoice.l10n_fr_is_company_french:
            return vals
        if seller := invoice.company_id._coop_siren():
            vals["seller_specified_legal_organization"] = seller.replace(" ", "")
        if buyer := invoice._coop_client_siren():
            vals["buyer_specified_legal_organization"] = buyer.replace(" ", "")
        return vals
