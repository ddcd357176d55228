# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.tests import new_test_user, tagged

from odoo.addons.coop_cae.tests.common import EntrepreneurJsonRpcCase, JsonRpcRefusals


@tagged("post_install", "-at_install")
class TestAccountantRpc(JsonRpcRefusals, EntrepreneurJsonRpcCase):
    """The accountant over JSON-RPC, as the web client calls."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.accountant = new_test_user(
            cls.env,
            login="rpc_accountant",
            password="rpc_accountant_password",
            groups="base.group_user,coop_cae.coop_cae_group_accountant",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.env["coop.candidate"].sudo().create(
            {"name": "Karima Candidate", "rqth": True}
        )

    def test_reads_both_activities_not_candidates(self):
        self.authenticate("rpc_accountant", "rpc_accountant_password")
        moves = self.moves["a"] | self.moves["b"]
        found = self._search_read("account.move", [("id", "in", moves.ids)], ["name"])
        self.assertEqual({row["id"] for row in found}, set(moves.ids))
        self.assertRpcRefused(
            "AccessError",
            "Candidate",
            "coop.candidate",
            "search_read",
            [[]],
            {"fields": ["rqth"]},
        )

    def test_downloads_the_fec_of_the_menu_wizard(self):
        self.authenticate("rpc_accountant", "rpc_accountant_password")
        model = "l10n_fr.fec.export.wizard"
        created = self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": model,
                "method": "create",
                "args": [
                    {
                        "date_from": "2026-01-01",
                        "date_to": "2026-12-31",
                        "test_file": True,
                    }
                ],
                "kwargs": {},
            },
        )
        ids = created if isinstance(created, list) else [created]
        action = self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": model,
                "method": "create_fec_report_action",
                "args": [ids],
                "kwargs": {},
            },
        )
        response = self.url_open(action["url"])
        self.assertEqual(response.status_code, 200)
        lines = response.content.decode().split("\r\n")
        self.assertTrue(lines[0].startswith("JournalCode|JournalLib|EcritureNum"))
        self.assertIn(self.moves["a"].name, response.content.decode())
