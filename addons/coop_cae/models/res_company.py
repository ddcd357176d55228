# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models, tools
from odoo.exceptions import ValidationError

from .account_codes import CONTRIBUTION_ACCOUNT_CODE, CONTRIBUTION_JOURNAL_CODE

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
    coop_activity_plan_id = fields.Many2one(
        comodel_name="account.analytic.plan",
        string="Activities Plan",
        default=lambda self: self._default_coop_activity_plan_id(),
        help="Analytic plan holding one analytic account per entrepreneur's activity.",
    )
    coop_structure_account_id = fields.Many2one(
        comodel_name="account.analytic.account",
        string="Structure Analytic Account",
        ondelete="restrict",
        check_company=True,
        help="The cooperative's own analytic account: it receives the contributions "
        "and bears the costs of the structure.",
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
        help="Journal of the contributions' entries; created on first use.",
    )
    coop_contribution_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Contributions Account",
        check_company=True,
        help="General account both lines of each contribution entry use, so that "
        "the company's result does not change; created on first use "
        "(706900 Contributions internes).",
    )

    coop_legal_form = fields.Char(
        string="Legal Form",
        help="Printed on invoices with the share capital's nature, e.g. "
        "SCIC SAS à capital variable.",
    )
    coop_rcs_city = fields.Char(
        string="Trade Register City",
        help="City of the trade and companies register (RCS) the cooperative is "
        "registered at, printed on invoices.",
    )
    coop_late_penalty_rate = fields.Char(
        string="Late-Payment Penalty Rate",
        help="Printed on invoices, e.g. three times the French legal interest rate.",
    )

    # The ORM turns a CHECK violation into a ValidationError with this message;
    # _check_coop_contribution_rate gives the same refusal a translated message.
    _coop_contribution_rate_range = models.Constraint(
        "CHECK(coop_contribution_rate >= 0 AND coop_contribution_rate <= 100)",
        "The contribution rate must be between 0% and 100%.",
    )

    def _default_coop_activity_plan_id(self):
        return self.env.ref(
            "coop_cae.account_analytic_plan_activities", raise_if_not_found=False
        )

    def _default_coop_contribution_scheme_id(self):
        return self.env.ref(
            "coop_cae.coop_contribution_scheme_default", raise_if_not_found=False
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

    def _coop_siren(self):
        """The SIREN: the company registry number's first nine digits (a SIRET
        holds fourteen)."""
        self.ensure_one()
        digits = "".join(c for c in self.company_registry or "" if c.isdigit())
        siren = digits[:9]
        return f"{siren[:3]} {siren[3:6]} {siren[6:]}" if len(siren) == 9 else ""

    def _coop_has_entrepreneurs(self):
        """A company with entrepreneurs is a cooperative: each of its invoices and
        bills belongs to an activity, or is the cooperative's own."""
        self.ensure_one()
        return self._coop_has_entrepreneurs_cached(self.id)

    @tools.ormcache("company_id")
    def _coop_has_entrepreneurs_cached(self, company_id):
        # Asked at every posting; cleared when an employee becomes or stops
        # being an entrepreneur (hr.employee.write).
        return bool(
            self.env["hr.employee"]
            .sudo()
            .search_count(
                [("is_entrepreneur", "=", True), ("company_id", "=", company_id)],
                limit=1,
            )
        )

    @api.model_create_multi
    def create(self, vals_list):
        companies = super().create(vals_list)
        companies._coop_setup_cooperative()
        return companies

    def _coop_setup_cooperative(self):
        """Give each company the Activities plan and its own Structure analytic account.

        Called when coop_cae is installed (for the companies that exist then) and
        for every company created later, so that no company lacks them.
        """
        plan = self._default_coop_activity_plan_id()
        if not plan:
            return
        self.filtered(
            lambda c: not c.coop_activity_plan_id
        ).coop_activity_plan_id = plan
        missing = self.filtered(lambda c: not c.coop_structure_account_id)
        if not missing:
            return
        # Analytic accounts are accounting data that staff may not be allowed to
        # create; the Structure account is part of setting the company up.
        accounts = (
            self.env["account.analytic.account"]
            .sudo()
            .with_context(lang="en_US")
            .create(
                [
                    {
                        "name": "Structure",
                        "plan_id": company.coop_activity_plan_id.id,
                        "company_id": company.id,
                    }
                    for company in missing
                ]
            )
        )
        for company, account in zip(missing, accounts, strict=True):
            company.coop_structure_account_id = account

    def _coop_contribution_journal(self):
        """The Contributions journal, created on first use."""
        self.ensure_one()
        if not self.coop_contribution_journal_id:
            Journal = self.env["account.journal"].sudo()
            journal = Journal.search(
                [
                    ("company_id", "=", self.id),
                    ("code", "=", CONTRIBUTION_JOURNAL_CODE),
                ],
                limit=1,
            ) or Journal.create(
                {
                    "name": self.env._("Contributions"),
                    "code": CONTRIBUTION_JOURNAL_CODE,
                    "type": "general",
                    "company_id": self.id,
                }
            )
            self.sudo().coop_contribution_journal_id = journal
        return self.coop_contribution_journal_id

    def _coop_contribution_account(self):
        """The general account of the contribution entries, created on first use.

        Not the default income account: a dedicated internal account keeps these
        transfers apart from real revenue in the ledger and the FEC, and its
        balance, always zero, is a check. Debit and credit on one account leave
        the revenue and the result unchanged.
        """
        self.ensure_one()
        if not self.coop_contribution_account_id:
            Account = self.env["account.account"].sudo().with_company(self)
            code = CONTRIBUTION_ACCOUNT_CODE
            account = Account.search(
                [*Account._check_company_domain(self), ("code", "=", code)], limit=1
            ) or Account.create(
                {
                    "name": "Contributions internes",
                    "code": code,
                    "account_type": "income",
                    "company_ids": [(6, 0, self.ids)],
                }
            )
            self.sudo().coop_contribution_account_id = account
        return self.coop_contribution_account_id
