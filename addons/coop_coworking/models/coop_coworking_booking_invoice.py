# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .availability import format_slot


class CoopCoworkingBooking(models.Model):
    """Invoicing the paid hours of bookings, or charging them to the
    entrepreneur's activity."""

    _inherit = "coop.coworking.booking"

    charge_mode = fields.Selection(
        selection=[
            ("invoice", "Invoice"),
            ("analytic", "Activity Analytic Account"),
        ],
        string="Charge To",
        default="invoice",
        required=True,
        help="Invoice: the cooperative invoices the paid hours. Activity Analytic "
        "Account: an entrepreneur booking for their own business (a client "
        "workshop) has the cost charged to their activity instead.",
    )
    invoice_id = fields.Many2one(
        comodel_name="account.move",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )
    analytic_line_id = fields.Many2one(
        comodel_name="account.analytic.line",
        string="Analytic Charge",
        readonly=True,
        copy=False,
    )

    @api.constrains("charge_mode", "booker_type", "employee_id")
    def _check_charge_mode(self):
        for booking in self:
            if booking.charge_mode == "analytic" and not (
                booking.booker_type == "entrepreneur"
                and booking.employee_id.sudo().coop_analytic_account_id
            ):
                raise ValidationError(
                    self.env._(
                        "Only an entrepreneur's booking can be charged to their "
                        "activity's analytic account."
                    )
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_invoiced(self):
        if any(booking.invoice_id or booking.analytic_line_id for booking in self):
            raise UserError(
                self.env._(
                    "A booking that was invoiced or charged cannot be deleted: "
                    "cancel it instead."
                )
            )

    def action_invoice(self):
        """Invoice the paid hours of confirmed or done bookings (one invoice per
        partner), or charge them to the entrepreneur's activity."""
        self._coop_check_staff()
        to_bill = self.filtered(
            lambda b: b.state in ("confirmed", "done")
            and b.amount > 0
            and not b.invoice_id
            and not b.analytic_line_id
        )
        if not to_bill:
            raise UserError(self.env._("There is nothing to invoice or charge."))
        to_bill.filtered(lambda b: b.charge_mode == "analytic")._coop_charge_analytic()
        invoiced = to_bill.filtered(lambda b: b.charge_mode == "invoice")
        moves = invoiced._coop_create_invoices()
        if len(moves) == 1:
            return {
                "type": "ir.actions.act_window",
                "res_model": "account.move",
                "res_id": moves.id,
                "view_mode": "form",
            }
        return True

    def _coop_create_invoices(self):
        if not self:
            return self.env["account.move"]
        missing = self.filtered(lambda b: not b.partner_id)
        if missing:
            raise UserError(
                self.env._(
                    "Please set who is invoiced for %(booking)s.",
                    booking=missing[0].name,
                )
            )
        vals_list = []
        groups = list(self.grouped(lambda b: (b.company_id, b.partner_id)).items())
        for (company, partner), bookings in groups:
            vals_list.append(
                {
                    "move_type": "out_invoice",
                    "company_id": company.id,
                    "partner_id": partner.id,
                    "invoice_origin": ", ".join(bookings.mapped("name")),
                    "invoice_line_ids": [
                        fields.Command.create(
                            {
                                "name": booking._coop_invoice_label(),
                                "quantity": 1.0,
                                "price_unit": booking.amount,
                                "tax_ids": [fields.Command.clear()],
                            }
                        )
                        for booking in bookings
                    ],
                }
            )
        moves = self.env["account.move"].create(vals_list)
        for (_key, bookings), move in zip(groups, moves, strict=True):
            bookings.invoice_id = move
        return moves

    def _coop_invoice_label(self):
        self.ensure_one()
        return self.env._(
            "%(resource)s, %(slot)s: %(hours)s paid hours",
            resource=self.resource_id.name,
            slot=format_slot(self.env, self.start, self.stop),
            hours=round(self.paid_hours, 2),
        )

    def _coop_charge_analytic(self):
        vals_list = []
        for booking in self:
            account = booking.employee_id.sudo().coop_analytic_account_id
            vals_list.append(
                {
                    "name": booking._coop_invoice_label(),
                    "date": fields.Date.context_today(booking, booking.start),
                    "company_id": booking.company_id.id,
                    "amount": -booking.amount,
                    account.plan_id._column_name(): account.id,
                }
            )
        lines = self.env["account.analytic.line"].sudo().create(vals_list)
        for booking, line in zip(self, lines, strict=True):
            booking.analytic_line_id = line.id
