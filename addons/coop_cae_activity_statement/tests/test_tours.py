# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The entrepreneur's activity statement in a real browser (headless
Chromium, Odoo's tours), in French as she works: from her home to this year's
figures, their XLSX export and the months' pivot. The tour fails on any error
dialog or JavaScript error. Skipped, as Odoo skips tours, when no Chromium is
installed (bin/test installs it when it can)."""

from odoo import Command, fields
from odoo.tests import new_test_user, tagged

from odoo.addons.coop_cae.tests.common import EntrepreneurJsonRpcCase


@tagged("post_install", "-at_install")
class TestActivityStatementTour(EntrepreneurJsonRpcCase):
    """Camille Roux (Céramiques) has one posted invoice of today, 845.30
    excluding VAT: her revenue of this fiscal year, whatever the year the
    test runs in."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("fr_FR")
        installed = cls.env["ir.module.module"].search([("state", "=", "installed")])
        installed._load_module_terms(installed.mapped("name"), ["fr_FR"])
        cls.user = new_test_user(
            cls.env,
            login="tour_ceramics",
            password="tour_ceramics",
            lang="fr_FR",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
            groups="base.group_user,coop_cae.coop_cae_group_entrepreneur",
        )
        cls.activity = (
            cls.env["hr.employee"]
            .sudo()
            .create(
                {
                    "name": "Camille Roux",
                    "is_entrepreneur": True,
                    "coop_trade_name": "Céramiques",
                    "user_id": cls.user.id,
                    "company_id": cls.company.id,
                    "coop_can_post_invoices": True,
                }
            )
        )
        client = (
            cls.env["res.partner"]
            .with_user(cls.user)
            .create({"name": "Galerie des Arts"})
        )
        cls.invoice = (
            cls.env["account.move"]
            .with_user(cls.user)
            .create(
                {
                    "move_type": "out_invoice",
                    "partner_id": client.id,
                    "invoice_date": fields.Date.today(),
                    "invoice_line_ids": [
                        Command.create(
                            {"product_id": cls.product_a.id, "price_unit": 845.30}
                        )
                    ],
                }
            )
        )
        cls.invoice.action_post()

    def test_entrepreneur_reads_and_exports_her_statement(self):
        self.assertEqual(self.invoice.amount_untaxed, 845.30)
        self.start_tour(
            "/odoo", "coop_activity_statement_entrepreneur", login=self.user.login
        )
