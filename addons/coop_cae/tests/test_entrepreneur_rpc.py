# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""An entrepreneur reaching the server over JSON-RPC, as the web client and any
script do, finds only their own activity's accounting and contacts."""

from odoo.tests import tagged
from odoo.tests.common import JsonRpcException

from .common import EntrepreneurJsonRpcCase


@tagged("post_install", "-at_install")
class TestEntrepreneurJsonRpc(EntrepreneurJsonRpcCase):
    def test_search_read_returns_own_records_only(self):
        self.authenticate("rpc_a", "rpc_a_password")
        both = self.moves["a"] | self.moves["b"]
        moves = self._search_read("account.move", [("id", "in", both.ids)], ["name"])
        self.assertEqual({m["id"] for m in moves}, set(self.moves["a"].ids))
        lines = self._search_read(
            "account.move.line", [("move_id", "in", both.ids)], ["move_id"]
        )
        self.assertTrue(lines)
        self.assertEqual(
            {line["move_id"][0] for line in lines}, set(self.moves["a"].ids)
        )
        partners = self._search_read(
            "res.partner",
            [("id", "in", (self.partners["a"] | self.partners["b"]).ids)],
            ["name"],
        )
        self.assertEqual([p["name"] for p in partners], ["Client a"])
        analytic = self._search_read(
            "account.analytic.line",
            [("move_line_id.move_id", "in", both.ids)],
            ["amount"],
        )
        self.assertTrue(analytic)
        self.assertEqual(sum(line["amount"] for line in analytic), 500.0)

    def test_writing_another_activity_record_is_refused(self):
        self.authenticate("rpc_a", "rpc_a_password")
        for model, record in (
            ("account.move", self.moves["b"]),
            ("res.partner", self.partners["b"]),
        ):
            with (
                self.subTest(model=model),
                self.assertRaisesRegex(JsonRpcException, "AccessError"),
            ):
                self.make_jsonrpc_request(
                    "/web/dataset/call_kw",
                    {
                        "model": model,
                        "method": "write",
                        "args": [record.ids, {"ref": "hacked"}],
                        "kwargs": {},
                    },
                )
        self.assertFalse(self.partners["b"].ref)
        self.assertNotEqual(self.moves["b"].ref, "hacked")
