# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import functools

from odoo import api, models

from .coop_fence import coop_command_ids, coop_is_fenced

# The models whose records belong to one activity: an entrepreneur may point
# to one of them (a many2one of their draft, a wizard's invoice) only when they
# may read it, or the name and data of another's record would come back.
FENCED_MODELS = frozenset(
    {
        "account.analytic.line",
        "account.full.reconcile",
        "account.move",
        "account.move.line",
        "account.partial.reconcile",
        "account.payment",
        "hr.expense",
        "ir.attachment",
        "mail.activity",
        "mail.followers",
        "mail.message",
        "mail.notification",
        "payment.token",
        "payment.transaction",
        "product.product",
        "product.template",
        "res.partner",
        "res.partner.bank",
        "snailmail.letter",
    }
)


class Base(models.AbstractModel):
    _inherit = "base"

    # Not @api.model: the web client sends the records' ids first, as Odoo's
    # own onchange expects.
    def onchange(self, values, field_names, fields_spec):
        if self._transient and not field_names and coop_is_fenced(self.env):
            # A wizard being opened: the records its defaults name (the invoice
            # of its context) must be readable before it shows their data.
            self._coop_check_reachable(self.default_get(list(fields_spec)))
        return super().onchange(values, field_names, fields_spec)

    @api.model_create_multi
    def create(self, vals_list):
        fenced = coop_is_fenced(self.env)
        if fenced:
            for vals in vals_list:
                self._coop_check_reachable(vals)
        records = super().create(vals_list)
        if fenced and self._transient:
            records._coop_check_wizard_records()
        return records

    def write(self, vals):
        if coop_is_fenced(self.env):
            self._coop_check_reachable(vals)
        return super().write(vals)

    @api.model
    def _coop_fenced_models(self):
        """The models of one activity's records: addons add theirs."""
        return FENCED_MODELS

    @api.model
    def _coop_check_reachable(self, vals):
        """Refuse values that name a record of another activity."""
        fenced = self._coop_fenced_models()
        for name, value in vals.items():
            field = self._fields.get(name)
            if not value or not field or field.comodel_name not in fenced:
                continue
            if field.type == "many2one":
                ids = {value} if isinstance(value, int) else set()
            else:
                ids = coop_command_ids(value)
            if ids:
                self.env[field.comodel_name].browse(ids).check_access("read")

    def _coop_check_wizard_records(self):
        """A wizard shows the records it acts on: they must be readable."""
        fenced = self._coop_fenced_models()
        for field in self._fields.values():
            if field.relational and field.comodel_name in fenced:
                self.mapped(field.name).check_access("read")

    def _coop_check_fenced_access(self, operation):
        """For `_check_access` overrides whose fence lives in `_search`: the
        records of `self` that `_search` does not return are forbidden."""
        allowed = self.search([("id", "in", self.ids)])
        if forbidden := self - allowed:
            return forbidden, functools.partial(
                self.env["ir.rule"]._make_access_error, operation, forbidden
            )
        return None
