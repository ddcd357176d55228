# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from .coop_fence import coop_action, coop_is_fenced


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

    @api.model_create_multi
    def create(self, vals_list):
        if coop_is_fenced(self.env):
            for vals in vals_list:
                self._coop_check_fenced_state(vals.get("state", "draft"))
        return super().create(vals_list)

    def write(self, vals):
        if "state" in vals and coop_is_fenced(self.env):
            self._coop_check_fenced_state(vals["state"], create=False)
        return super().write(vals)

    @api.model
    def _coop_check_fenced_state(self, state, create=True):
        """Entrepreneurs confirm, cancel and reset their payments through the
        buttons; the staff validate them against the bank."""
        if create and state == "draft":
            return
        raise UserError(
            self.env._(
                "A payment changes state through its buttons only: the staff "
                "validate it against the bank statement."
            )
        )

    def _generate_journal_entry(
        self, write_off_line_vals=None, force_balance=None, line_ids=None
    ):
        # Odoo marks the payment in process once its entry exists, also when
        # an entrepreneur registers the payment of her invoice.
        with coop_action():
            return super()._generate_journal_entry(
                write_off_line_vals, force_balance, line_ids
            )

    def action_post(self):
        with coop_action():
            return super().action_post()

    def action_cancel(self):
        with coop_action():
            return super().action_cancel()

    def action_draft(self):
        with coop_action():
            return super().action_draft()
