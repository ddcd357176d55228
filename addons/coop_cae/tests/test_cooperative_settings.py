# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError

from .common import CoopCaeCase


class TestCooperativeSettings(CoopCaeCase):
    def test_existing_company_was_set_up_at_install(self):
        self.assertEqual(self.company.coop_activity_plan_id, self.plan)
        structure = self.company.coop_structure_account_id
        self.assertEqual(structure.name, "Structure")
        self.assertEqual(structure.plan_id, self.plan)
        self.assertEqual(structure.company_id, self.company)

    def test_new_company_gets_plan_and_its_own_structure_account(self):
        company = self.env["res.company"].create({"name": "CoopConnexion Arras"})
        self.assertEqual(company.coop_activity_plan_id, self.plan)
        self.assertEqual(company.coop_structure_account_id.company_id, company)
        self.assertNotEqual(
            company.coop_structure_account_id, self.company.coop_structure_account_id
        )

    def test_activities_plan_reads_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(["coop_cae"], ["fr_FR"])
        self.assertEqual(self.plan.with_context(lang="fr_FR").display_name, "Activités")
        self.assertEqual(
            self.plan.with_context(lang="en_US").display_name, "Activities"
        )

    def test_structure_account_cannot_be_deleted(self):
        structure = self.company.coop_structure_account_id
        with self.assertRaisesRegex(UserError, "Structure"):
            structure.unlink()
        self.assertTrue(structure.exists())
