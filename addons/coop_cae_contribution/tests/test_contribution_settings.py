# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, RedirectWarning, ValidationError
from odoo.tests import Form

from odoo.addons.coop_cae.tests.common import CoopCaeCase

from ..models.account_chart_template import (
    CONTRIBUTION_ACCOUNT_CODE,
    CONTRIBUTION_JOURNAL_CODE,
)


class TestContributionSettings(CoopCaeCase):
    def test_existing_company_was_set_up_at_install(self):
        self.assertEqual(self.company.coop_contribution_rate, 10.0)
        self.assertEqual(
            self.company.coop_contribution_scheme_id,
            self.env.ref("coop_cae_contribution.coop_contribution_scheme_default"),
        )

    def test_french_chart_brings_the_journal_and_the_account(self):
        self.assertEqual(self.company.chart_template, "fr")
        journal = self.company._coop_contribution_journal()
        self.assertEqual(journal.code, CONTRIBUTION_JOURNAL_CODE)
        self.assertEqual(journal.type, "general")
        account = self.company._coop_contribution_account()
        self.assertEqual(account.code, CONTRIBUTION_ACCOUNT_CODE)
        self.assertEqual(account.account_type, "income")
        # The post-init hook is idempotent: it keeps what the company has.
        self.env["account.chart.template"]._coop_load_contribution_data(self.company)
        self.assertEqual(self.company.coop_contribution_journal_id, journal)
        self.assertEqual(
            self.env["account.account"].search_count(
                [("code", "=", CONTRIBUTION_ACCOUNT_CODE)]
            ),
            1,
        )

    def test_company_without_french_chart_is_told_what_to_set(self):
        company = self.env["res.company"].create({"name": "CoopConnexion Bruxelles"})
        self.assertEqual(company.coop_contribution_rate, 10.0)
        with self.assertRaisesRegex(RedirectWarning, CONTRIBUTION_ACCOUNT_CODE):
            company._coop_contribution_journal()
        with self.assertRaisesRegex(RedirectWarning, "Cooperative settings"):
            company._coop_contribution_account()

    def test_staff_cannot_change_the_rate(self):
        with self.assertRaises(AccessError):
            self.env["res.config.settings"].with_user(self.staff_user).create(
                {"coop_contribution_rate": 5.0}
            )
        with self.assertRaises(AccessError):
            self.company.with_user(self.staff_user).coop_contribution_rate = 5.0
        self.assertEqual(self.company.coop_contribution_rate, 10.0)

    def test_settings_screen_changes_the_rate(self):
        form = Form(self.env["res.config.settings"].with_user(self.manager_user))
        self.assertEqual(form.coop_contribution_rate, 10.0)
        form.coop_contribution_rate = 12.5
        form.save().execute()
        self.assertEqual(self.company.coop_contribution_rate, 12.5)

    def test_rate_outside_0_100_is_refused_and_nothing_saved(self):
        for rate in (-0.01, 100.01, 150.0):
            with self.subTest(rate=rate):
                with self.assertRefused(ValidationError, "between 0% and 100%"):
                    self.company.coop_contribution_rate = rate
                self.assertEqual(self.company.coop_contribution_rate, 10.0)
        settings = self.env["res.config.settings"].with_user(self.manager_user)
        with self.assertRefused(ValidationError, "between 0% and 100%"):
            settings.create({"coop_contribution_rate": 101.0}).execute()
        self.assertEqual(self.company.coop_contribution_rate, 10.0)

    def test_rate_bounds_are_accepted(self):
        for rate in (0.0, 100.0):
            self.company.coop_contribution_rate = rate
            self.assertEqual(self.company.coop_contribution_rate, rate)

    def test_rate_message_is_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["coop_cae_contribution"], ["fr_FR"]
        )
        with self.assertRaisesRegex(ValidationError, "doit être compris entre 0 %"):
            self.company.with_context(lang="fr_FR").coop_contribution_rate = 120
