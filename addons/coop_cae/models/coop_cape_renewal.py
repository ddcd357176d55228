# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .coop_months import period_end
from .coop_pathway import CAPE_MAX_MONTHS, CAPE_MAX_RENEWALS


class CoopCapeRenewal(models.Model):
    """A renewal of a CAPE: each one is its own signed writing (C. com. L127-2)."""

    _name = "coop.cape.renewal"
    _description = "CAPE Renewal"
    _order = "date_start, id"

    contract_id = fields.Many2one(
        comodel_name="coop.cape.contract",
        string="CAPE",
        required=True,
        index=True,
        ondelete="cascade",
    )
    employee_id = fields.Many2one(related="contract_id.employee_id", store=True)
    company_id = fields.Many2one(related="contract_id.company_id", store=True)
    sequence_number = fields.Integer(
        string="Renewal Number", compute="_compute_sequence_number", store=True
    )
    signature_date = fields.Date(required=True)
    date_start = fields.Date(string="Start Date", required=True)
    date_end = fields.Date(string="End Date", required=True)
    note = fields.Html(
        string="Amendments", help="What changes in the programme for this period."
    )

    _dates_in_order = models.Constraint(
        "CHECK(date_end >= date_start)",
        "A CAPE renewal must end after it starts.",
    )

    @api.depends("contract_id.renewal_ids", "date_start")
    def _compute_sequence_number(self):
        for renewal in self:
            renewals = renewal.contract_id.renewal_ids.sorted("date_start")
            renewal.sequence_number = (
                list(renewals).index(renewal) + 1 if renewal in renewals else 0
            )

    def _coop_check_dates_in_order(self, start, end):
        """The Python side of ``_dates_in_order``, shared by create and the
        constraint."""
        start, end = fields.Date.to_date(start), fields.Date.to_date(end)
        if start and end and end < start:
            raise ValidationError(
                self.env._(
                    "The renewal ends on %(end)s, before it starts on %(start)s.",
                    end=end,
                    start=start,
                )
            )

    @api.constrains("contract_id", "date_start", "date_end", "signature_date")
    def _check_renewal(self):
        for renewal in self:
            contract = renewal.contract_id
            if len(contract.renewal_ids) > CAPE_MAX_RENEWALS:
                raise ValidationError(
                    self.env._(
                        "A CAPE is renewed at most %(count)s times: the CAPE of "
                        "%(name)s already was.",
                        count=CAPE_MAX_RENEWALS,
                        name=contract.employee_id.name,
                    )
                )
            if contract.state != "running":
                raise ValidationError(self.env._("Only a running CAPE can be renewed."))
            renewal._coop_check_dates_in_order(renewal.date_start, renewal.date_end)
            limit = period_end(renewal.date_start, CAPE_MAX_MONTHS)
            if renewal.date_end > limit:
                raise ValidationError(
                    self.env._(
                        "A CAPE period lasts at most %(months)s months: the renewal "
                        "starting on %(start)s must end on %(limit)s at the latest.",
                        months=CAPE_MAX_MONTHS,
                        start=renewal.date_start,
                        limit=limit,
                    )
                )
            previous_end = max(
                [
                    contract.date_end,
                    *(contract.renewal_ids - renewal)
                    .filtered(
                        lambda r, renewal=renewal: r.date_start < renewal.date_start
                    )
                    .mapped("date_end"),
                ]
            )
            if renewal.date_start != previous_end + timedelta(days=1):
                raise ValidationError(
                    self.env._(
                        "A renewal continues the CAPE: it must start on %(date)s, "
                        "the day after the previous period.",
                        date=previous_end + timedelta(days=1),
                    )
                )

    def _coop_check_signed(self, signature_date):
        """A renewal is its own signed writing: the database refuses a row
        without its signature date with a less helpful message."""
        if not signature_date:
            raise ValidationError(
                self.env._(
                    "A CAPE renewal is a signed writing (C. com. L127-2): enter "
                    "its signature date."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        # The database refuses these rows on INSERT, before the constraints
        # run: the same checks say it clearly first.
        for vals in vals_list:
            self._coop_check_signed(vals.get("signature_date"))
            self._coop_check_dates_in_order(
                vals.get("date_start"), vals.get("date_end")
            )
        renewals = super().create(vals_list)
        for renewal in renewals:
            renewal.contract_id.end_alert_sent = False
            renewal.contract_id._coop_schedule_declarations(
                self.env._(
                    "renewal of the CAPE from %(start)s to %(end)s",
                    start=renewal.date_start,
                    end=renewal.date_end,
                )
            )
        return renewals

    def write(self, vals):
        # A renewal is signed when it is recorded: its terms never change.
        for name in {"contract_id", "signature_date", "date_start", "date_end"} & set(
            vals
        ):
            field = self._fields[name]
            for renewal in self:
                value = field.convert_to_record(
                    field.convert_to_cache(vals[name], renewal), renewal
                )
                if value != renewal[name]:
                    self.check_access("write")
                    if name == "signature_date":
                        self._coop_check_signed(value)
                    raise UserError(
                        self.env._(
                            "The renewal of the CAPE of %(name)s from %(start)s is "
                            "signed: its dates never change. End the CAPE early "
                            "instead, which is kept in its history.",
                            name=renewal.employee_id.name,
                            start=renewal.date_start,
                        )
                    )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_signed(self):
        if self:
            raise UserError(
                self.env._(
                    "A signed CAPE renewal is part of the history: it is never deleted."
                )
            )

    def action_save(self):
        """The dialog's button: the record is saved when it is clicked."""
        return {"type": "ir.actions.act_window_close"}
