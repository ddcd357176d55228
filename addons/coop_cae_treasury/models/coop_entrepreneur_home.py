# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopEntrepreneurHome(models.TransientModel):
    """The entrepreneur's cash, the provisions held back, the pay the
    activity can afford and the pay the staff propose, on their home."""

    _inherit = "coop.entrepreneur.home"

    treasury = fields.Monetary(
        compute="_compute_treasury_figures",
        help="Cash received on your invoices, minus the bills and expense "
        "reports paid (excluding VAT), the contributions and the salaries "
        "booked, plus or minus the transfers between activities.",
    )
    treasury_provisions = fields.Monetary(
        string="Provisions",
        compute="_compute_treasury_figures",
        help="What the cooperative holds back: a safety reserve of months of "
        "charges and the paid-holidays provision.",
    )
    available_cash = fields.Monetary(
        compute="_compute_treasury_figures",
        help="The treasury less the provisions.",
    )
    salary_capacity_net = fields.Monetary(
        string="Salary Capacity (Net)",
        compute="_compute_treasury_figures",
        help="The monthly net pay your available cash funds from next month, "
        "counting no future revenue.",
    )
    salary_capacity_gross = fields.Monetary(
        string="Salary Capacity (Gross)", compute="_compute_treasury_figures"
    )
    current_pay_months = fields.Float(
        string="Months My Current Pay Lasts",
        compute="_compute_treasury_figures",
        digits=(16, 1),
    )
    proposed_net_pay = fields.Monetary(
        compute="_compute_treasury_figures",
        help="The monthly net pay the staff propose to you.",
    )

    def _compute_treasury_figures(self):
        # The figures of the user's own activity only, as the staff read them.
        activity = self._coop_activity()
        values = (
            self.env["coop.activity.treasury"]
            ._coop_figures(activity)
            .get(activity.id, {})
        )
        proposed = activity.sudo().coop_proposed_net_pay if activity else 0.0
        for home in self:
            home.treasury = values.get("treasury", 0.0)
            home.treasury_provisions = values.get("provisions", 0.0)
            home.available_cash = values.get("available_cash", 0.0)
            home.salary_capacity_net = values.get("capacity_net", 0.0)
            home.salary_capacity_gross = values.get("capacity_gross", 0.0)
            home.current_pay_months = values.get("months_current_pay", 0.0)
            home.proposed_net_pay = proposed
