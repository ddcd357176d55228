# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class CoopSignedContractMixin(models.AbstractModel):
    """What the CAPE and the CESA share: dates in order and no running contract
    without its signature, refused with the contract's own clear message."""

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

    def write(self, vals):
        if {"state", "signature_date", "date_start", "date_end"}.intersection(vals):
            self._coop_check_saved_terms(vals)
        return super().write(vals)
