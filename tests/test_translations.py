# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Every user-facing string of our addons ships with its French translation."""

from pathlib import Path

from odoo.tests import TransactionCase, tagged
from odoo.tools.translate import PoFileReader, TranslationModuleReader

ADDONS = Path(__file__).resolve().parent.parent / "addons"


@tagged("post_install", "-at_install")
class TestFrenchTranslations(TransactionCase):
    def test_every_term_has_a_french_translation(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        addons = sorted(p.parent.name for p in ADDONS.glob("*/__manifest__.py"))
        self.assertTrue(addons)
        for addon in addons:
            with self.subTest(addon=addon):
                po_path = ADDONS / addon / "i18n" / "fr.po"
                self.assertTrue(po_path.is_file(), f"{po_path} is missing")
                with po_path.open("rb") as po_file:
                    translated = {
                        entry["src"]
                        for entry in PoFileReader(po_file)
                        if entry["value"]
                    }
                terms = {
                    source
                    for _module, _type, _name, _res_id, source, _value, _comments in (
                        TranslationModuleReader(
                            self.env.cr, modules=[addon], lang="fr_FR"
                        )
                    )
                    if source.strip()
                }
                self.assertTrue(terms, f"no term found for {addon}")
                missing = sorted(terms - translated)
                self.assertFalse(
                    missing,
                    f"{addon}: terms without French translation in i18n/fr.po "
                    "(run odoo i18n export, then translate):\n" + "\n".join(missing),
                )
