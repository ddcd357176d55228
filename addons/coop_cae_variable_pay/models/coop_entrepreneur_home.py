# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopEntrepreneurHome(models.TransientModel):
    _inherit = "coop.entrepreneur.home"

    variable_pay_amount = fields.Monetary(
        string="Last Variable Pay",
        compute="_compute_variable_pay_amount",
        help="The gross variable pay of the last fiscal year computed.",
    )
    # The button shows once a year was computed: until then, it would only
    # crowd the buttons she acts on.
    has_variable_pay = fields.Boolean(compute="_compute_variable_pay_amount")

    def _compute_variable_pay_amount(self):
        # Read as the user: the record rule gives them their own only.
        last = self.env["coop.variable.pay"].search(
            [
                ("employee_id", "=", self._coop_activity().id),
                ("state", "!=", "cancel"),
            ],
            order="date_from desc",
            limit=1,
        )
        for home in self:
            home.variable_pay_amount = last.amount
            home.has_variable_pay = bool(last)

    def action_open_variable_pay(self):
        return self.env["ir.actions.act_window"]._for_xml_id(
            "coop_cae_variable_pay.coop_variable_pay_action_my"
        )
