# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models, tools
from odoo.tools import SQL

from .availability import busy_rows


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
        self.env.cr.execute(
            SQL(
                "CREATE OR REPLACE VIEW %s AS (SELECT id, resource_id, start, stop, "
                "company_id, is_loan FROM (%s) busy)",
                SQL.identifier(self._table),
                busy_rows(),
            )
        )
