# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


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
        "(0 when votes are not weighted).",
    )
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
