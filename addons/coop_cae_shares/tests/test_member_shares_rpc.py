# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""An entrepreneur reaching the server over JSON-RPC finds only their own
membership and share movements."""

from odoo import Command
from odoo.tests import new_test_user, tagged
from odoo.tests.common import JsonRpcException

from odoo.addons.coop_cae.tests.common import EntrepreneurJsonRpcCase, JsonRpcRefusals


@tagged("post_install", "-at_install")
class TestMemberSharesJsonRpc(JsonRpcRefusals, EntrepreneurJsonRpcCase):
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

    def test_statutory_refusals_over_rpc(self):
        """Staff and managers asking directly get the statutes' refusals, with
        their message, and nothing is saved."""
        user_vals = {
            "company_id": self.company.id,
            "company_ids": [Command.set(self.company.ids)],
        }
        new_test_user(
            self.env,
            login="shares_staff",
            password="shares_staff_pw",
            groups="base.group_user,coop_cae.coop_cae_group_user",
            **user_vals,
        )
        new_test_user(
            self.env,
            login="shares_manager",
            password="shares_manager_pw",
            groups="base.group_user,base.group_system,coop_cae.coop_cae_group_manager",
            **user_vals,
        )
        college = (
            self.env["coop.member.college"]
            .sudo()
            .create(
                {
                    "name": "Entrepreneurs",
                    "min_shares": 4,
                    "company_id": self.company.id,
                }
            )
        )
        Member = self.env["coop.member"].sudo()
        member, candidate = Member.create(
            [
                {
                    "partner_id": partner.id,
                    "college_id": college.id,
                    "company_id": self.company.id,
                }
                for partner in (self.partners["a"], self.partners["b"])
            ]
        )
        self.env["coop.share.movement"]._coop_register(
            {
                "name": "Subscription",
                "movement_type": "subscription",
                "date": "2026-05-04",
                "member_id": member.id,
                "shares": 6,
                "capital_delta": 150.0,
                "paid_delta": 150.0,
                "company_id": self.company.id,
            }
        )
        member._coop_admit(member.movement_ids.date)
        self.authenticate("shares_staff", "shares_staff_pw")
        transfer_id = self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": "coop.share.transfer",
                "method": "create",
                "args": [
                    {
                        "member_id": member.id,
                        "to_member_id": candidate.id,
                        "shares": 2,
                        "date": "2026-06-01",
                    }
                ],
                "kwargs": {},
            },
        )
        self.assertRpcRefused(
            "UserError",
            r"^Client b is not admitted yet: .* Admit them first",
            "coop.share.transfer",
            "action_confirm",
            [[transfer_id]],
        )
        self.assertRpcRefused(
            "UserError",
            r"holds at least 4 shares: Client a would hold 3\.",
            "coop.share.withdrawal",
            "create",
            [{"member_id": member.id, "shares": 3, "company_id": self.company.id}],
        )
        self.authenticate("shares_manager", "shares_manager_pw")
        self.assertRpcRefused(
            "ValidationError",
            r"a quarter of the highest capital reached \(law of 10 September "
            r"1947, art\. 13\)",
            "res.company",
            "write",
            [[self.company.id], {"coop_capital_floor_fraction": 0.1}],
        )
        self.env.invalidate_all()
        self.assertEqual((member.shares_held, candidate.shares_held), (6, 0))
        self.assertEqual(candidate.state, "candidate")
        self.assertFalse(member.withdrawal_ids)
        self.assertEqual(self.company.coop_capital_floor_fraction, 0.25)
