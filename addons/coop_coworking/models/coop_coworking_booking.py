# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from .availability import ACTIVE_STATES, exclusion_guard, find_conflicts, format_slot

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

    _stop_after_start = models.Constraint(
        "CHECK(stop > start)",
        "A booking must end after it starts.",
    )

    def _default_booker_type(self):
        return "staff" if self.env.user._coop_is_staff() else "entrepreneur"

    def _default_employee_id(self):
        if self.env.user._coop_is_staff():
            return False
        return self.env.user._coop_get_activity(self.env.company).id

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
            # A stored name everyone reads: in the cooperative's language,
            # not in that of whoever booked (or of the job that did).
            lang = booking.company_id.partner_id.lang or self.env.lang
            booking.name = booking.with_context(lang=lang).env._(
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
                    slot=format_slot(self.env, self.start, self.stop),
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
        return self.env.su or self.env.user._coop_is_staff()

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

    def _coop_check_staff(self):
        if not self._coop_is_staff():
            raise UserError(self.env._("Only the cooperative's staff can do this."))

    def _coop_conflict_message(self, conflicts):
        lines = [
            self.env._(
                "%(resource)s is on loan since %(start)s and is overdue: it has "
                "not come back yet.",
                resource=resource.name,
                start=format_slot(self.env, begin),
            )
            if is_loan and not end
            else self.env._(
                "%(resource)s is on loan from %(slot)s.",
                resource=resource.name,
                slot=format_slot(self.env, begin, end),
            )
            if is_loan
            else self.env._(
                "%(resource)s is already booked from %(slot)s.",
                resource=resource.name,
                slot=format_slot(self.env, begin, end),
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
        conflicts = find_conflicts(self.env, slots, exclude_booking_ids=self.ids)
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
        with exclusion_guard(self.env, self._coop_exclusion_message):
            obsolete.unlink()
            Line.create(vals_list)
            # Write the slots now, inside the guard: the database's verdict
            # must come back here as a clear message, not at a later flush.
            self.env.flush_all()

    def _coop_exclusion_message(self, resource, begin, end):
        if not resource:
            return self.env._(
                "This slot was booked by someone else a moment ago: please choose "
                "another time or another resource."
            )
        return self._coop_conflict_message([(resource, begin, end, False)])
