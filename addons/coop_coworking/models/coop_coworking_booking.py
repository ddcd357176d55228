# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
import re
from collections import defaultdict
from contextlib import contextmanager
from datetime import datetime, timedelta

import psycopg2.errors
import pytz

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import SQL
from odoo.tools.misc import get_lang

from .coop_coworking_resource import ACTIVE_STATES

_logger = logging.getLogger(__name__)

# Fields an entrepreneur never writes directly, even over RPC (readonly= only
# binds the web client): the actions below check the state and the rights,
# then write them as superuser.
PROTECTED_FIELDS = {
    "state",
    "cancel_date",
    "is_late_cancellation",
    "free_hours",
    "paid_hours",
    "amount",
    "invoice_id",
    "analytic_line_id",
    "user_id",
    "employee_id",
    "booker_type",
    "partner_id",
    "candidate_name",
    "company_id",
}

# PostgreSQL's detail of an exclusion violation names the existing slot:
# "... conflicts with existing key (resource_id, tsrange(...))=(7, ["2026-03-02
# 09:00:00","2026-03-02 10:00:00"))." We read the resource and the range back.
EXISTING_KEY = re.compile(r'existing key .*\)=\((\d+), \["?([^",]+)"?,"?([^",)]+)"?\)')

BOOKER_TYPES = [
    ("entrepreneur", "Entrepreneur"),
    ("staff", "Staff"),
    ("candidate", "Candidate in Diagnostic"),
    ("external", "Outside Organisation"),
]


class CoopCoworkingBooking(models.Model):
    _name = "coop.coworking.booking"
    _description = "Coworking Booking"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "start desc, id desc"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    booker_type = fields.Selection(
        selection=BOOKER_TYPES,
        string="Booked For",
        required=True,
        index=True,
        tracking=True,
        default=lambda self: self._default_booker_type(),
    )
    employee_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Entrepreneur",
        index="btree_not_null",
        tracking=True,
        check_company=True,
        domain="[('is_entrepreneur', '=', True)]",
        default=lambda self: self._default_employee_id(),
    )
    candidate_name = fields.Char(string="Candidate")
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Invoiced To",
        compute="_compute_partner_id",
        store=True,
        readonly=False,
        precompute=True,
        index="btree_not_null",
        tracking=True,
        help="The organisation, or the entrepreneur, invoiced for the paid hours.",
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Owner",
        compute="_compute_user_id",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
        index=True,
        tracking=True,
        help="The user whose booking it is: an entrepreneur sees and changes only "
        "the bookings they own.",
    )
    resource_id = fields.Many2one(
        comodel_name="coop.coworking.resource",
        string="Resource",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        ondelete="restrict",
    )
    resource_kind = fields.Selection(related="resource_id.kind", store=True)
    extra_resource_ids = fields.Many2many(
        comodel_name="coop.coworking.resource",
        relation="coop_coworking_booking_extra_resource_rel",
        column1="booking_id",
        column2="resource_id",
        string="With",
        check_company=True,
        domain="[('id', '!=', resource_id)]",
        help="Other resources booked at the same time, such as the projector for "
        "a room.",
    )
    line_ids = fields.One2many(
        comodel_name="coop.coworking.booking.line",
        inverse_name="booking_id",
        string="Booked Slots",
    )
    start = fields.Datetime(required=True, tracking=True)
    stop = fields.Datetime(string="End", required=True, tracking=True)
    duration = fields.Float(
        compute="_compute_duration",
        store=True,
        aggregator="sum",
        help="In hours, from the real instants: a night across the change to "
        "summer time is one hour shorter.",
    )
    purpose = fields.Text()
    state = fields.Selection(
        selection=[
            ("requested", "Requested"),
            ("confirmed", "Confirmed"),
            ("cancelled", "Cancelled"),
            ("no_show", "No-Show"),
            ("done", "Done"),
        ],
        default="requested",
        required=True,
        index=True,
        copy=False,
        tracking=True,
    )
    cancel_date = fields.Datetime(string="Cancelled On", readonly=True, copy=False)
    is_late_cancellation = fields.Boolean(
        string="Late Cancellation",
        readonly=True,
        copy=False,
        help="Cancelled after the resource's cancellation deadline.",
    )
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
    currency_id = fields.Many2one(related="company_id.currency_id")
    free_hours = fields.Float(
        readonly=True,
        copy=False,
        aggregator="sum",
        help="Hours taken from the member's monthly free quota, set on confirmation.",
    )
    paid_hours = fields.Float(readonly=True, copy=False, aggregator="sum")
    amount = fields.Monetary(readonly=True, copy=False, aggregator="sum")
    invoice_id = fields.Many2one(
        comodel_name="account.move",
        string="Invoice",
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

    _stop_after_start = models.Constraint(
        "CHECK(stop > start)",
        "A booking must end after it starts.",
    )

    def _default_booker_type(self):
        if self.env.user.has_group("coop_cae.coop_cae_group_user"):
            return "staff"
        return "entrepreneur"

    def _default_employee_id(self):
        if self.env.user.has_group("coop_cae.coop_cae_group_user"):
            return False
        # Entrepreneurs cannot read hr.employee's private fields: find their own
        # record as superuser, hand back only its id.
        employee = (
            self.env["hr.employee"]
            .sudo()
            .search(
                [("user_id", "=", self.env.uid), ("is_entrepreneur", "=", True)],
                limit=1,
            )
        )
        return employee.id

    @api.depends(
        "resource_id", "booker_type", "employee_id", "candidate_name", "partner_id"
    )
    def _compute_name(self):
        for booking in self:
            who = {
                "entrepreneur": booking.employee_id.sudo().name,
                "candidate": booking.candidate_name,
                "external": booking.partner_id.name,
            }.get(booking.booker_type) or booking.user_id.name
            booking.name = self.env._(
                "%(resource)s for %(who)s",
                resource=booking.resource_id.name or "",
                who=who or "",
            )

    @api.depends("booker_type", "employee_id")
    def _compute_partner_id(self):
        for booking in self:
            if booking.booker_type == "entrepreneur" and booking.employee_id:
                booking.partner_id = booking.employee_id.sudo().work_contact_id
            elif booking.booker_type != "external":
                booking.partner_id = False

    @api.depends("employee_id")
    def _compute_user_id(self):
        for booking in self:
            user = booking.employee_id.sudo().user_id
            booking.user_id = user or booking.user_id or self.env.user

    @api.depends("start", "stop")
    def _compute_duration(self):
        for booking in self:
            if booking.start and booking.stop:
                seconds = (booking.stop - booking.start).total_seconds()
                booking.duration = seconds / 3600
            else:
                booking.duration = 0.0

    @api.constrains("booker_type", "employee_id", "candidate_name", "partner_id")
    def _check_booker(self):
        for booking in self:
            if booking.booker_type == "entrepreneur" and not booking.employee_id:
                raise ValidationError(self.env._("Please choose the entrepreneur."))
            if booking.booker_type == "candidate" and not booking.candidate_name:
                raise ValidationError(self.env._("Please give the candidate's name."))
            if booking.booker_type == "external" and not booking.partner_id:
                raise ValidationError(
                    self.env._("Please choose the outside organisation.")
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

    @api.constrains("start", "stop", "resource_id", "extra_resource_ids")
    def _check_resource_rules(self):
        """Duration, how far ahead, and opening hours of every booked resource."""
        now = fields.Datetime.now()
        for booking in self.filtered(lambda b: b.state in ACTIVE_STATES):
            for resource in booking.resource_id | booking.extra_resource_ids:
                booking._check_one_resource_rules(resource, now)

    def _check_one_resource_rules(self, resource, now):
        self.ensure_one()
        hours = self.duration
        if resource.min_duration and hours < resource.min_duration:
            raise ValidationError(
                self.env._(
                    "%(resource)s is booked for at least %(hours)s hours.",
                    resource=resource.name,
                    hours=resource.min_duration,
                )
            )
        if resource.max_duration and hours > resource.max_duration:
            raise ValidationError(
                self.env._(
                    "%(resource)s is booked for at most %(hours)s hours.",
                    resource=resource.name,
                    hours=resource.max_duration,
                )
            )
        if resource.max_advance_days and self.start > now + timedelta(
            days=resource.max_advance_days
        ):
            raise ValidationError(
                self.env._(
                    "%(resource)s can be booked at most %(days)s days ahead.",
                    resource=resource.name,
                    days=resource.max_advance_days,
                )
            )
        opening = resource._coop_open_intervals(self.start, self.stop)[resource.id]
        # Opening intervals are merged: the booking must fit in one of them.
        if not any(begin <= self.start and self.stop <= end for begin, end in opening):
            raise ValidationError(
                self.env._(
                    "%(resource)s is closed during part of %(slot)s: please book "
                    "within its opening hours.",
                    resource=resource.name,
                    slot=self._coop_format_slot(self.start, self.stop),
                )
            )

    def _coop_check_dates(self, vals):
        """Say it clearly before the database's CHECK refuses the row."""
        start = vals.get("start")
        stop = vals.get("stop")
        for booking in self or [self.browse()]:
            begin = fields.Datetime.to_datetime(start) if start else booking.start
            end = fields.Datetime.to_datetime(stop) if stop else booking.stop
            if begin and end and end <= begin:
                raise ValidationError(self.env._("A booking must end after it starts."))

    def _coop_is_staff(self):
        return self.env.su or self.env.user.has_group("coop_cae.coop_cae_group_user")

    def _coop_check_entrepreneur_vals(self, vals_list):
        """An entrepreneur books a requested slot for themselves, nothing else."""
        own = self._default_employee_id()
        for vals in vals_list:
            forbidden = PROTECTED_FIELDS & {
                key for key, value in vals.items() if value
            } - {"booker_type", "employee_id", "state", "company_id", "user_id"}
            if (
                forbidden
                or vals.get("booker_type", "entrepreneur") != "entrepreneur"
                or vals.get("employee_id", own) != own
                or vals.get("state", "requested") != "requested"
            ):
                raise AccessError(
                    self.env._(
                        "Entrepreneurs book for themselves: the staff book for "
                        "others and set prices and states."
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._coop_check_dates(vals)
        if not self._coop_is_staff():
            self._coop_check_entrepreneur_vals(vals_list)
        bookings = super().create(vals_list)
        bookings._coop_check_availability()
        bookings._coop_sync_lines()
        return bookings

    def write(self, vals):
        if PROTECTED_FIELDS & set(vals) and not self._coop_is_staff():
            raise AccessError(
                self.env._(
                    "Entrepreneurs change the slot, the resources and the purpose "
                    "of their bookings; the buttons change their state."
                )
            )
        if "start" in vals or "stop" in vals:
            self._coop_check_dates(vals)
        result = super().write(vals)
        if {"start", "stop", "resource_id", "extra_resource_ids", "state"} & set(vals):
            active = self.filtered(lambda b: b.state in ACTIVE_STATES)
            active._coop_check_availability()
            self._coop_sync_lines()
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_except_invoiced(self):
        if any(booking.invoice_id or booking.analytic_line_id for booking in self):
            raise UserError(
                self.env._(
                    "A booking that was invoiced or charged cannot be deleted: "
                    "cancel it instead."
                )
            )

    def action_confirm(self):
        if any(booking.state != "requested" for booking in self):
            raise UserError(self.env._("Only requested bookings can be confirmed."))
        if not self._coop_is_staff() and any(
            booking.booker_type != "entrepreneur" for booking in self
        ):
            raise UserError(self.env._("Only the cooperative's staff can do this."))
        self.check_access("write")
        self._coop_compute_price()
        self.sudo().state = "confirmed"
        return True

    def action_cancel(self):
        if any(booking.state not in ACTIVE_STATES for booking in self):
            raise UserError(
                self.env._("Only requested or confirmed bookings can be cancelled.")
            )
        self.check_access("write")
        now = fields.Datetime.now()
        for booking in self:
            deadline = booking.start - timedelta(
                hours=booking.resource_id.cancel_deadline_hours
            )
            booking.sudo().write(
                {
                    "state": "cancelled",
                    "cancel_date": now,
                    # At the deadline itself the cancellation is still in time.
                    "is_late_cancellation": now > deadline,
                    "free_hours": 0.0,
                    "paid_hours": 0.0,
                    "amount": 0.0,
                }
            )
        return True

    def action_no_show(self):
        self._coop_check_staff()
        if any(booking.state != "confirmed" for booking in self):
            raise UserError(
                self.env._("Only confirmed bookings can be marked as no-show.")
            )
        self.state = "no_show"
        return True

    def action_done(self):
        self._coop_check_staff()
        if any(booking.state != "confirmed" for booking in self):
            raise UserError(self.env._("Only confirmed bookings can be done."))
        self.state = "done"
        return True

    def action_reset_requested(self):
        self._coop_check_staff()
        self.write({"state": "requested"})
        return True

    def action_open_recurrence(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Repeat Booking"),
            "res_model": "coop.coworking.booking.recurrence",
            "view_mode": "form",
            "target": "new",
            "context": {"default_booking_id": self.id},
        }

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

    def _coop_check_staff(self):
        if not self.env.user.has_group("coop_cae.coop_cae_group_user"):
            raise UserError(self.env._("Only the cooperative's staff can do this."))

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
            slot=self._coop_format_slot(self.start, self.stop),
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

    def _coop_compute_price(self):
        """Free and paid hours, and the price, of bookings being confirmed.
        Members (entrepreneurs) book for free within their monthly quota for the
        kind of resource; outside organisations pay every hour; staff and
        candidates in diagnostic use the space for the cooperative itself.
        The quota already used is read in one grouped query for all bookings."""
        members = self.filtered(lambda b: b.booker_type == "entrepreneur")
        used = defaultdict(float)
        if members:
            months = {self._coop_month(b.start) for b in members}
            first = min(months)
            last = max(months)
            previous = self.sudo().search_fetch(
                [
                    ("employee_id", "in", members.employee_id.ids),
                    ("state", "in", ("confirmed", "done", "no_show")),
                    ("start", ">=", first - timedelta(days=1)),
                    ("start", "<", self._coop_next_month(last) + timedelta(days=1)),
                    ("id", "not in", self.ids),
                ],
                ["employee_id", "resource_kind", "start", "free_hours"],
            )
            for booking in previous:
                key = (
                    booking.employee_id.id,
                    booking.resource_kind,
                    self._coop_month(booking.start),
                )
                used[key] += booking.free_hours
        for booking in self.sorted("start"):
            resources = booking.resource_id | booking.extra_resource_ids
            hours = booking.duration
            free = 0.0
            if booking.booker_type in ("staff", "candidate"):
                free = hours
            elif booking.booker_type == "entrepreneur":
                key = (
                    booking.employee_id.id,
                    booking.resource_kind,
                    self._coop_month(booking.start),
                )
                quota = booking.company_id._coop_coworking_quota(booking.resource_kind)
                free = hours if not quota else max(0.0, min(hours, quota - used[key]))
                used[key] += free
            paid = hours - free
            booking.sudo().write(
                {
                    "free_hours": free,
                    "paid_hours": paid,
                    "amount": sum(r._coop_price(paid) for r in resources),
                }
            )

    def _coop_month(self, value):
        """First day of the month of `value` in the company's time zone (the
        calendar's), so that a booking on the 1st at 00:30 Paris time counts
        in its own month."""
        tz = pytz.timezone(self.env.company.resource_calendar_id.tz or "Europe/Paris")
        if isinstance(value, datetime):
            value = pytz.utc.localize(value).astimezone(tz).date()
        return value.replace(day=1)

    @staticmethod
    def _coop_next_month(first_day):
        return (first_day + timedelta(days=32)).replace(day=1)

    def _coop_tz(self):
        return (
            self.env.user.tz
            or self.env.company.resource_calendar_id.tz
            or "Europe/Paris"
        )

    def _coop_format_slot(self, start, stop):
        """ "03/02/2026 09:00 to 03/02/2026 11:00" in the user's language and
        time zone (the date format of the language, hours and minutes)."""
        tz = pytz.timezone(self._coop_tz())
        pattern = f"{get_lang(self.env).date_format} %H:%M"
        return self.env._(
            "%(start)s to %(stop)s",
            start=pytz.utc.localize(start).astimezone(tz).strftime(pattern),
            stop=pytz.utc.localize(stop).astimezone(tz).strftime(pattern),
        )

    # ------------------------------------------------------------------
    # No double booking
    # ------------------------------------------------------------------
    @api.model
    def _coop_find_conflicts(self, slots, exclude_ids=()):
        """Active booked slots and unreturned loans that overlap any of `slots`,
        a list of (resources, start, stop), in two queries whatever the number
        of slots. Returns a sorted list of (resource, start, stop), with no
        name or purpose: the caller may be an entrepreneur who must not see
        whose booking it is."""
        if not slots:
            return []
        conditions = SQL(" OR ").join(
            # Written as the exclusion constraint's expression, so that its
            # GiST index answers: the cost does not grow with the bookings.
            SQL(
                "(resource_id = ANY(%s) AND tsrange(start, stop, '[)') "
                "&& tsrange(%s, %s, '[)'))",
                resources.ids,
                start,
                stop,
            )
            for resources, start, stop in slots
        )
        # Raw SQL: the check must see everybody's slots whatever the user's
        # record rules, and must not flush the slots being changed (their
        # database constraint would fire before the clear message below).
        rows = self.env.execute_query(
            SQL(
                """
                SELECT resource_id, start, stop
                  FROM coop_coworking_booking_line
                 WHERE state IN %s AND NOT booking_id = ANY(%s) AND (%s)
                 ORDER BY start, resource_id
                """,
                ACTIVE_STATES,
                list(exclude_ids),
                conditions,
            )
        )
        loan_conditions = SQL(" OR ").join(
            SQL(
                "(resource_id = ANY(%s) AND date_start < %s "
                "AND (date_returned IS NULL OR date_returned > %s))",
                resources.ids,
                stop,
                start,
            )
            for resources, start, stop in slots
        )
        loans = self.env.execute_query(
            SQL(
                """
                SELECT resource_id, date_start, coalesce(date_returned, date_due)
                  FROM coop_coworking_loan WHERE %s
                """,
                loan_conditions,
            )
        )
        Resource = self.env["coop.coworking.resource"].sudo()
        conflicts = [
            (Resource.browse(resource_id), begin, end, False)
            for resource_id, begin, end in rows
        ] + [
            (Resource.browse(resource_id), begin, end, True)
            for resource_id, begin, end in loans
        ]
        return sorted(conflicts, key=lambda c: (c[1], c[0].id))

    def _coop_conflict_message(self, conflicts):
        lines = [
            self.env._(
                "%(resource)s is on loan from %(slot)s.",
                resource=resource.name,
                slot=self._coop_format_slot(begin, end),
            )
            if is_loan
            else self.env._(
                "%(resource)s is already booked from %(slot)s.",
                resource=resource.name,
                slot=self._coop_format_slot(begin, end),
            )
            for resource, begin, end, is_loan in conflicts
        ]
        return self.env._(
            "This slot is not free:\n%(conflicts)s\nPlease choose another time "
            "or another resource.",
            conflicts="\n".join(lines),
        )

    def _coop_check_availability(self):
        slots = [
            (
                booking.resource_id | booking.extra_resource_ids,
                booking.start,
                booking.stop,
            )
            for booking in self
            if booking.state in ACTIVE_STATES
        ]
        conflicts = self._coop_find_conflicts(slots, exclude_ids=self.ids)
        if conflicts:
            raise ValidationError(self._coop_conflict_message(conflicts))

    def _coop_sync_lines(self):
        """One booked slot per resource of each booking: the table on which
        PostgreSQL's exclusion constraint refuses overlapping active slots."""
        Line = self.env["coop.coworking.booking.line"].sudo()
        obsolete = Line
        vals_list = []
        for booking in self:
            wanted = booking.resource_id | booking.extra_resource_ids
            current = booking.sudo().line_ids
            obsolete |= current.filtered(
                lambda line, w=wanted: line.resource_id not in w
            )
            vals_list += [
                {"booking_id": booking.id, "resource_id": resource.id}
                for resource in wanted - current.resource_id
            ]
        with self._coop_double_booking_guard():
            obsolete.unlink()
            Line.create(vals_list)
            # Write the slots now, inside the guard: the database's verdict
            # must come back here as a clear message, not at a later flush.
            self.env.flush_all()

    @contextmanager
    def _coop_double_booking_guard(self):
        """Turn PostgreSQL's exclusion violation (a concurrent transaction
        booked the slot since our check, or two slots of one batch overlap)
        into the same clear message as the Python check. The savepoint keeps
        the transaction usable after the refusal."""
        try:
            with self.env.cr.savepoint(flush=False):
                yield
        except psycopg2.errors.ExclusionViolation as error:
            _logger.info("Double booking refused by the database: %s", error)
            raise ValidationError(self._coop_exclusion_message(error)) from None

    def _coop_exclusion_message(self, error):
        match = EXISTING_KEY.search(error.diag.message_detail or "")
        if not match:
            return self.env._(
                "This slot was booked by someone else a moment ago: please choose "
                "another time or another resource."
            )
        resource = self.env["coop.coworking.resource"].sudo().browse(int(match[1]))
        begin = fields.Datetime.to_datetime(match[2])
        end = fields.Datetime.to_datetime(match[3])
        return self._coop_conflict_message([(resource, begin, end, False)])


class CoopCoworkingBookingLine(models.Model):
    _name = "coop.coworking.booking.line"
    _description = "Coworking Booked Slot"
    _order = "start, resource_id"

    booking_id = fields.Many2one(
        comodel_name="coop.coworking.booking",
        required=True,
        index=True,
        ondelete="cascade",
    )
    resource_id = fields.Many2one(
        comodel_name="coop.coworking.resource",
        required=True,
        index=True,
        ondelete="restrict",
    )
    resource_kind = fields.Selection(related="resource_id.kind", store=True)
    start = fields.Datetime(related="booking_id.start", store=True)
    stop = fields.Datetime(related="booking_id.stop", store=True)
    duration = fields.Float(related="booking_id.duration", store=True)
    state = fields.Selection(related="booking_id.state", store=True, index=True)
    user_id = fields.Many2one(related="booking_id.user_id", store=True, index=True)
    booker_type = fields.Selection(related="booking_id.booker_type", store=True)
    company_id = fields.Many2one(related="booking_id.company_id", store=True)

    # The rule that makes double booking impossible, even for two transactions
    # at the same instant: PostgreSQL refuses an active slot whose half-open
    # range [start, stop) overlaps another active slot of the same resource.
    # Half-open, so that back-to-back slots (10:00-11:00, 11:00-12:00) pass.
    _no_double_booking = models.Constraint(
        "EXCLUDE USING gist (resource_id WITH =, tsrange(start, stop, '[)') WITH &&) "
        "WHERE (state IN ('requested', 'confirmed'))",
        "This resource is already booked at that time.",
    )
    _one_slot_per_resource = models.UniqueIndex(
        "(booking_id, resource_id)",
        "A booking holds a resource once.",
    )
