# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models
from odoo.exceptions import RedirectWarning, UserError


class AccountMove(models.Model):
    _inherit = "account.move"

    def _post(self, soft=True):
        # Every posting goes through _post: the button, the staff's
        # validation, auto-posting and the imports.
        self._coop_check_legal_identity()
        return super()._post(soft)

    def _coop_check_legal_identity(self):
        """A French cooperative's customer invoices and credit notes state its
        legal identity: none is posted while some of it is missing."""
        documents = self.filtered(
            lambda m: m.move_type in ("out_invoice", "out_refund")
        )
        for company in documents.company_id:
            if not company._coop_is_french_cooperative():
                continue
            missing = company._coop_missing_legal_identity()
            if not missing:
                continue
            message = self.env._(
                "The invoices of %(company)s must state its legal identity, and "
                "some of it is missing: %(missing)s.",
                company=company.name,
                missing=", ".join(missing),
            )
            if not self.env.user.has_group("base.group_system"):
                raise UserError(
                    message
                    + "\n"
                    + self.env._(
                        "Ask the cooperative's administrator to fill it in, in "
                        "Settings > Cooperative > Legal identity on invoices."
                    )
                )
            raise RedirectWarning(
                message
                + "\n"
                + self.env._(
                    "Fill it in, in Settings > Cooperative > Legal identity on "
                    "invoices, then post again."
                ),
                self.env.ref("coop_cae.res_config_settings_action").id,
                self.env._("Go to the settings"),
            )

    def _coop_operation_scopes(self):
        """What the invoice sells, for its printed operation category (goods,
        services or mixed): each line's product type, its taxes' scope for a
        line without product. Odoo's French invoice reads the taxes alone, and
        a photographer's service carrying the company's default goods tax
        printed "Livraison de biens"."""
        self.ensure_one()
        scopes = set()
        for line in self.invoice_line_ids.filtered(
            lambda line: line.display_type == "product"
        ):
            if line.product_id:
                scopes.add("service" if line.product_id.type == "service" else "consu")
            else:
                scopes.update(line.tax_ids.mapped("tax_scope"))
        return sorted(scope for scope in scopes if scope)

    def _coop_client_siren(self):
        """The client's SIREN, which French invoices state when the client is
        a company registered in France; empty otherwise."""
        self.ensure_one()
        client = self.commercial_partner_id
        if not client.is_company or (
            client.country_code
            and client.country_code not in self.company_id._get_france_country_codes()
        ):
            return ""
        return client._coop_siren()

    def _coop_vat_on_debits_mention(self):
        """Whether the invoice states the option for the VAT on debits: the
        company opted and the invoice sells services (goods' VAT is always due
        on invoicing). Odoo's French invoice states it whenever a tax is due
        on invoicing, which every goods tax is."""
        self.ensure_one()
        return (
            self.l10n_fr_is_company_french
            and self.is_sale_document()
            and self.company_id.coop_vat_on_debits
            and "service" in self._coop_operation_scopes()
        )

    def _coop_late_payment_mentions(self):
        """The late-payment terms French invoices state (C. com. L441-9 and
        L441-10): the penalties' rate and the fixed compensation."""
        self.ensure_one()
        if not self.l10n_fr_is_company_french or self.move_type != "out_invoice":
            return []
        return [
            self.env._(
                "Late-payment penalties: %(rate)s.",
                rate=self.company_id.coop_late_penalty_rate
                or self.env._("three times the legal interest rate"),
            ),
            self.env._(
                "Fixed compensation for recovery costs in case of late payment: "
                "40 € (C. com. L441-10 and D441-5)."
            ),
        ]
