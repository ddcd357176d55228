# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class HrEmployee(models.Model):
    """The entrepreneur's variable pays on their form, for the staff: a smart
    button with their count, which opens them."""

    _inherit = "hr.employee"

    coop_variable_pay_count = fields.Integer(
        string="Variable Pay Count",
        compute="_compute_coop_variable_pay_count",
        groups="coop_cae.coop_cae_group_user",
    )

    def _compute_coop_variable_pay_count(self):
        counts = dict(
            self.env["coop.variable.pay"]._read_group(
                [("employee_id", "in", self.ids)], ["employee_id"], ["__count"]
            )
        )
        for employee in self:
            employee.coop_variable_pay_count = counts.get(employee, 0)

    def action_coop_open_variable_pay(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "coop_cae_variable_pay.coop_variable_pay_action"
        )
        # Every year of this entrepreneur, settled ones included.
        action["domain"] = [("employee_id", "=", self.id)]
        action["context"] = {"create": False}
        return action
