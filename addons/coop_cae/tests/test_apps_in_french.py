# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestAppsInFrench(TransactionCase):
    """The Apps menu shows our addons' names and summaries in French: each
    addon's fr.po carries them (Odoo's own come with base's)."""

    def test_our_addons_are_described_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        modules = self.env["ir.module.module"].search(
            [("name", "=like", "coop\\_%"), ("state", "=", "installed")]
        )
        self.assertIn("coop_cae", modules.mapped("name"))
        modules._load_module_terms(modules.mapped("name"), ["fr_FR"], overwrite=True)
        self.env.invalidate_all()
        for module in modules:
            english = module.with_context(lang="en_US")
            french = module.with_context(lang="fr_FR")
            self.assertNotEqual(french.summary, english.summary, module.name)
        coop_cae = modules.filtered(lambda m: m.name == "coop_cae")
        self.assertEqual(
            coop_cae.with_context(lang="fr_FR").summary,
            "Les entrepreneurs, leurs activités et les réglages d'une CAE",
        )
