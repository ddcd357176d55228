# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from .common import CoopCaeCase


class TestChatterLanguage(CoopCaeCase):
    def test_creation_message_without_language_is_in_the_users(self):
        """As data files and crons create records: no language in the context.
        The chatter's "Candidat créé" is all in the user's language."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(["coop_cae"], ["fr_FR"])
        self.staff_user.lang = "fr_FR"
        candidate = (
            self.env["coop.candidate"]
            .with_user(self.staff_user)
            .with_context(lang=None)
            .create(
                {"name": "Léa Fontaine", "support_worker_id": self.support_worker.id}
            )
        )
        self.env.flush_all()
        bodies = candidate.sudo().message_ids.mapped("body")
        self.assertIn("Candidat créé", " ".join(bodies))
        self.assertNotIn("Candidate", " ".join(bodies))

    def test_activity_account_created_in_the_users_language(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(["analytic"], ["fr_FR"])
        self.staff_user.lang = "fr_FR"
        entrepreneur = (
            self.env["hr.employee"]
            .with_user(self.staff_user)
            .with_context(lang="fr_FR")
            .create(
                {
                    "name": "Marie Dupont",
                    "is_entrepreneur": True,
                    "coop_trade_name": "Photographie",
                    "coop_support_worker_id": self.support_worker.id,
                }
            )
        )
        self.env.flush_all()
        account = entrepreneur.sudo().coop_analytic_account_id
        self.assertEqual(account.with_context(lang="en_US").name, "Photographie")
        self.assertEqual(account.with_context(lang="fr_FR").name, "Photographie")
        bodies = " ".join(account.message_ids.mapped("body"))
        self.assertIn("Compte analytique créé", bodies)
