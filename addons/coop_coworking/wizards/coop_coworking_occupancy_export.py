# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import io
from collections import defaultdict
from datetime import datetime, time, timedelta

import pytz
import xlsxwriter

from odoo import fields, models
from odoo.exceptions import UserError

BOOKER_TYPES = ("entrepreneur", "staff", "candidate", "external")


class CoopCoworkingOccupancyExport(models.TransientModel):
    _name = "coop.coworking.occupancy.export"
    _description = "Export Coworking Occupancy"

    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: fields.Date.context_today(self).replace(day=1),
    )
    date_to = fields.Date(
        string="To",
        required=True,
        default=lambda self: fields.Date.context_today(self),
    )
    file_data = fields.Binary(string="File", readonly=True, attachment=False)
    file_name = fields.Char(readonly=True)

    def _coop_bounds(self):
        """The period as naive UTC instants, from midnight to midnight in Paris."""
        tz = pytz.timezone(self.env.user.tz or "Europe/Paris")
        start = tz.localize(datetime.combine(self.date_from, time.min))
        stop = tz.localize(datetime.combine(self.date_to + timedelta(days=1), time.min))
        return (
            start.astimezone(pytz.utc).replace(tzinfo=None),
            stop.astimezone(pytz.utc).replace(tzinfo=None),
        )

    def _coop_occupancy_rows(self):
        """[(resource, open hours, {booker type: booked hours})], with every
        closure of the resources' calendars. Booked slots are read in one
        grouped query; each slot counts the hours it has inside the period."""
        self.ensure_one()
        if self.date_to < self.date_from:
            raise UserError(self.env._("The period ends before it starts."))
        start, stop = self._coop_bounds()
        resources = self.env["coop.coworking.resource"].search([])
        open_hours = resources._coop_open_hours(start, stop)
        lines = (
            self.env["coop.coworking.booking.line"]
            .sudo()
            .search_fetch(
                [
                    ("resource_id", "in", resources.ids),
                    ("state", "in", ("confirmed", "done", "no_show")),
                    ("start", "<", stop),
                    ("stop", ">", start),
                ],
                ["resource_id", "booker_type", "start", "stop"],
            )
        )
        booked = defaultdict(lambda: defaultdict(float))
        for line in lines:
            seconds = (min(line.stop, stop) - max(line.start, start)).total_seconds()
            booked[line.resource_id.id][line.booker_type] += seconds / 3600
        return [
            (resource, open_hours[resource.id], booked[resource.id])
            for resource in resources
        ]

    def action_export(self):
        self.ensure_one()
        rows = self._coop_occupancy_rows()
        labels = dict(
            self.env["coop.coworking.booking"]
            ._fields["booker_type"]
            ._description_selection(self.env)
        )
        kinds = dict(
            self.env["coop.coworking.resource"]
            ._fields["kind"]
            ._description_selection(self.env)
        )
        output = io.BytesIO()
        workbook = xlsxwriter.Workbook(output, {"in_memory": True})
        sheet = workbook.add_worksheet(self.env._("Occupancy"))
        bold = workbook.add_format({"bold": True})
        hours_format = workbook.add_format({"num_format": "0.00"})
        percent = workbook.add_format({"num_format": "0.0%"})
        sheet.write(
            0,
            0,
            self.env._(
                "Occupancy from %(start)s to %(stop)s",
                start=fields.Date.to_string(self.date_from),
                stop=fields.Date.to_string(self.date_to),
            ),
            bold,
        )
        header = [
            self.env._("Resource"),
            self.env._("Kind"),
            self.env._("Open Hours"),
            self.env._("Booked Hours"),
            *(labels[key] for key in BOOKER_TYPES),
            self.env._("Occupancy"),
        ]
        sheet.write_row(2, 0, header, bold)
        for index, (resource, opened, booked) in enumerate(rows, start=3):
            total = sum(booked.values())
            sheet.write(index, 0, resource.name)
            sheet.write(index, 1, kinds[resource.kind])
            sheet.write_number(index, 2, opened, hours_format)
            sheet.write_number(index, 3, total, hours_format)
            for column, key in enumerate(BOOKER_TYPES, start=4):
                sheet.write_number(index, column, booked.get(key, 0.0), hours_format)
            sheet.write_number(
                index, 4 + len(BOOKER_TYPES), total / opened if opened else 0.0, percent
            )
        sheet.set_column(0, 0, 30)
        sheet.set_column(1, len(header), 14)
        workbook.close()
        self.write(
            {
                "file_data": base64.b64encode(output.getvalue()),
                "file_name": f"occupancy_{self.date_from}_{self.date_to}.xlsx",
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/file_data/{self.file_name}"
            "?download=true",
            "target": "self",
        }
