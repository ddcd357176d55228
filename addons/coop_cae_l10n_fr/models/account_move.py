# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class AccountMove(models.Model):
    _inherit = "account.move"

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
