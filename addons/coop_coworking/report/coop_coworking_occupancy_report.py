# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models, tools
from odoo.tools import SQL

from ..models.coop_coworking_booking import BOOKER_TYPES
from ..models.coop_coworking_resource import RESOURCE_KINDS


class CoopCoworkingOccupancyReport(models.Model):
    """Booked hours and open hours per resource and day, by kind of user.

    One row per resource, day and kind of booker with the hours booked that day
    (confirmed, done or no-show: a no-show still kept the room from others),
    plus one row per resource and open day with its opening hours, so that the
    pivot sums both over any period. Opening hours come from the resource's
    working calendar (24 hours a day without one); days closed by a global
    leave of that calendar count no open hour. The exact figures of a period,
    with every closure, are in the XLSX export."""

    _name = "coop.coworking.occupancy.report"
    _description = "Coworking Occupancy"
    _auto = False
    _order = "date desc, resource_id"
    _rec_name = "resource_id"

    resource_id = fields.Many2one(comodel_name="coop.coworking.resource", readonly=True)
    resource_kind = fields.Selection(
        selection=RESOURCE_KINDS,
        readonly=True,
    )
    date = fields.Date(readonly=True)
    booker_type = fields.Selection(
        selection=BOOKER_TYPES,
        string="Booked For",
        readonly=True,
    )
    booked_hours = fields.Float(readonly=True, aggregator="sum")
    open_hours = fields.Float(readonly=True, aggregator="sum")
    company_id = fields.Many2one(comodel_name="res.company", readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                """
                CREATE OR REPLACE VIEW %(table)s AS (
                WITH booked AS (
                    SELECT line.resource_id, line.company_id, line.booker_type,
                           (line.start AT TIME ZONE 'UTC'
                               AT TIME ZONE coalesce(cal.tz, 'Europe/Paris'))::date
                               AS date,
                           sum(line.duration) AS hours
                      FROM coop_coworking_booking_line line
                      JOIN coop_coworking_resource res ON res.id = line.resource_id
                 LEFT JOIN resource_calendar cal ON cal.id = res.resource_calendar_id
                     WHERE line.state IN ('confirmed', 'done', 'no_show')
                  GROUP BY 1, 2, 3, 4
                ), bounds AS (
                    SELECT date_trunc('month', min(date))::date AS first,
                           (date_trunc('month', max(date))
                               + interval '1 month - 1 day')::date AS last
                      FROM booked
                ), days AS (
                    SELECT generate_series(first, last, interval '1 day')::date AS date
                      FROM bounds WHERE first IS NOT NULL
                ), opening AS (
                    SELECT res.id AS resource_id, res.company_id, days.date,
                           CASE WHEN res.resource_calendar_id IS NULL THEN 24.0
                           ELSE (SELECT coalesce(sum(att.hour_to - att.hour_from), 0)
                                   FROM resource_calendar_attendance att
                                  WHERE att.calendar_id = res.resource_calendar_id
                                    AND att.dayofweek::int
                                        = extract(isodow FROM days.date) - 1
                                    AND att.day_period != 'lunch'
                                    AND att.display_type IS NULL)
                           END AS hours
                      FROM coop_coworking_resource res
                CROSS JOIN days
                     WHERE res.active
                       AND NOT EXISTS (
                           SELECT 1 FROM resource_calendar_leaves leave
                            WHERE leave.resource_id IS NULL
                              AND leave.calendar_id = res.resource_calendar_id
                              AND leave.date_from <= days.date
                              AND leave.date_to >= days.date + 1)
                )
                SELECT row_number() OVER () AS id, rows.*
                  FROM (
                    SELECT booked.resource_id, res.kind AS resource_kind,
                           booked.date, booked.booker_type,
                           booked.hours AS booked_hours, 0.0 AS open_hours,
                           booked.company_id
                      FROM booked
                      JOIN coop_coworking_resource res ON res.id = booked.resource_id
                     UNION ALL
                    SELECT opening.resource_id, res.kind, opening.date, NULL,
                           0.0, opening.hours, opening.company_id
                      FROM opening
                      JOIN coop_coworking_resource res ON res.id = opening.resource_id
                     WHERE opening.hours > 0
                  ) rows
                )
                """,
                table=SQL.identifier(self._table),
            )
        )
