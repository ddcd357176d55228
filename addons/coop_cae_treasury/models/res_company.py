# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    coop_treasury_reserve_months = fields.Float(
        string="Safety Reserve (Months of Charges)",
        default=1.0,
        help="The cooperative holds back this many months of each activity's "
        "average monthly charges (over the last twelve months) from its cash.",
    )
    coop_treasury_holiday_rate = fields.Float(
        string="Paid-Holidays Provision Rate",
        default=10.0,
        help="Percentage of the gross salaries of the last twelve months the "
        "cooperative holds back for the paid holidays (10 %: one tenth of the "
        "gross pay of the reference period, C. trav. L3141-24).",
    )
    coop_treasury_employer_cost_ratio = fields.Float(
        string="Employer Cost per Euro of Net Pay",
        default=1.51,
        digits=(16, 2),
        help="What one euro of net pay costs the activity, employer "
        "contributions included: about 1.39 at the minimum wage, 1.51 at "
        "1,600 € net, 1.68 at 2,000 € net (a CAE simulator's 2024 table).",
    )
    coop_treasury_net_to_gross_ratio = fields.Float(
        string="Net Pay per Euro of Gross",
        default=0.78,
        digits=(16, 2),
        help="The net pay of one euro of gross salary, once the employee "
        "contributions are deducted: about 0.78 for a private-sector employee.",
    )
    coop_treasury_capacity_months = fields.Integer(
        string="Salary Capacity Period (Months)",
        default=12,
        help="The salary capacity is the monthly pay the activity's available "
        "cash can fund for this many months from next month, counting no "
        "future revenue.",
    )

    _coop_treasury_positive_settings = models.Constraint(
        "CHECK(coop_treasury_reserve_months >= 0 "
        "AND coop_treasury_holiday_rate >= 0 "
        "AND coop_treasury_employer_cost_ratio > 0 "
        "AND coop_treasury_net_to_gross_ratio > 0 "
        "AND coop_treasury_capacity_months > 0)",
        "The treasury settings are positive: the ratios and the salary capacity "
        "period above zero.",
    )
