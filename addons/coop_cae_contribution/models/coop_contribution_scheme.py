# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CoopContributionScheme(models.Model):
    _name = "coop.contribution.scheme"
    _description = "Contribution Scheme"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(
        comodel_name="res.company",
        index=True,
        help="Leave empty to offer the scheme to every company.",
    )
    currency_id = fields.Many2one(
        comodel_name="res.currency",
        required=True,
        default=lambda self: self.env.company.currency_id,
    )
    base = fields.Selection(
        selection=[
            ("revenue", "Revenue excl. VAT"),
            ("margin", "Gross margin"),
        ],
        required=True,
        default="revenue",
        help="Revenue excluding VAT, or gross margin: revenue minus the vendor "
        "bills' lines on accounts flagged as direct costs (materials, goods, "
        "subcontracting).",
    )
    trigger = fields.Selection(
        selection=[
            ("invoiced", "When invoiced"),
            ("cashed", "When cashed"),
        ],
        required=True,
        default="invoiced",
        help="Book the contribution when the invoice is posted, or as it is paid "
        "(pro rata of each payment).",
    )
    rate_type = fields.Selection(
        selection=[
            ("company", "Company's default rate"),
            ("flat", "Flat rate"),
            ("brackets", "Brackets"),
        ],
        string="Rate",
        required=True,
        default="flat",
        help="Brackets apply to the activity's cumulative base over the fiscal "
        "year; a bracket crossing is split exactly.",
    )
    rate = fields.Float(string="Rate (%)", digits=(5, 2), default=10.0)
    bracket_ids = fields.One2many(
        comodel_name="coop.contribution.scheme.bracket",
        inverse_name="scheme_id",
        string="Brackets",
        copy=True,
    )
    fixed_amount = fields.Monetary(
        string="Fixed Monthly Amount",
        help="Booked every month on top of the rate, unless the entrepreneur is "
        "exempted from it.",
    )
    yearly_floor = fields.Monetary(
        help="Minimum contribution of a fiscal year (0: none), topped up by the "
        "recompute at the end of the year.",
    )
    yearly_cap = fields.Monetary(
        help="Maximum proportional contribution of a fiscal year (0: none).",
    )

    _rate_range = models.Constraint(
        "CHECK(rate >= 0 AND rate <= 100)",
        "The contribution rate must be between 0% and 100%.",
    )

    @api.constrains("fixed_amount", "yearly_floor", "yearly_cap")
    def _check_amounts(self):
        for scheme in self:
            if min(scheme.fixed_amount, scheme.yearly_floor, scheme.yearly_cap) < 0:
                raise ValidationError(
                    self.env._(
                        "The amounts of the scheme %(scheme)s cannot be negative.",
                        scheme=scheme.name,
                    )
                )
            if scheme.yearly_cap and scheme.yearly_floor > scheme.yearly_cap:
                raise ValidationError(
                    self.env._(
                        "The yearly floor of the scheme %(scheme)s is above its "
                        "yearly cap.",
                        scheme=scheme.name,
                    )
                )

    def _coop_rate(self, company):
        """The flat rate (%) of the scheme, for `company`."""
        self.ensure_one()
        if self.rate_type == "company":
            return company.coop_contribution_rate
        return self.rate

    def _coop_is_cumulative(self):
        """Whether the amount depends on the activity's cumulative base over the
        fiscal year (brackets or a cap) rather than on each source alone."""
        self.ensure_one()
        return self.rate_type == "brackets" or bool(self.yearly_cap)

    def _coop_yearly_amount(self, cumulative_base, company):
        """The proportional contribution of a fiscal year whose cumulative base is
        `cumulative_base`, before rounding. Brackets are given by their lower
        bound; a negative cumulative base uses the first bracket's rate."""
        self.ensure_one()
        if self.rate_type != "brackets":
            amount = cumulative_base * self._coop_rate(company) / 100
        else:
            brackets = self.bracket_ids.sorted("lower_bound")
            amount = 0.0
            if cumulative_base < 0 and brackets:
                amount = cumulative_base * brackets[0].rate / 100
            for index, bracket in enumerate(brackets):
                upper = (
                    brackets[index + 1].lower_bound
                    if index + 1 < len(brackets)
                    else float("inf")
                )
                part = min(cumulative_base, upper) - bracket.lower_bound
                if part > 0:
                    amount += part * bracket.rate / 100
        if self.yearly_cap:
            amount = min(amount, self.yearly_cap)
        return amount


class CoopContributionSchemeBracket(models.Model):
    _name = "coop.contribution.scheme.bracket"
    _description = "Contribution Bracket"
    _order = "scheme_id, lower_bound"

    scheme_id = fields.Many2one(
        comodel_name="coop.contribution.scheme",
        required=True,
        index=True,
        ondelete="cascade",
    )
    currency_id = fields.Many2one(related="scheme_id.currency_id")
    lower_bound = fields.Monetary(
        string="From",
        help="The rate applies to the part of the activity's cumulative yearly "
        "base above this amount, up to the next bracket.",
    )
    rate = fields.Float(string="Rate (%)", digits=(5, 2), required=True)

    _rate_range = models.Constraint(
        "CHECK(rate >= 0 AND rate <= 100)",
        "The contribution rate must be between 0% and 100%.",
    )
