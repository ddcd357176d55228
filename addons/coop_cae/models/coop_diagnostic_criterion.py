# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopDiagnosticCriterion(models.Model):
    """A criterion of the initial diagnostic grid, scored by the staff."""

    _name = "coop.diagnostic.criterion"
    _description = "Diagnostic Criterion"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)
    weight = fields.Integer(default=1, required=True)
    active = fields.Boolean(default=True)

    _weight_positive = models.Constraint(
        "CHECK(weight > 0)", "The weight of a criterion must be positive."
    )
