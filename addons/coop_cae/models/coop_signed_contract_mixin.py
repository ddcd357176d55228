# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

# The mark of the contract's own methods (start, end, early end, conversion):
# the only writes that may change the terms of a signed contract. An object,
# not a value: no request can put it in its context.
SIGNED_CHANGE = object()


class CoopSignedContractMixin(models.AbstractModel):
    """What the CAPE and the CESA share: dates in order and no running contract
    without its signature, refused with the contract's own clear message; once
    signed, the terms (dates, state, holder) change only through the
    contract's own methods (its end, early end or conversion), each recorded
    with its own date."""

    _name = "coop.signed.contract.mixin"
    _description = "Signed Contract of the Pathway"

    employee_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Entrepreneur",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        ondelete="restrict",
        domain="[('is_entrepreneur', '=', True)]",
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        default=lambda self: self.env.company,
    )

    def _coop_signed_fields(self):
        """The terms of a signed contract that only its own methods change."""
        return {"employee_id", "signature_date", "date_start", "date_end", "state"}

    def _coop_signed_change_error(self, name):
        raise NotImplementedError

    def _coop_dates_error(self, name, start, end):
        raise NotImplementedError

    def _coop_unsigned_error(self, name):
        raise NotImplementedError

    def _coop_check_signed_terms(self, name, state, signature_date, start, end):
        """The one Python check of the rules the database also enforces
        (``_dates_in_order``, ``_signed_when_running``): the end not before the
        start, no contract out of draft without its signature date. create and
        write run it before the database would refuse the row with a less
        helpful message; the constraint below runs it on what was saved."""
        start, end = fields.Date.to_date(start), fields.Date.to_date(end)
        if start and end and end < start:
            raise self._coop_dates_error(name, start, end)
        if state != "draft" and not signature_date:
            raise self._coop_unsigned_error(name)

    def _coop_check_saved_terms(self, vals=None):
        vals = vals or {}
        for contract in self:
            contract._coop_check_signed_terms(
                contract.employee_id.name,
                vals.get("state", contract.state),
                vals.get("signature_date", contract.signature_date),
                vals.get("date_start", contract.date_start),
                vals.get("date_end", contract.date_end),
            )

    @api.constrains("state", "signature_date", "date_start", "date_end")
    def _check_signed_terms(self):
        self._coop_check_saved_terms()

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._coop_check_signed_terms(
                self.env["hr.employee"].browse(vals.get("employee_id")).name,
                vals.get("state", "draft"),
                vals.get("signature_date"),
                vals.get("date_start"),
                vals.get("date_end"),
            )
        return super().create(vals_list)

    def _coop_check_signed_unchanged(self, vals):
        """Refuse a write that changes the terms of a signed contract, unless
        it comes from the contract's own methods (``_coop_write_signed``)."""
        if self.env.context.get("coop_cae_signed_change") is SIGNED_CHANGE:
            return
        names = self._coop_signed_fields().intersection(vals)
        for contract in self.filtered(lambda c: c.state != "draft"):
            for name in names:
                field = contract._fields[name]
                value = field.convert_to_record(
                    field.convert_to_cache(vals[name], contract), contract
                )
                if value != contract[name]:
                    # Who may not write at all is told so first.
                    self.check_access("write")
                    raise contract._coop_signed_change_error(contract.employee_id.name)

    def _coop_write_signed(self, vals):
        """The contract's own methods change its signed terms through here."""
        return self.with_context(coop_cae_signed_change=SIGNED_CHANGE).write(vals)

    def write(self, vals):
        if {"state", "signature_date", "date_start", "date_end"}.intersection(vals):
            self._coop_check_saved_terms(vals)
        self._coop_check_signed_unchanged(vals)
        return super().write(vals)
