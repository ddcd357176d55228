# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import RedirectWarning, ValidationError

# French chart of accounts (PCG) codes looked up when a share account is not set,
# most specific first, with the account types they may have (another chart may
# use the same code for something else).
SHARE_ACCOUNT_CODES = {
    "coop_share_capital_account_id": ("1013",),
    "coop_share_capital_unpaid_account_id": ("1012",),
    "coop_share_capital_uncalled_account_id": ("1011",),
    "coop_share_called_account_id": ("45625", "4562"),
    "coop_share_uncalled_account_id": ("109",),
    "coop_share_repay_account_id": ("4567",),
    "coop_share_payroll_account_id": ("421",),
    "coop_share_loss_account_id": ("119",),
}
SHARE_ACCOUNT_TYPES = {
    "coop_share_capital_account_id": ("equity",),
    "coop_share_capital_unpaid_account_id": ("equity",),
    "coop_share_capital_uncalled_account_id": ("equity",),
    "coop_share_called_account_id": ("asset_current", "asset_receivable"),
    "coop_share_uncalled_account_id": ("equity", "asset_current", "asset_receivable"),
    "coop_share_repay_account_id": ("asset_current", "liability_current"),
    "coop_share_payroll_account_id": ("liability_current", "liability_payable"),
    "coop_share_loss_account_id": ("equity",),
}


class ResCompany(models.Model):
    _inherit = "res.company"

    coop_share_nominal_value = fields.Monetary(
        string="Share Nominal Value",
        currency_field="currency_id",
        default=25.0,
        help="Nominal value of one share, as set by the statutes.",
    )
    coop_share_payment_policy = fields.Selection(
        selection=[
            ("full", "All on subscription"),
            ("partial", "Part on subscription, the rest by a deadline"),
        ],
        string="Payment of Shares",
        default="full",
        required=True,
    )
    coop_share_min_paid_fraction = fields.Float(
        string="Part Due on Subscription",
        digits=(3, 2),
        default=0.25,
        help="Fraction of a subscription called and due at once (at least a quarter).",
    )
    coop_share_payment_delay_months = fields.Integer(
        string="Payment Deadline (Months)",
        default=36,
        help="Months after the subscription by which the rest must be paid.",
    )
    coop_capital_floor_fraction = fields.Float(
        string="Capital Floor Fraction",
        digits=(3, 2),
        default=0.25,
        help="The capital may never fall below this fraction of the highest "
        "capital ever reached.",
    )
    coop_capital_max = fields.Monetary(
        string="Highest Capital Reached",
        currency_field="currency_id",
        readonly=True,
        copy=False,
    )
    coop_share_repayment_delay = fields.Integer(
        string="Repayment Delay (Years)",
        default=5,
        help="Years after their request at which leaving members are repaid.",
    )
    coop_share_journal_id = fields.Many2one(
        comodel_name="account.journal",
        string="Share Capital Journal",
        check_company=True,
        domain="[('type', '=', 'general')]",
        help="Journal of the subscriptions and withdrawals of shares.",
    )
    # The capital follows the French chart: subscribed not called (1011), called
    # not paid (1012), called and paid (1013); what members owe on it sits on
    # 109 (not called) and 4562 (called).
    coop_share_capital_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Capital Called and Paid Account",
        check_company=True,
        help="Capital subscribed, called and paid (1013). Empty: the account 1013 "
        "of the chart.",
    )
    coop_share_capital_unpaid_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Capital Called Not Paid Account",
        check_company=True,
        help="Capital subscribed and called, not paid yet (1012). Empty: the "
        "account 1012 of the chart.",
    )
    coop_share_capital_uncalled_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Capital Subscribed Not Called Account",
        check_company=True,
        help="Capital subscribed, not called yet (1011). Empty: the account 1011 "
        "of the chart.",
    )
    coop_share_called_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Members' Called Capital Account",
        check_company=True,
        help="What members owe on the capital called (4562). Empty: the account "
        "4562 of the chart.",
    )
    coop_share_uncalled_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Members' Uncalled Capital Account",
        check_company=True,
        help="What members owe on the capital not called yet, due by the deadline "
        "(109). Empty: the account 109 of the chart.",
    )
    coop_share_repay_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Capital to Repay Account",
        check_company=True,
        help="Capital owed to leaving members until repaid (4567). Empty: the "
        "account 4567 of the chart.",
    )
    coop_share_payroll_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Pay Withholding Account",
        check_company=True,
        help="Net pay due (421), debited when a payment of shares is withheld "
        "from an entrepreneur-employee's pay. Empty: the account 421 of the chart.",
    )
    coop_share_loss_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Losses Account",
        check_company=True,
        help="Losses carried forward (119), credited with a leaving member's share "
        "of losses when they are repaid. Empty: the account 119 of the chart.",
    )

    _coop_share_nominal_positive = models.Constraint(
        "CHECK(coop_share_nominal_value > 0)",
        "The nominal value of a share must be positive.",
    )

    @api.constrains("coop_share_min_paid_fraction", "coop_capital_floor_fraction")
    def _check_coop_share_fractions(self):
        for company in self:
            if not 0.25 <= company.coop_share_min_paid_fraction <= 1:
                raise ValidationError(
                    self.env._(
                        "The part due on subscription must be between a quarter "
                        "and all of it (%(fraction)s given).",
                        fraction=company.coop_share_min_paid_fraction,
                    )
                )
            if not 0 <= company.coop_capital_floor_fraction <= 1:
                raise ValidationError(
                    self.env._(
                        "The capital floor fraction must be between 0 and 1 "
                        "(%(fraction)s given).",
                        fraction=company.coop_capital_floor_fraction,
                    )
                )

    def _coop_share_account(self, field_name):
        """The account set in the settings, else the French chart's by code."""
        self.ensure_one()
        if account := self[field_name]:
            return account
        Account = self.env["account.account"].with_company(self)
        for code in SHARE_ACCOUNT_CODES[field_name]:
            account = Account.search(
                [
                    *Account._check_company_domain(self),
                    ("code", "=like", f"{code}%"),
                    ("account_type", "in", SHARE_ACCOUNT_TYPES[field_name]),
                    ("active", "=", True),
                ],
                order="code",
                limit=1,
            )
            if account:
                return account
        raise RedirectWarning(
            self.env._(
                "No account %(code)s found for the %(setting)s of %(company)s: set "
                "it in the cooperative's settings.",
                code=SHARE_ACCOUNT_CODES[field_name][-1],
                setting=self._fields[field_name].get_description(self.env)["string"],
                company=self.name,
            ),
            self.env.ref("coop_cae.res_config_settings_action").id,
            self.env._("Go to the settings"),
        )

    def _coop_share_journal(self):
        self.ensure_one()
        journal = self.coop_share_journal_id or self.env["account.journal"].search(
            [
                *self.env["account.journal"]._check_company_domain(self),
                ("type", "=", "general"),
            ],
            limit=1,
        )
        if not journal:
            raise RedirectWarning(
                self.env._(
                    "%(company)s has no miscellaneous journal for its share capital: "
                    "set one in the cooperative's settings.",
                    company=self.name,
                ),
                self.env.ref("coop_cae.res_config_settings_action").id,
                self.env._("Go to the settings"),
            )
        return journal

    def _coop_capital_floor(self):
        self.ensure_one()
        return self.currency_id.round(
            self.coop_capital_max * self.coop_capital_floor_fraction
        )
