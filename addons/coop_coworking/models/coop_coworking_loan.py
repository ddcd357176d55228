# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Domain
from odoo.tools import format_datetime

from .availability import (
    LOAN_RANGE,
    exclusion,
    exclusion_guard,
    find_conflicts,
    format_slot,
)


class CoopCoworkingLoan(models.Model):
    _name = "coop.coworking.loan"
    _description = "Equipment Loan"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    resource_id = fields.Many2one(
        comodel_name="coop.coworking.resource",
        string="Equipment",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        ondelete="restrict",
        domain="[('is_lendable', '=', True)]",
    )
    borrower_type = fields.Selection(
        selection=[
            ("candidate", "Candidate in Diagnostic"),
            ("entrepreneur", "Entrepreneur"),
        ],
        string="Lent To",
        required=True,
        default="candidate",
    )
    employee_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Entrepreneur",
        check_company=True,
        index="btree_not_null",
        domain="[('is_entrepreneur', '=', True)]",
        tracking=True,
    )
    candidate_name = fields.Char(string="Candidate", tracking=True)
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Borrower User",
        compute="_compute_user_id",
        store=True,
        index="btree_not_null",
        help="The entrepreneur's user, who may read this loan.",
    )
    responsible_id = fields.Many2one(
        comodel_name="res.users",
        string="Lent By",
        required=True,
        default=lambda self: self.env.user,
        help="The staff member who lent the equipment and is alerted when it is "
        "overdue.",
    )
    date_start = fields.Datetime(
        string="Lent On", required=True, default=fields.Datetime.now, tracking=True
    )
    date_due = fields.Datetime(string="Due On", required=True, tracking=True)
    date_returned = fields.Datetime(string="Returned On", copy=False, tracking=True)
    condition_out = fields.Text(string="Condition When Lent")
    condition_in = fields.Text(string="Condition When Returned", copy=False)
    state = fields.Selection(
        selection=[("ongoing", "On Loan"), ("returned", "Returned")],
        compute="_compute_state",
        store=True,
        index=True,
    )
    is_overdue = fields.Boolean(
        string="Overdue",
        compute="_compute_is_overdue",
        search="_search_is_overdue",
    )
    overdue_alerted = fields.Boolean(readonly=True, copy=False)

    _due_after_start = models.Constraint(
        "CHECK(date_due > date_start)",
        "A loan must be due after it starts.",
    )
    _returned_after_start = models.Constraint(
        "CHECK(date_returned IS NULL OR date_returned >= date_start)",
        "Equipment cannot come back before it was lent.",
    )
    # As bookings' slots: PostgreSQL refuses two loans of one item whose
    # periods overlap, even from two transactions at the same instant. A loan
    # holds the item from its start until it comes back (open-ended before).
    _no_double_loan = models.Constraint(
        exclusion(LOAN_RANGE),
        "This equipment is already lent at that time.",
    )

    @api.depends("resource_id", "borrower_type", "employee_id", "candidate_name")
    def _compute_name(self):
        for loan in self:
            who = (
                loan.employee_id.sudo().name
                if loan.borrower_type == "entrepreneur"
                else loan.candidate_name
            )
            loan.name = self.env._(
                "%(equipment)s lent to %(who)s",
                equipment=loan.resource_id.name or "",
                who=who or "",
            )

    @api.depends("employee_id")
    def _compute_user_id(self):
        for loan in self:
            loan.user_id = loan.employee_id.sudo().user_id

    @api.depends("date_returned")
    def _compute_state(self):
        for loan in self:
            loan.state = "returned" if loan.date_returned else "ongoing"

    def _compute_is_overdue(self):
        now = fields.Datetime.now()
        for loan in self:
            loan.is_overdue = not loan.date_returned and loan.date_due < now

    def _search_is_overdue(self, operator, value):
        if operator != "in":
            return NotImplemented
        overdue = Domain("date_returned", "=", False) & Domain(
            "date_due", "<", fields.Datetime.now()
        )
        return overdue if True in value else ~overdue

    @api.constrains("borrower_type", "employee_id", "candidate_name")
    def _check_borrower(self):
        for loan in self:
            if loan.borrower_type == "entrepreneur" and not loan.employee_id:
                raise ValidationError(self.env._("Please choose the entrepreneur."))
            if loan.borrower_type == "candidate" and not loan.candidate_name:
                raise ValidationError(self.env._("Please give the candidate's name."))

    @api.constrains("resource_id", "date_start", "date_due", "date_returned")
    def _check_equipment_free(self):
        """Equipment is lent to one person at a time, and not while it is booked:
        one query for the loans and one for the bookings, for all loans."""
        for loan in self:
            if not loan.resource_id.is_lendable:
                raise ValidationError(
                    self.env._(
                        "%(equipment)s cannot be lent.",
                        equipment=loan.resource_id.name,
                    )
                )
        lent = find_conflicts(
            self.env,
            [
                (loan.resource_id, loan.date_start, loan.date_returned or None)
                for loan in self
            ],
            exclude_loan_ids=self.ids,
            bookings=False,
        )
        if lent:
            resource, begin, end, _is_loan = lent[0]
            raise ValidationError(self._coop_lent_message(resource, begin, end))
        # Bookings up to the due date: the equipment is expected back then.
        booked = find_conflicts(
            self.env,
            [
                (loan.resource_id, loan.date_start, loan.date_due)
                for loan in self
                if loan.state == "ongoing"
            ],
            loans=False,
        )
        if booked:
            resource, begin, end, _is_loan = booked[0]
            raise ValidationError(
                self.env._(
                    "%(equipment)s is booked from %(slot)s: it cannot be lent then.",
                    equipment=resource.name,
                    slot=format_slot(self.env, begin, end),
                )
            )

    def _coop_check_dates_in_order(self, start, due, returned):
        """The Python side of ``_due_after_start`` and ``_returned_after_start``:
        the database refuses such rows with a less helpful message."""
        start, due, returned = (
            fields.Datetime.to_datetime(value) for value in (start, due, returned)
        )
        if start and due and due <= start:
            raise ValidationError(
                self.env._(
                    "A loan is due back after it starts: the equipment lent on "
                    "%(start)s cannot be due on %(due)s.",
                    start=format_slot(self.env, start),
                    due=format_slot(self.env, due),
                )
            )
        if start and returned and returned < start:
            raise ValidationError(
                self.env._(
                    "Equipment cannot come back before it was lent: it was lent "
                    "on %(start)s, not back on %(returned)s.",
                    start=format_slot(self.env, start),
                    returned=format_slot(self.env, returned),
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._coop_check_dates_in_order(
                vals.get("date_start") or fields.Datetime.now(),
                vals.get("date_due"),
                vals.get("date_returned"),
            )
        with exclusion_guard(self.env, self._coop_lent_message):
            loans = super().create(vals_list)
            loans.flush_recordset()
        return loans

    def write(self, vals):
        if {"date_start", "date_due", "date_returned"} & set(vals):
            for loan in self:
                loan._coop_check_dates_in_order(
                    vals.get("date_start", loan.date_start),
                    vals.get("date_due", loan.date_due),
                    vals.get("date_returned", loan.date_returned),
                )
        if not {"resource_id", "date_start", "date_returned"} & set(vals):
            return super().write(vals)
        with exclusion_guard(self.env, self._coop_lent_message):
            result = super().write(vals)
            self.flush_recordset()
        return result

    def action_return(self):
        if any(loan.date_returned for loan in self):
            raise UserError(self.env._("This equipment has already come back."))
        self.date_returned = fields.Datetime.now()
        return True

    @api.model
    def _cron_alert_overdue(self):
        """Schedule a to-do for the staff member who lent overdue equipment, once
        per loan."""
        loans = self.search(
            [("is_overdue", "=", True), ("overdue_alerted", "=", False)]
        )
        for loan in loans:
            loan.activity_schedule(
                "mail.mail_activity_data_todo",
                user_id=loan.responsible_id.id,
                summary=self.env._("Overdue equipment: %(loan)s", loan=loan.name),
                note=self.env._(
                    "It was due back on %(date)s.",
                    date=format_datetime(
                        self.env,
                        loan.date_due,
                        tz=loan.responsible_id.tz or loan.company_id._coop_tz(),
                        dt_format="short",
                    ),
                ),
            )
        loans.overdue_alerted = True
        return loans

    def _coop_lent_message(self, resource, begin, end):
        """The refusal of a loan overlapping the loan of `resource` from `begin`
        to `end` (None: not back yet, then its due date is given)."""
        if not resource:
            return self.env._(
                "This equipment was lent by someone else a moment ago: please "
                "choose another period."
            )
        if not end:
            # The other loan is not back: give its due date, when it was
            # committed (from the same batch, it is gone with the savepoint).
            loan = self.sudo().search(
                [("resource_id", "=", resource.id), ("date_start", "=", begin)],
                limit=1,
            )
            end = loan.date_returned or loan.date_due
        if not end:
            return self.env._(
                "%(equipment)s is already lent from %(start)s and has not come back.",
                equipment=resource.name,
                start=format_slot(self.env, begin),
            )
        return self.env._(
            "%(equipment)s is already lent from %(slot)s.",
            equipment=resource.name,
            slot=format_slot(self.env, begin, end),
        )
