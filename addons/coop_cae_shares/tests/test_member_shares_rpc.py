# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""An entrepreneur reaching the server over JSON-RPC finds only their own
membership and share movements."""

from odoo.tests import tagged
from odoo.tests.common import JsonRpcException

from odoo.addons.coop_cae.tests.common import EntrepreneurJsonRpcCase


@tagged("post_install", "-at_install")
class TestMemberSharesJsonRpc(EntrepreneurJsonRpcCase):
    def test_membership_over_rpc(self):
        """An entrepreneur reads their own shares, nobody else's, and cannot call
        capital nor write the register."""
        college = (
            self.env["coop.member.college"]
            .sudo()
            .create({"name": "Entrepreneurs", "company_id": self.company.id})
        )
        members = self.env["coop.member"]
        for activity, shares in ((self.activity_a, 4), (self.activity_b, 8)):
            member = members.sudo().create(
                {
                    "partner_id": activity.work_contact_id.id,
                    "college_id": college.id,
                    "company_id": self.company.id,
                }
            )
            self.env["coop.share.movement"]._coop_register(
                {
                    "name": "Subscription",
                    "movement_type": "subscription",
                    "date": "2026-05-04",
                    "member_id": member.id,
                    "shares": shares,
                    "capital_delta": shares * 25.0,
                    "company_id": self.company.id,
                }
            )
            members |= member
        self.authenticate("rpc_a", "rpc_a_password")
        found = self._search_read(
            "coop.member", [("id", "in", members.ids)], ["shares_held"]
        )
        self.assertEqual(
            [(m["id"], m["shares_held"]) for m in found], [(members[0].id, 4)]
        )
        movements = self._search_read(
            "coop.share.movement", [("member_id", "in", members.ids)], ["shares"]
        )
        self.assertEqual([m["shares"] for m in movements], [4])
        for model, vals in (
            ("coop.share.call", {"member_id": members[0].id, "amount": 10.0}),
            (
                "coop.share.movement",
                {
                    "name": "Forged",
                    "movement_type": "subscription",
                    "date": "2026-05-04",
                    "member_id": members[0].id,
                    "shares": 100,
                },
            ),
        ):
            with (
                self.subTest(model=model),
                self.assertRaisesRegex(JsonRpcException, "AccessError"),
            ):
                self.make_jsonrpc_request(
                    "/web/dataset/call_kw",
                    {"model": model, "method": "create", "args": [vals], "kwargs": {}},
                )
        self.assertEqual(members[0].sudo().shares_held, 4)
