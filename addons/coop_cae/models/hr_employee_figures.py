# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

SALE_TYPES = ("out_invoice", "out_refund")


class HrEmployee(models.Model):
    """The figures of an entrepreneur's activity on their form: the staff go
    from the entrepreneur to their invoices and revenue in one click."""

    _inherit = "hr.employee"

    coop_invoice_count = fields.Integer(
        string="Invoices",
        compute="_compute_coop_sales_figures",
        groups="hr.group_hr_user",
    )
    coop_revenue_this_year = fields.Monetary(
        string="Revenue This Year",
        compute="_compute_coop_sales_figures",
        currency_field="currency_id",
        groups="hr.group_hr_user",
        help="Posted invoices minus credit notes of this fiscal year, excluding VAT.",
    )

    def _compute_coop_sales_figures(self):
        Move = self.env["account.move"]
        domain = [("coop_activity_id", "in", self.ids), ("move_type", "in", SALE_TYPES)]
        counts = dict(
            Move._read_group(
                domain + [("state", "!=", "cancel")], ["coop_activity_id"], ["__count"]
            )
        )
        year_start = self._coop_fiscal_year_start()
        revenue = dict(
            Move._read_group(
                domain + [("state", "=", "posted"), ("invoice_date", ">=", year_start)],
                ["coop_activity_id"],
                ["amount_untaxed_signed:sum"],
            )
        )
        for employee in self:
            employee.coop_invoice_count = counts.get(employee, 0)
            employee.coop_revenue_this_year = revenue.get(employee, 0.0)

    def _coop_fiscal_year_start(self):
        """The first day of the current fiscal year of the user's company: the
        "this year" of every figure on the entrepreneur's form."""
        company = self.env.company
        today = fields.Date.context_today(self)
        return company.compute_fiscalyear_dates(today)["date_from"]

    def action_coop_open_invoices(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account.action_move_out_invoice_type"
        )
        action["domain"] = [
            ("coop_activity_id", "=", self.id),
            ("move_type", "in", SALE_TYPES),
        ]
        action["context"] = {
            "default_move_type": "out_invoice",
            "default_coop_activity_id": self.id,
        }
        return action

    def action_coop_open_revenue(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "coop_cae.account_invoice_report_action_revenue"
        )
        action["domain"] = [("coop_activity_id", "=", self.id)]
        return action
