# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CoopMemberCollege(models.Model):
    _name = "coop.member.college"
    _description = "College of Members"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    vote_weight = fields.Float(
        digits=(5, 2),
        default=0.0,
        help="Weight of the college's votes at the general assembly, in percent "
        "(0 when votes are not weighted). In a SCIC, a weighted college holds "
        "between 10% and 50% of the votes.",
    )
    member_count = fields.Integer(string="Members", compute="_compute_member_count")
    min_shares = fields.Integer(
        string="Minimum Shares",
        default=1,
        help="Fewest shares a member of this college must hold.",
    )
    company_id = fields.Many2one(
        comodel_name="res.company", default=lambda self: self.env.company
    )

    _min_shares_positive = models.Constraint(
        "CHECK(min_shares >= 1)", "A college's minimum of shares is at least one."
    )

    def _compute_member_count(self):
        counts = dict(
            self.env["coop.member"]._read_group(
                [("college_id", "in", self.ids), ("state", "=", "member")],
                ["college_id"],
                ["__count"],
            )
        )
        for college in self:
            college.member_count = counts.get(college, 0)

    @api.constrains("vote_weight")
    def _check_vote_weight(self):
        # Article 19 octies of the law of 10 September 1947 on cooperatives.
        for college in self:
            if college.vote_weight and not 10 <= college.vote_weight <= 50:
                raise ValidationError(
                    self.env._(
                        "A college of a SCIC holds between 10%% and 50%% of the "
                        "votes: %(college)s cannot hold %(weight)s%%.",
                        college=college.name,
                        weight=college.vote_weight,
                    )
                )
