# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

# Employer cost of one euro of gross pay when no reduction of contributions
# applies (the variable pay comes on top of the fixed pay): the gross plus
# about 45 % of employer contributions. A cooperative sets its own figure on
# each CESA, as its payroll provider computes it.
DEFAULT_EMPLOYER_COST_RATIO = 1.45


class CoopCesaContract(models.Model):
    """The variable-pay rule of the CESA (C. trav. L7332-3), as figures the
    year's variable pay is computed with: the share of the year's base paid as
    variable pay and the employer cost of one euro of gross pay."""

    _inherit = "coop.cesa.contract"

    variable_pay_share = fields.Float(
        string="Variable Pay Share (%)",
        default=100.0,
        tracking=True,
        help="The share of the year's base (revenue less direct costs, the "
        "contribution, the fixed pay and the advances) turned into variable "
        "pay.",
    )
    variable_pay_cost_ratio = fields.Float(
        string="Employer Cost Ratio",
        default=DEFAULT_EMPLOYER_COST_RATIO,
        digits=(4, 2),
        tracking=True,
        help="What one euro of gross pay costs the activity, employer "
        "contributions included: the available amount divided by this ratio "
        "gives the gross variable pay. 1.45 by default (about 45 % employer "
        "contributions, with no reduction).",
    )

    _coop_variable_pay_share_range = models.Constraint(
        "CHECK(variable_pay_share >= 0 AND variable_pay_share <= 100)",
        "The variable pay share is between 0 and 100 %.",
    )
    _coop_variable_pay_cost_ratio_positive = models.Constraint(
        "CHECK(variable_pay_cost_ratio >= 1)",
        "The employer cost ratio is at least 1: a euro of gross pay costs at "
        "least a euro.",
    )
