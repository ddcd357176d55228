# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    # Odoo Community has no registration number (Enterprise's payroll adds
    # one with this name): the payroll provider's files name employees by it.
    registration_number = fields.Char(
        copy=False,
        index="btree_not_null",
        groups="hr.group_hr_user",
        tracking=True,
        help="The employee's number at the payroll provider (matricule): the "
        "payroll files name the entrepreneurs by it.",
    )
    coop_payroll_cost_this_year = fields.Monetary(
        string="Payroll Cost This Year",
        compute="_compute_coop_payroll_cost_this_year",
        currency_field="currency_id",
        groups="coop_cae.coop_cae_group_user",
        help="Gross salaries and employer contributions of this fiscal year.",
    )

    _coop_registration_number_unique = models.UniqueIndex(
        "(company_id, registration_number) WHERE registration_number IS NOT NULL",
        "Two employees of a company cannot have the same registration number.",
    )

    def _compute_coop_payroll_cost_this_year(self):
        totals = dict(
            self.env["coop.payroll.line"]._read_group(
                [
                    ("employee_id", "in", self.ids),
                    ("month", ">=", self._coop_fiscal_year_start()),
                ],
                ["employee_id"],
                ["employer_cost:sum"],
            )
        )
        for employee in self:
            employee.coop_payroll_cost_this_year = totals.get(employee, 0.0)

    def action_coop_open_payroll(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "coop_cae_payroll.coop_payroll_line_action"
        )
        action["domain"] = [("employee_id", "=", self.id)]
        return action
