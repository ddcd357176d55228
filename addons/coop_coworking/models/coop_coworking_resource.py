# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import math

import pytz

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Domain

from .availability import busy_intervals

RESOURCE_KINDS = [
    ("room", "Meeting Room"),
    ("desk", "Desk"),
    ("equipment", "Equipment"),
]
HALF_DAY_HOURS = 4.0
DAY_HOURS = 8.0


class CoopCoworkingResource(models.Model):
    _name = "coop.coworking.resource"
    _description = "Coworking Resource"
    _inherit = ["image.mixin", "mail.thread"]
    _order = "sequence, kind, name, id"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True, tracking=True)
    kind = fields.Selection(
        selection=RESOURCE_KINDS,
        required=True,
        default="room",
        index=True,
        tracking=True,
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    description = fields.Text()
    capacity = fields.Integer(
        help="How many people the room or desk welcomes.",
    )
    equipment_ids = fields.Many2many(
        comodel_name="coop.coworking.resource",
        relation="coop_coworking_resource_equipment_rel",
        column1="resource_id",
        column2="equipment_id",
        string="Included Equipment",
        domain="[('kind', '=', 'equipment'), ('id', '!=', id)]",
        check_company=True,
        help="Equipment that comes with the room (screen, video conference kit): "
        "it is not booked separately.",
    )
    resource_calendar_id = fields.Many2one(
        comodel_name="resource.calendar",
        string="Opening Hours",
        check_company=True,
        help="Working hours, public holidays and closures of the resource. "
        "Empty: it can be booked at any hour, day and night.",
    )
    is_lendable = fields.Boolean(
        string="Can Be Lent",
        help="The equipment can leave the coworking space, lent to a candidate or "
        "an entrepreneur.",
    )
    min_duration = fields.Float(
        string="Minimum Duration",
        default=0.5,
        help="Shortest booking, in hours. Zero: no minimum.",
    )
    max_duration = fields.Float(
        string="Maximum Duration",
        default=10.0,
        help="Longest booking, in hours. Zero: no maximum.",
    )
    max_advance_days = fields.Integer(
        string="Book Ahead (Days)",
        default=90,
        help="How many days ahead a booking may start. Zero: no limit.",
    )
    cancel_deadline_hours = fields.Float(
        string="Cancellation Deadline (Hours)",
        default=24.0,
        help="A booking cancelled less than this many hours before its start is "
        "flagged as a late cancellation.",
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    price_hour = fields.Monetary(string="Price per Hour")
    price_half_day = fields.Monetary(
        string="Price per Half-Day", help="For up to 4 hours."
    )
    price_day = fields.Monetary(string="Price per Day", help="For up to 8 hours.")
    loan_ids = fields.One2many(
        comodel_name="coop.coworking.loan",
        inverse_name="resource_id",
        string="Loans",
    )
    is_on_loan = fields.Boolean(
        string="On Loan",
        compute="_compute_is_on_loan",
        help="The equipment is lent right now and has not come back.",
    )

    _min_max_duration = models.Constraint(
        "CHECK(max_duration = 0 OR max_duration >= min_duration)",
        "The maximum duration of a booking cannot be below its minimum duration.",
    )
    _prices_positive = models.Constraint(
        "CHECK(coalesce(price_hour, 0) >= 0 AND coalesce(price_half_day, 0) >= 0 "
        "AND coalesce(price_day, 0) >= 0)",
        "Prices cannot be negative.",
    )

    def _compute_is_on_loan(self):
        # One query for all the resources, not one per resource.
        now = fields.Datetime.now()
        lent = (
            self.env["coop.coworking.loan"]
            .sudo()
            ._read_group(
                [
                    ("resource_id", "in", self.ids),
                    ("date_start", "<=", now),
                    ("date_returned", "=", False),
                ],
                ["resource_id"],
            )
        )
        lent_ids = {resource.id for (resource,) in lent}
        for resource in self:
            resource.is_on_loan = resource.id in lent_ids

    @api.constrains("is_lendable", "kind")
    def _check_lendable_is_equipment(self):
        for resource in self:
            if resource.is_lendable and resource.kind != "equipment":
                raise ValidationError(
                    self.env._(
                        "%(name)s is not equipment: only equipment can be lent.",
                        name=resource.name,
                    )
                )

    def _coop_price(self, hours):
        """The cheapest of the resource's prices for `hours` paid hours: by the
        hour, by half-day (up to 4 hours) or by day (up to 8 hours)."""
        self.ensure_one()
        if hours <= 0:
            return 0.0
        candidates = []
        if self.price_hour:
            candidates.append(self.price_hour * hours)
        if self.price_half_day:
            candidates.append(self.price_half_day * math.ceil(hours / HALF_DAY_HOURS))
        if self.price_day:
            days = math.ceil(hours / DAY_HOURS)
            rest = hours - (days - 1) * DAY_HOURS
            candidates.append(self.price_day * days)
            if days > 1 and self.price_half_day and rest <= HALF_DAY_HOURS:
                candidates.append(self.price_day * (days - 1) + self.price_half_day)
        return self.currency_id.round(min(candidates)) if candidates else 0.0

    def _coop_open_intervals(self, start, stop):
        """Opening intervals of each resource between two naive UTC datetimes, as
        {resource id: [(start, stop)]} in naive UTC. Resources are grouped by
        calendar: the calendar is asked once per calendar, not per resource."""
        start_utc = pytz.utc.localize(start)
        stop_utc = pytz.utc.localize(stop)
        result = {}
        for calendar, resources in self.grouped("resource_calendar_id").items():
            if not calendar:
                for resource in resources:
                    result[resource.id] = [(start, stop)]
                continue
            intervals = calendar._work_intervals_batch(start_utc, stop_utc)[False]
            slots = [
                (
                    begin.astimezone(pytz.utc).replace(tzinfo=None),
                    end.astimezone(pytz.utc).replace(tzinfo=None),
                )
                for begin, end, _records in intervals
            ]
            for resource in resources:
                result[resource.id] = slots
        return result

    def _coop_free_slots(self, start, stop, min_hours=0.0):
        """Free slots of each resource between two naive UTC datetimes: opening
        hours minus busy intervals, keeping slots of at least `min_hours`.
        {resource id: [(start, stop)]}."""
        opening = self._coop_open_intervals(start, stop)
        busy = busy_intervals(self.env, self.ids, start, stop)
        free = {}
        for resource in self:
            slots = []
            taken = busy.get(resource.id, [])
            for open_start, open_stop in opening[resource.id]:
                cursor = open_start
                for busy_start, busy_stop in taken:
                    if busy_stop <= cursor or busy_start >= open_stop:
                        continue
                    if busy_start > cursor:
                        slots.append((cursor, busy_start))
                    cursor = max(cursor, busy_stop)
                if cursor < open_stop:
                    slots.append((cursor, open_stop))
            free[resource.id] = [
                (begin, end)
                for begin, end in slots
                if (end - begin).total_seconds() / 3600 >= min_hours
            ]
        return free

    def _coop_open_hours(self, start, stop):
        """Open hours of each resource between two naive UTC datetimes."""
        return {
            resource_id: sum((end - begin).total_seconds() for begin, end in slots)
            / 3600
            for resource_id, slots in self._coop_open_intervals(start, stop).items()
        }

    @api.model
    def _coop_search_free(self, start, stop, kind=None):
        """Free slots of every active resource (of one kind) over a period:
        what the web client and the benchmark ask for a week."""
        domain = Domain("active", "=", True)
        if kind:
            domain &= Domain("kind", "=", kind)
        return self.search(domain)._coop_free_slots(start, stop)
