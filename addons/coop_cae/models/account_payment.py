# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class AccountPayment(models.Model):
    _inherit = "account.payment"

    coop_activity_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Activity",
        compute="_compute_coop_activity_id",
        store=True,
        readonly=False,
        precompute=True,
        index="btree_not_null",
        tracking=True,
        check_company=True,
        domain="[('is_entrepreneur', '=', True)]",
        help="The entrepreneur's activity whose invoices or bills this payment pays.",
    )

    @api.depends("invoice_ids.coop_activity_id")
    def _compute_coop_activity_id(self):
        user_activity = {}
        for payment in self:
            activities = payment.invoice_ids.coop_activity_id
            if len(activities) == 1:
                payment.coop_activity_id = activities
            elif not payment.coop_activity_id:
                company = payment.company_id or self.env.company
                if company not in user_activity:
                    user_activity[company] = self.env.user._coop_get_activity(company)
                payment.coop_activity_id = user_activity[company]
