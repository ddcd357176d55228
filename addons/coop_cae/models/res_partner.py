# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import operator as py_operator

from odoo import api, fields, models

RECEIVABLE_PAYABLE = ("asset_receivable", "liability_payable")
AMOUNT_OPERATORS = {
    "<": py_operator.lt,
    "<=": py_operator.le,
    "=": py_operator.eq,
    ">=": py_operator.ge,
    ">": py_operator.gt,
}


class ResPartner(models.Model):
    _inherit = "res.partner"

    coop_activity_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Activity",
        index="btree_not_null",
        tracking=True,
        domain="[('is_entrepreneur', '=', True)]",
        default=lambda self: self._default_coop_activity_id(),
        help="The entrepreneur whose client or supplier this contact is: only they "
        "and the staff see it. Empty for the cooperative's own contacts.",
    )

    @api.model
    def _default_coop_activity_id(self):
        parent = self.browse(self.env.context.get("default_parent_id"))
        if parent.coop_activity_id:
            return parent.coop_activity_id
        return self.env.user._coop_get_activity(self.env.company)

    def _coop_siren(self):
        """The SIREN, grouped by three ("812 345 678"): the first nine digits of
        the company registry number, which Odoo's French localisation fills
        with the SIRET (fourteen digits, the SIREN and the establishment's
        number). Empty when the number holds fewer than nine digits."""
        self.ensure_one()
        digits = "".join(c for c in self.company_registry or "" if c.isdigit())
        siren = digits[:9]
        return f"{siren[:3]} {siren[3:6]} {siren[6:]}" if len(siren) == 9 else ""

    def _credit_debit_get(self):
        if self.env.su or self.env.user._coop_is_staff():
            return super()._credit_debit_get()
        # Account sums every activity's items in SQL: an entrepreneur sees what
        # their own activity owes a shared contact, or is owed by it.
        totals = {}
        for partner, account, residual in self.env["account.move.line"]._read_group(
            [
                ("partner_id", "in", self.ids),
                ("parent_state", "=", "posted"),
                ("reconciled", "=", False),
                ("account_id.account_type", "in", RECEIVABLE_PAYABLE),
            ],
            ["partner_id", "account_id"],
            ["amount_residual:sum"],
        ):
            key = (partner, account.sudo().account_type)
            totals[key] = totals.get(key, 0.0) + residual
        for partner in self:
            partner.credit = totals.get((partner, "asset_receivable"), 0.0)
            partner.debit = -totals.get((partner, "liability_payable"), 0.0)

    @api.model
    def _asset_difference_search(self, account_type, operator, operand):
        """Searching contacts by what they owe or are owed: account sums every
        activity's items in SQL, so an entrepreneur would find which shared
        contacts other activities invoice, and how much. Theirs count only
        what the record rules let them read, as the totals shown."""
        if (
            self.env.su
            or self.env.user._coop_is_staff()
            or operator not in AMOUNT_OPERATORS
            or not isinstance(operand, (float, int))
        ):
            return super()._asset_difference_search(account_type, operator, operand)
        sign = -1 if account_type == "liability_payable" else 1
        groups = self.env["account.move.line"]._read_group(
            [
                ("partner_id", "!=", False),
                ("parent_state", "=", "posted"),
                ("account_id.account_type", "=", account_type),
                ("account_id.active", "=", True),
                ("company_id", "child_of", self.env.company.root_id.id),
            ],
            ["partner_id"],
            ["amount_residual:sum"],
        )
        compare = AMOUNT_OPERATORS[operator]
        return [
            (
                "id",
                "in",
                [
                    partner.id
                    for partner, residual in groups
                    if compare(sign * residual, operand)
                ],
            )
        ]
