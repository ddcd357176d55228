# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The entrepreneur's home in a real browser (headless Chromium, Odoo's tours):
she lands on it at login, reads her figures, opens her unpaid invoices and
starts a new one. Skipped, as Odoo skips tours, when no Chromium is installed."""

from odoo.tests import tagged

from .common import EntrepreneurJsonRpcCase


@tagged("post_install", "-at_install")
class TestEntrepreneurHomeTour(EntrepreneurJsonRpcCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Odoo's tours log in with the login as password.
        cls.user_a.sudo().password = "rpc_a"

    def test_entrepreneur_lands_on_her_home(self):
        self.start_tour("/odoo", "coop_entrepreneur_home", login="rpc_a")
