# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from .hr_employee_figures import SALE_TYPES

UNPAID_STATES = ("not_paid", "partial")


class CoopEntrepreneurHome(models.TransientModel):
    """The entrepreneur's home, "Mon activité": their activity's figures of the
    fiscal year and their to-dos on one screen.

    Transient, holding nothing: every figure is computed on reading, for the
    activity of the user reading it (never one passed in), with one aggregate
    query per figure whatever the number of invoices. Entrepreneurs read no
    hr.employee: the figures come from the same computes as the staff's smart
    buttons on the entrepreneur's form, run as superuser on their own activity
    only, so both show the same amounts. Other addons add their figures
    (contribution, salaries, bookings) by extending the model and its view."""

    _name = "coop.entrepreneur.home"
    _description = "Entrepreneur's Home"

    name = fields.Char(compute="_compute_activity_name")
    currency_id = fields.Many2one(
        comodel_name="res.currency", compute="_compute_currency_id"
    )
    fiscal_year_start = fields.Date(
        string="Since", compute="_compute_fiscal_year_start"
    )
    revenue_this_year = fields.Monetary(
        compute="_compute_revenue_this_year",
        help="Posted invoices minus credit notes of this fiscal year, excluding VAT.",
    )
    unpaid_invoice_count = fields.Integer(
        string="Unpaid Invoices", compute="_compute_open_amounts"
    )
    unpaid_invoice_amount = fields.Monetary(
        string="Amount Due by Clients",
        compute="_compute_open_amounts",
        help="What the clients still owe on the posted invoices, taxes included.",
    )
    bill_to_pay_count = fields.Integer(
        string="Bills to Pay", compute="_compute_open_amounts"
    )
    bill_to_pay_amount = fields.Monetary(
        string="Amount Due to Suppliers",
        compute="_compute_open_amounts",
        help="What is still to pay on the posted vendor bills, taxes included.",
    )
    todo_ids = fields.One2many(
        comodel_name="mail.activity",
        string="My To-Dos",
        compute="_compute_todo_ids",
    )
    todo_count = fields.Integer(string="To-Dos", compute="_compute_todo_ids")

    @api.model
    def _coop_activity(self):
        """The activity whose figures this home shows: the user's own, in the
        current company (none for staff)."""
        return self.env.user._coop_get_activity(self.env.company)

    def _compute_activity_name(self):
        activity = self._coop_activity().sudo()
        for home in self:
            home.name = activity.coop_trade_name or activity.name or ""

    def _compute_currency_id(self):
        for home in self:
            home.currency_id = self.env.company.currency_id

    def _compute_fiscal_year_start(self):
        year_start = self.env["hr.employee"]._coop_fiscal_year_start()
        for home in self:
            home.fiscal_year_start = year_start

    def _compute_revenue_this_year(self):
        # The staff's figure on the entrepreneur's form, of this activity only.
        revenue = self._coop_activity().sudo().coop_revenue_this_year
        for home in self:
            home.revenue_this_year = revenue

    def _coop_open_moves_domain(self, move_type):
        return [
            ("coop_activity_id", "=", self._coop_activity().id),
            ("move_type", "=", move_type),
            ("state", "=", "posted"),
            ("payment_state", "in", UNPAID_STATES),
        ]

    def _compute_open_amounts(self):
        activity = self._coop_activity()
        totals = {}
        if activity:
            # One query for invoices and bills together.
            totals = {
                move_type: (count, residual)
                for move_type, count, residual in self.env["account.move"]
                .sudo()
                ._read_group(
                    [
                        ("coop_activity_id", "=", activity.id),
                        ("move_type", "in", ("out_invoice", "in_invoice")),
                        ("state", "=", "posted"),
                        ("payment_state", "in", UNPAID_STATES),
                    ],
                    ["move_type"],
                    ["__count", "amount_residual_signed:sum"],
                )
            }
        invoices = totals.get("out_invoice", (0, 0.0))
        bills = totals.get("in_invoice", (0, 0.0))
        for home in self:
            home.unpaid_invoice_count, home.unpaid_invoice_amount = invoices
            # A bill's signed residual is negative: what the activity owes.
            home.bill_to_pay_count = bills[0]
            home.bill_to_pay_amount = -bills[1]

    def _compute_todo_ids(self):
        todos = self.env["mail.activity"].search(
            [("user_id", "=", self.env.uid)], order="date_deadline, id"
        )
        for home in self:
            home.todo_ids = todos
            home.todo_count = len(todos)

    @api.model
    def action_open_home(self):
        """The home action: a fresh record, whose figures are read live."""
        home = self.create({})
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("My Activity"),
            "res_model": self._name,
            "res_id": home.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
        }

    def _coop_moves_action(self, xmlid, domain, context=None):
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action["domain"] = domain
        action["context"] = context or {}
        return action

    def action_new_invoice(self):
        action = self._coop_moves_action(
            "account.action_move_out_invoice_type",
            [("move_type", "=", "out_invoice")],
            {"default_move_type": "out_invoice"},
        )
        action.update(views=[(False, "form")], view_mode="form")
        return action

    def action_open_invoices(self):
        return self._coop_moves_action(
            "account.action_move_out_invoice_type",
            [
                ("coop_activity_id", "=", self._coop_activity().id),
                ("move_type", "in", SALE_TYPES),
            ],
            {"default_move_type": "out_invoice"},
        )

    def action_open_unpaid_invoices(self):
        return self._coop_moves_action(
            "account.action_move_out_invoice_type",
            self._coop_open_moves_domain("out_invoice"),
            {"default_move_type": "out_invoice"},
        )

    def action_open_bills_to_pay(self):
        return self._coop_moves_action(
            "account.action_move_in_invoice_type",
            self._coop_open_moves_domain("in_invoice"),
            {"default_move_type": "in_invoice"},
        )

    def action_open_expenses(self):
        return self.env["ir.actions.act_window"]._for_xml_id(
            "hr_expense.hr_expense_actions_my_all"
        )

    def action_open_todos(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("My To-Dos"),
            "res_model": "mail.activity",
            "view_mode": "list,form",
            "views": [(False, "list"), (False, "form")],
            "domain": [("user_id", "=", self.env.uid)],
        }
