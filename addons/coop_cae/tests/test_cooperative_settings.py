# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form

from .common import CoopCaeCase


class TestCooperativeSettings(CoopCaeCase):
    def test_existing_company_was_set_up_at_install(self):
        self.assertEqual(self.company.coop_contribution_rate, 10.0)
        self.assertEqual(self.company.coop_activity_plan_id, self.plan)
        structure = self.company.coop_structure_account_id
        self.assertEqual(structure.name, "Structure")
        self.assertEqual(structure.plan_id, self.plan)
        self.assertEqual(structure.company_id, self.company)

    def test_new_company_gets_rate_plan_and_its_own_structure_account(self):
        company = self.env["res.company"].create({"name": "CoopConnexion Arras"})
        self.assertEqual(company.coop_contribution_rate, 10.0)
        self.assertEqual(company.coop_activity_plan_id, self.plan)
        self.assertEqual(company.coop_structure_account_id.company_id, company)
        self.assertNotEqual(
            company.coop_structure_account_id, self.company.coop_structure_account_id
        )

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

    def test_activities_plan_reads_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(["coop_cae"], ["fr_FR"])
        self.assertEqual(self.plan.with_context(lang="fr_FR").display_name, "Activités")
        self.assertEqual(
            self.plan.with_context(lang="en_US").display_name, "Activities"
        )

    def test_rate_message_is_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(["coop_cae"], ["fr_FR"])
        with self.assertRaisesRegex(ValidationError, "doit être compris entre 0 %"):
            self.company.with_context(lang="fr_FR").coop_contribution_rate = 120

    def test_structure_account_cannot_be_deleted(self):
        structure = self.company.coop_structure_account_id
        with self.assertRaisesRegex(UserError, "Structure"):
            structure.unlink()
        self.assertTrue(structure.exists())
