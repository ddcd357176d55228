# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import format_amount

from odoo.addons.coop_cae.models.coop_entrepreneur_home import UNPAID_STATES

STAFF_GROUP = "coop_cae.coop_cae_group_user"


class HrEmployee(models.Model):
    """The activity's cash and salary capacity on the entrepreneur's form, for
    the staff, who propose the pay from it; and the open invoices and bills
    the entrepreneur's home counts, as smart buttons."""

    _inherit = "hr.employee"

    coop_treasury = fields.Monetary(
        string="Treasury",
        compute="_compute_coop_treasury_figures",
        currency_field="currency_id",
        groups=STAFF_GROUP,
        help="Cash received on the activity's invoices, minus the bills and "
        "expense reports paid (excluding VAT), the contributions and the "
        "salaries booked, plus or minus the transfers between activities.",
    )
    coop_treasury_provisions = fields.Monetary(
        string="Provisions",
        compute="_compute_coop_treasury_figures",
        currency_field="currency_id",
        groups=STAFF_GROUP,
        help="What the cooperative holds back: the safety reserve of months of "
        "charges and the paid-holidays provision.",
    )
    coop_available_cash = fields.Monetary(
        string="Available Cash",
        compute="_compute_coop_treasury_figures",
        currency_field="currency_id",
        groups=STAFF_GROUP,
        help="The treasury less the provisions.",
    )
    coop_salary_capacity_net = fields.Monetary(
        string="Salary Capacity (Net)",
        compute="_compute_coop_treasury_figures",
        currency_field="currency_id",
        groups=STAFF_GROUP,
        help="The monthly net pay the available cash funds from next month for "
        "the period of the settings, counting no future revenue.",
    )
    coop_salary_capacity_gross = fields.Monetary(
        string="Salary Capacity (Gross)",
        compute="_compute_coop_treasury_figures",
        currency_field="currency_id",
        groups=STAFF_GROUP,
    )
    coop_current_pay_months = fields.Float(
        string="Months the Current Pay Lasts",
        compute="_compute_coop_treasury_figures",
        digits=(16, 1),
        groups=STAFF_GROUP,
        help="The available cash divided by the employer cost of the last month paid.",
    )
    coop_proposed_net_pay = fields.Monetary(
        string="Proposed Net Pay",
        currency_field="currency_id",
        tracking=True,
        groups=STAFF_GROUP,
        help="The monthly net pay the staff propose to the entrepreneur, from "
        "the salary capacity. The entrepreneur reads it on their home.",
    )
    coop_unpaid_invoice_count = fields.Integer(
        string="Unpaid Invoices",
        compute="_compute_coop_open_documents",
        groups=STAFF_GROUP,
    )
    coop_unpaid_invoice_amount = fields.Monetary(
        string="Amount Due by Clients",
        compute="_compute_coop_open_documents",
        currency_field="currency_id",
        groups=STAFF_GROUP,
    )
    coop_bill_to_pay_count = fields.Integer(
        string="Bills to Pay",
        compute="_compute_coop_open_documents",
        groups=STAFF_GROUP,
    )
    coop_bill_to_pay_amount = fields.Monetary(
        string="Amount Due to Suppliers",
        compute="_compute_coop_open_documents",
        currency_field="currency_id",
        groups=STAFF_GROUP,
    )

    def _compute_coop_treasury_figures(self):
        activities = self.filtered(
            lambda employee: employee.id and employee.is_entrepreneur
        )
        figures = self.env["coop.activity.treasury"]._coop_figures(activities)
        for employee in self:
            values = figures.get(employee.id, {})
            employee.coop_treasury = values.get("treasury", 0.0)
            employee.coop_treasury_provisions = values.get("provisions", 0.0)
            employee.coop_available_cash = values.get("available_cash", 0.0)
            employee.coop_salary_capacity_net = values.get("capacity_net", 0.0)
            employee.coop_salary_capacity_gross = values.get("capacity_gross", 0.0)
            employee.coop_current_pay_months = values.get("months_current_pay", 0.0)

    def _coop_open_documents_domain(self, move_type):
        """The activities' posted documents of `move_type` still to be paid,
        as the entrepreneur's home counts them."""
        return [
            ("coop_activity_id", "in", self.ids),
            ("move_type", "=", move_type),
            ("state", "=", "posted"),
            ("payment_state", "in", UNPAID_STATES),
        ]

    def _compute_coop_open_documents(self):
        # One query for invoices and bills of all the employees.
        totals = {
            (activity.id, move_type): (count, residual)
            for activity, move_type, count, residual in self.env[
                "account.move"
            ]._read_group(
                [
                    ("coop_activity_id", "in", self.ids),
                    ("move_type", "in", ("out_invoice", "in_invoice")),
                    ("state", "=", "posted"),
                    ("payment_state", "in", UNPAID_STATES),
                ],
                ["coop_activity_id", "move_type"],
                ["__count", "amount_residual_signed:sum"],
            )
        }
        for employee in self:
            invoices = totals.get((employee.id, "out_invoice"), (0, 0.0))
            bills = totals.get((employee.id, "in_invoice"), (0, 0.0))
            employee.coop_unpaid_invoice_count = invoices[0]
            employee.coop_unpaid_invoice_amount = invoices[1]
            # A bill's signed residual is negative: what the activity owes.
            employee.coop_bill_to_pay_count = bills[0]
            employee.coop_bill_to_pay_amount = -bills[1]

    def _coop_documents_action(self, xmlid, move_type):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action["domain"] = self._coop_open_documents_domain(move_type)
        action["context"] = {
            "default_move_type": move_type,
            "default_coop_activity_id": self.id,
        }
        return action

    def action_coop_open_unpaid_invoices(self):
        return self._coop_documents_action(
            "account.action_move_out_invoice_type", "out_invoice"
        )

    def action_coop_open_bills_to_pay(self):
        return self._coop_documents_action(
            "account.action_move_in_invoice_type", "in_invoice"
        )

    def action_coop_propose_pay(self):
        """Propose the net pay to the entrepreneur: the proposed amount, or the
        salary capacity when none is written, in a to-do for them."""
        self.ensure_one()
        if not self.env.user.has_group(STAFF_GROUP):
            raise AccessError(
                self.env._(
                    "Only the cooperative's staff propose an entrepreneur's pay."
                )
            )
        if not self.is_entrepreneur or not self.user_id:
            raise UserError(
                self.env._(
                    "%(name)s has no user: give the entrepreneur a user to send "
                    "them the proposal.",
                    name=self.name,
                )
            )
        if not self.coop_proposed_net_pay:
            self.coop_proposed_net_pay = self.coop_salary_capacity_net
        if self.coop_proposed_net_pay <= 0:
            raise UserError(
                self.env._(
                    "The activity's available cash funds no pay: there is no "
                    "net pay to propose to %(name)s.",
                    name=self.name,
                )
            )
        amount = format_amount(self.env, self.coop_proposed_net_pay, self.currency_id)
        self.activity_schedule(
            "mail.mail_activity_data_todo",
            user_id=self.user_id.id,
            summary=self.env._("Proposed net pay: %(amount)s a month", amount=amount),
            note=self.env._(
                "From its available cash, your activity can pay you %(amount)s "
                "net a month from next month. Tell your support worker whether "
                "this pay suits you.",
                amount=amount,
            ),
        )
        return True
