# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models, tools
from odoo.tools import format_amount


class ResCompany(models.Model):
    _inherit = "res.company"

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

    coop_legal_form = fields.Char(
        string="Legal Form",
        help="The cooperative's legal form as its statutes name it, e.g. SCOP SA, "
        "SCIC SAS or SCOP SARL. Printed on invoices with the share capital.",
    )
    coop_share_capital = fields.Monetary(
        string="Share Capital",
        currency_field="currency_id",
        help="The share capital stated in the statutes, printed on invoices "
        '("au capital de …") unless the capital is variable.',
    )
    coop_capital_variable = fields.Boolean(
        string="Variable Capital",
        help="The cooperative's capital varies with its members' shares (C. com. "
        'L231-1): invoices state "à capital variable" instead of an amount.',
    )
    coop_rcs_city = fields.Char(
        string="Trade Register City",
        help="City of the trade and companies register (RCS) the cooperative is "
        "registered at, printed on invoices, e.g. Arras.",
    )
    coop_late_penalty_rate = fields.Char(
        string="Late-Payment Penalty Rate",
        help="The rate of the penalties due on late payment, printed on invoices "
        "with the 40 € fixed compensation for recovery costs. Left empty, "
        "invoices state the legal minimum: three times the legal interest rate.",
    )

    def _default_coop_activity_plan_id(self):
        return self.env.ref(
            "coop_cae.account_analytic_plan_activities", raise_if_not_found=False
        )

    def _coop_siren(self):
        """The SIREN, grouped by three: see res.partner._coop_siren."""
        self.ensure_one()
        return self.partner_id._coop_siren()

    def _coop_legal_form_mention(self):
        """The legal form with the capital, as invoices print it: "SCOP SA à
        capital variable", "SARL au capital de 10 000,00 €" (in French)."""
        self.ensure_one()
        parts = [self.coop_legal_form] if self.coop_legal_form else []
        # A legal form typed with its capital's nature says it already.
        if self.coop_capital_variable:
            if "capital variable" not in (self.coop_legal_form or ""):
                parts.append(self.env._("with variable capital"))
        elif self.coop_share_capital:
            parts.append(
                self.env._(
                    "with a share capital of %(amount)s",
                    amount=format_amount(
                        self.env, self.coop_share_capital, self.currency_id
                    ),
                )
            )
        return " ".join(parts)

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

    @api.model
    def _coop_setup_all_companies(self):
        """Set up every company that exists when coop_cae is installed or
        updated (data/res_company_data.xml): before the demo data, so that no
        demo record sets a company up inside the demo's savepoint."""
        self.with_context(active_test=False).search(
            [("coop_structure_account_id", "=", False)]
        )._coop_setup_cooperative()

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
            .with_context(lang=None)
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

    def _coop_tz(self):
        """The cooperative's time zone, a pytz name: its working calendar's,
        else the user's, else Paris. Local days, months and hours (quotas,
        slots in messages, occupancy) are counted in it."""
        company = self[:1] or self.env.company
        return company.resource_calendar_id.tz or self.env.user.tz or "Europe/Paris"
