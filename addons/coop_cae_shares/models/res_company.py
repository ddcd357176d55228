# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import RedirectWarning, ValidationError

# The capital may never fall below a quarter of the highest capital reached
# (loi du 10 septembre 1947, art. 13); the statutes may set more.
CAPITAL_FLOOR_MIN_FRACTION = 0.25

# The share capital accounts of the French chart (PCG), by the company field that
# holds each: the chart template sets the account pcg_<code> (see
# account_chart_template.py), and messages name the code.
SHARE_ACCOUNT_CODES = {
    "coop_share_capital_account_id": "1013",
    "coop_share_capital_unpaid_account_id": "1012",
    "coop_share_capital_uncalled_account_id": "1011",
    "coop_share_called_account_id": "45625",
    "coop_share_uncalled_account_id": "109",
    "coop_share_repay_account_id": "4567",
    "coop_share_payroll_account_id": "421",
    "coop_share_loss_account_id": "119",
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
        "capital ever reached: at least a quarter (law of 10 September 1947, "
        "art. 13), more if the statutes say so.",
    )
    coop_capital_max = fields.Monetary(
        string="Highest Capital Reached",
        currency_field="currency_id",
        readonly=True,
        copy=False,
        help="The highest capital the register of shares shows at any date, "
        "backdated bulletins included.",
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
        help="Capital subscribed, called and paid (1013). Set by the French chart.",
    )
    coop_share_capital_unpaid_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Capital Called Not Paid Account",
        check_company=True,
        help="Capital subscribed and called, not paid yet (1012). Set by the "
        "French chart.",
    )
    coop_share_capital_uncalled_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Capital Subscribed Not Called Account",
        check_company=True,
        help="Capital subscribed, not called yet (1011). Set by the French chart.",
    )
    coop_share_called_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Members' Called Capital Account",
        check_company=True,
        help="What members owe on the capital called (45625). Set by the French chart.",
    )
    coop_share_uncalled_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Members' Uncalled Capital Account",
        check_company=True,
        help="What members owe on the capital not called yet, due by the deadline "
        "(109). Set by the French chart.",
    )
    coop_share_repay_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Capital to Repay Account",
        check_company=True,
        help="Capital owed to leaving members until repaid (4567). Set by the "
        "French chart.",
    )
    coop_share_payroll_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Pay Withholding Account",
        check_company=True,
        help="Net pay due (421), debited when a payment of shares is withheld "
        "from an entrepreneur-employee's pay. Set by the French chart.",
    )
    coop_share_loss_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Losses Account",
        check_company=True,
        help="Losses carried forward (119), credited with a leaving member's share "
        "of losses when they are repaid. Set by the French chart.",
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
            fraction = company.coop_capital_floor_fraction
            if not CAPITAL_FLOOR_MIN_FRACTION <= fraction <= 1:
                raise ValidationError(
                    self.env._(
                        "The capital may never fall below a quarter of the highest "
                        "capital reached (law of 10 September 1947, art. 13): its "
                        "floor is between 25%% and 100%% of it, not %(percent)s%%.",
                        percent=round(fraction * 100, 2),
                    )
                )

    def _coop_setup_share_accounts(self):
        """Set the share capital accounts left empty to those the company's chart
        template gives (the French chart's), for charts loaded before this
        addon was installed."""
        ChartTemplate = self.env["account.chart.template"]
        for company in self.filtered("chart_template"):
            template = ChartTemplate.with_company(company)
            data = template._get_chart_template_model_data(
                company.chart_template, "res.company"
            ).get(company.id, {})
            vals = {}
            for field_name in SHARE_ACCOUNT_CODES:
                xmlid = data.get(field_name)
                if xmlid and not company[field_name]:
                    if account := template.ref(xmlid, raise_if_not_found=False):
                        vals[field_name] = account.id
            company.write(vals)

    def _coop_share_account(self, field_name):
        """The share capital account set in the settings (the chart sets it)."""
        self.ensure_one()
        account = self[field_name]
        if account.active:
            return account
        raise RedirectWarning(
            self.env._(
                "No account %(code)s set for the %(setting)s of %(company)s: set "
                "it in the cooperative's settings.",
                code=SHARE_ACCOUNT_CODES[field_name],
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

    def _coop_capital_peak(self):
        """The highest capital reached: the highest the register shows at the
        end of any day (a bulletin recorded late counts at its date), or the
        one recorded on the company when it is higher (a history kept before
        the register)."""
        self.ensure_one()
        peak = self.env["coop.share.movement"]._coop_register_peak(self)
        return max(peak, self.coop_capital_max)

    def _coop_update_capital_peak(self):
        for company in self:
            peak = company._coop_capital_peak()
            if company.currency_id.compare_amounts(peak, company.coop_capital_max):
                company.sudo().coop_capital_max = peak

    def _coop_capital_floor(self):
        self.ensure_one()
        return self.currency_id.round(
            self._coop_capital_peak() * self.coop_capital_floor_fraction
        )
