# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    coop_share_nominal_value = fields.Monetary(
        related="company_id.coop_share_nominal_value", readonly=False
    )
    coop_share_payment_policy = fields.Selection(
        related="company_id.coop_share_payment_policy", readonly=False
    )
    coop_share_min_paid_fraction = fields.Float(
        related="company_id.coop_share_min_paid_fraction", readonly=False
    )
    coop_share_payment_delay_months = fields.Integer(
        related="company_id.coop_share_payment_delay_months", readonly=False
    )
    coop_capital_floor_fraction = fields.Float(
        related="company_id.coop_capital_floor_fraction", readonly=False
    )
    coop_capital_max = fields.Monetary(related="company_id.coop_capital_max")
    coop_share_repayment_delay = fields.Integer(
        related="company_id.coop_share_repayment_delay", readonly=False
    )
    coop_share_journal_id = fields.Many2one(
        related="company_id.coop_share_journal_id", readonly=False
    )
    coop_share_capital_account_id = fields.Many2one(
        related="company_id.coop_share_capital_account_id", readonly=False
    )
    coop_share_capital_unpaid_account_id = fields.Many2one(
        related="company_id.coop_share_capital_unpaid_account_id", readonly=False
    )
    coop_share_capital_uncalled_account_id = fields.Many2one(
        related="company_id.coop_share_capital_uncalled_account_id", readonly=False
    )
    coop_share_called_account_id = fields.Many2one(
        related="company_id.coop_share_called_account_id", readonly=False
    )
    coop_share_uncalled_account_id = fields.Many2one(
        related="company_id.coop_share_uncalled_account_id", readonly=False
    )
    coop_share_repay_account_id = fields.Many2one(
        related="company_id.coop_share_repay_account_id", readonly=False
    )
    coop_share_payroll_account_id = fields.Many2one(
        related="company_id.coop_share_payroll_account_id", readonly=False
    )
    coop_share_loss_account_id = fields.Many2one(
        related="company_id.coop_share_loss_account_id", readonly=False
    )
