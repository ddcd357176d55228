# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime, time, timedelta

import pytz

from odoo import api, fields, models, tools
from odoo.exceptions import UserError
from odoo.tools import SQL, format_date

from ..models.availability import OCCUPIED_STATES, busy_rows, occupied_hours
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
                               AT TIME ZONE coalesce(cal.tz, %(tz)s))::date AS date,
                           sum(extract(epoch FROM line.stop - line.start))::float / 3600
                               AS hours
                      FROM (%(booked)s) line
                      JOIN coop_coworking_resource res ON res.id = line.resource_id
                 LEFT JOIN resource_calendar cal ON cal.id = res.resource_calendar_id
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
                tz=self.env.company._coop_tz(),
                booked=busy_rows(states=OCCUPIED_STATES, loans=False),
            )
        )

    @api.model
    def _coop_bounds(self, date_from, date_to):
        """A period of days as naive UTC instants, from midnight to midnight in
        the cooperative's time zone."""
        tz = pytz.timezone(self.env.company._coop_tz())
        start = tz.localize(datetime.combine(date_from, time.min))
        stop = tz.localize(datetime.combine(date_to + timedelta(days=1), time.min))
        return (
            start.astimezone(pytz.utc).replace(tzinfo=None),
            stop.astimezone(pytz.utc).replace(tzinfo=None),
        )

    @api.model
    def _coop_occupancy_rows(self, date_from, date_to):
        """[(resource, open hours, {booker type: booked hours})] of a period,
        with every closure of the resources' calendars; each booked slot counts
        the hours it has inside the period."""
        if date_to < date_from:
            raise UserError(self.env._("The period ends before it starts."))
        start, stop = self._coop_bounds(date_from, date_to)
        resources = self.env["coop.coworking.resource"].search(
            [("company_id", "in", self.env.companies.ids)]
        )
        open_hours = resources._coop_open_hours(start, stop)
        booked = occupied_hours(self.env, resources.ids, start, stop)
        return [
            (
                resource,
                open_hours[resource.id],
                {
                    key: booked.get((resource.id, key), 0.0)
                    for key, _label in BOOKER_TYPES
                },
            )
            for resource in resources
        ]

    @api.model
    def _coop_write_occupancy_xlsx(self, workbook, date_from, date_to):
        """Writes the occupancy of a period into `workbook` (the XLSX report
        coop_coworking.occupancy_xlsx, of report_xlsx): per resource, its open
        hours, booked hours by kind of booker, and occupancy rate."""
        rows = self._coop_occupancy_rows(date_from, date_to)
        labels = dict(self._fields["booker_type"]._description_selection(self.env))
        kinds = dict(self._fields["resource_kind"]._description_selection(self.env))
        sheet = workbook.add_worksheet(self.env._("Occupancy"))
        bold = workbook.add_format({"bold": True})
        hours_format = workbook.add_format({"num_format": "0.00"})
        percent = workbook.add_format({"num_format": "0.0%"})
        sheet.write(
            0,
            0,
            self.env._(
                "Occupancy from %(start)s to %(stop)s",
                start=format_date(self.env, date_from),
                stop=format_date(self.env, date_to),
            ),
            bold,
        )
        header = [
            self.env._("Resource"),
            self.env._("Kind"),
            self.env._("Open Hours"),
            self.env._("Booked Hours"),
            *(labels[key] for key, _label in BOOKER_TYPES),
            self.env._("Occupancy"),
        ]
        sheet.write_row(2, 0, header, bold)
        for index, (resource, opened, booked) in enumerate(rows, start=3):
            total = sum(booked.values())
            sheet.write(index, 0, resource.name)
            sheet.write(index, 1, kinds[resource.kind])
            sheet.write_number(index, 2, opened, hours_format)
            sheet.write_number(index, 3, total, hours_format)
            for column, (key, _label) in enumerate(BOOKER_TYPES, start=4):
                sheet.write_number(index, column, booked[key], hours_format)
            sheet.write_number(
                index, 4 + len(BOOKER_TYPES), total / opened if opened else 0.0, percent
            )
        sheet.set_column(0, 0, 30)
        sheet.set_column(1, len(header), 14)
