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

    @api.model_create_multi
    def create(self, vals_list):
        # The database refuses these rows on INSERT, before the constraints
        # run: say it clearly first.
        for vals in vals_list:
            start = fields.Date.to_date(vals.get("date_start"))
            end = fields.Date.to_date(vals.get("date_end"))
            if start and end and end < start:
                employee = self.env["hr.employee"].browse(vals.get("employee_id"))
                raise self._coop_dates_error(employee.name, start, end)
            if vals.get("state", "draft") != "draft" and not vals.get("signature_date"):
                employee = self.env["hr.employee"].browse(vals.get("employee_id"))
                raise self._coop_unsigned_error(employee.name)
        return super().create(vals_list)

    def write(self, vals):
        if "date_start" in vals or "date_end" in vals:
            for contract in self:
                start = fields.Date.to_date(vals.get("date_start", contract.date_start))
                end = fields.Date.to_date(vals.get("date_end", contract.date_end))
                if start and end and end < start:
                    raise self._coop_dates_error(contract.employee_id.name, start, end)
        if "state" in vals or "signature_date" in vals:
            for contract in self:
                state = vals.get("state", contract.state)
                signature = vals.get("signature_date", contract.signature_date)
                if state != "draft" and not signature:
                    raise self._coop_unsigned_error(contract.employee_id.name)
        return super().write(vals)
