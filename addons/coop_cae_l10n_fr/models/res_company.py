# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    coop_vat_on_debits = fields.Boolean(
        string="VAT on Debits",
        help="The cooperative opted to pay the VAT on its services when it "
        "invoices them rather than when it is paid (CGI art. 269-2-c): its "
        'invoices of services must state "Option pour le paiement de la taxe '
        "d'après les débits\".",
    )

    def _coop_is_french_cooperative(self):
        """Whether French invoicing law binds this company as a cooperative:
        in France (Odoo's French localisation's countries, the overseas
        departments included) and with entrepreneurs, which is how coop_cae
        tells a cooperative (res.company._coop_has_entrepreneurs). Every
        company gets coop_cae's Structure account, so that account tells
        nothing; and companies without entrepreneurs, such as those of Odoo's
        own tests, post as Odoo does."""
        self.ensure_one()
        return (
            self.country_code in self._get_france_country_codes()
            and self._coop_has_entrepreneurs()
        )

    def _coop_missing_legal_identity(self):
        """What the invoices of a French company must state about it (C. com.
        R123-237, L441-9) and is not set, as the settings name it."""
        self.ensure_one()
        missing = []
        if not self._coop_siren():
            missing.append(self.env._("SIRET or SIREN"))
        if not self.coop_rcs_city:
            missing.append(self.env._("Trade Register City"))
        if not self.coop_legal_form:
            missing.append(self.env._("Legal Form"))
        if not (self.coop_capital_variable or self.coop_share_capital):
            missing.append(self.env._("Share Capital, or Variable Capital"))
        return missing

    def _coop_report_identity(self):
        """The company's identity line of its printed documents' footer:
        "CoopConnexion — SCOP SA à capital variable — SIREN 812 345 676 — RCS
        Arras — TVA FR19812345676" (the VAT number when it has one, which
        invoices must state: CGI annex II art. 242 nonies A). Empty outside
        France or when nothing of it is set."""
        self.ensure_one()
        if self.country_code not in self._get_france_country_codes():
            return ""
        identity = []
        if legal_form := self._coop_legal_form_mention():
            identity.append(legal_form)
        if siren := self._coop_siren():
            identity.append(self.env._("SIREN %(siren)s", siren=siren))
        if self.coop_rcs_city:
            identity.append(self.env._("RCS %(city)s", city=self.coop_rcs_city))
        if self.vat:
            identity.append(self.env._("VAT %(vat)s", vat=self.vat))
        return " — ".join([self.name, *identity]) if identity else ""
