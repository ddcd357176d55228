# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models, tools
from odoo.tools import SQL


class CoopCoworkingBusySlot(models.Model):
    """What an entrepreneur may know of other people's bookings and loans: that
    a resource is busy from one instant to another. No name, no purpose, no
    person: those stay on the bookings, behind their record rules."""

    _name = "coop.coworking.busy.slot"
    _description = "Busy Slot"
    _auto = False
    _order = "start"
    _rec_name = "resource_id"

    resource_id = fields.Many2one(comodel_name="coop.coworking.resource", readonly=True)
    resource_kind = fields.Selection(related="resource_id.kind")
    start = fields.Datetime(readonly=True)
    stop = fields.Datetime(string="End", readonly=True)
    company_id = fields.Many2one(comodel_name="res.company", readonly=True)
    is_loan = fields.Boolean(string="On Loan", readonly=True)

    def _compute_display_name(self):
        for slot in self:
            slot.display_name = (
                self.env._("%(resource)s: on loan", resource=slot.resource_id.name)
                if slot.is_loan
                else self.env._("%(resource)s: busy", resource=slot.resource_id.name)
            )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        # Ids must not collide: even ids for booked slots, odd ones for loans.
        self.env.cr.execute(
            SQL(
                """
                CREATE OR REPLACE VIEW %s AS (
                    SELECT line.id * 2 AS id, line.resource_id, line.start,
                           line.stop, line.company_id, FALSE AS is_loan
                      FROM coop_coworking_booking_line line
                     WHERE line.state IN ('requested', 'confirmed')
                     UNION ALL
                    SELECT loan.id * 2 + 1, loan.resource_id, loan.date_start,
                           coalesce(loan.date_returned, loan.date_due),
                           loan.company_id, TRUE
                      FROM coop_coworking_loan loan
                     WHERE loan.date_returned IS NULL
                        OR loan.date_returned > loan.date_start
                )
                """,
                SQL.identifier(self._table),
            )
        )
