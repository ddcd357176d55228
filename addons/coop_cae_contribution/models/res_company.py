# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import RedirectWarning, ValidationError

from .account_chart_template import CONTRIBUTION_ACCOUNT_CODE, CONTRIBUTION_JOURNAL_CODE

DEFAULT_CONTRIBUTION_RATE = 10.0


class ResCompany(models.Model):
    _inherit = "res.company"

    coop_contribution_rate = fields.Float(
        string="Default Contribution Rate (%)",
        digits=(5, 2),
        default=DEFAULT_CONTRIBUTION_RATE,
        help="Share of an activity's revenue that entrepreneurs pay to the "
        "cooperative, unless another rate applies to them.",
    )
    coop_contribution_scheme_id = fields.Many2one(
        comodel_name="coop.contribution.scheme",
        string="Default Contribution Scheme",
        default=lambda self: self._default_coop_contribution_scheme_id(),
        help="The scheme of the entrepreneurs who have none of their own.",
    )
    coop_contribution_journal_id = fields.Many2one(
        comodel_name="account.journal",
        string="Contributions Journal",
        check_company=True,
        help="Journal of the contributions' entries; the French chart of accounts "
        "brings one (CONTR).",
    )
    coop_contribution_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Contributions Account",
        check_company=True,
        help="General account both lines of each contribution entry use, so that "
        "the company's result does not change; the French chart of accounts "
        "brings one (706900 Contributions internes).",
    )

    # The ORM turns a CHECK violation into a ValidationError with this message;
    # _check_coop_contribution_rate gives the same refusal a translated message.
    _coop_contribution_rate_range = models.Constraint(
        "CHECK(coop_contribution_rate >= 0 AND coop_contribution_rate <= 100)",
        "The contribution rate must be between 0% and 100%.",
    )

    def _default_coop_contribution_scheme_id(self):
        return self.env.ref(
            "coop_cae_contribution.coop_contribution_scheme_default",
            raise_if_not_found=False,
        )

    @api.constrains("coop_contribution_rate")
    def _check_coop_contribution_rate(self):
        for company in self:
            if not 0 <= company.coop_contribution_rate <= 100:
                raise ValidationError(
                    self.env._(
                        "The contribution rate of %(company)s must be between 0%% "
                        "and 100%% (%(rate)s%% given).",
                        company=company.name,
                        rate=company.coop_contribution_rate,
                    )
                )

    def _coop_contribution_journal(self):
        """The Contributions journal, or a way to set it."""
        self.ensure_one()
        if not self.coop_contribution_journal_id:
            self._coop_raise_contribution_setup()
        return self.coop_contribution_journal_id

    def _coop_contribution_account(self):
        """The general account of the contribution entries, or a way to set it."""
        self.ensure_one()
        if not self.coop_contribution_account_id:
            self._coop_raise_contribution_setup()
        return self.coop_contribution_account_id

    def _coop_raise_contribution_setup(self):
        raise RedirectWarning(
            self.env._(
                "%(company)s has no Contributions journal or account, so its "
                "contributions cannot be booked. The French chart of accounts "
                "brings them (journal %(journal)s, account %(account)s); with "
                "another chart, choose a general journal and an account in the "
                "Cooperative settings.",
                company=self.name,
                journal=CONTRIBUTION_JOURNAL_CODE,
                account=CONTRIBUTION_ACCOUNT_CODE,
            ),
            self.env.ref("coop_cae.res_config_settings_action").id,
            self.env._("Go to the settings"),
        )
