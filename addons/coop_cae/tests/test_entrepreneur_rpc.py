# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""An entrepreneur reaching the server over JSON-RPC, as the web client and any
script do, finds only their own activity's accounting and contacts."""

from odoo import Command
from odoo.tests import new_test_user, tagged
from odoo.tests.common import JsonRpcException

from odoo.addons.account.tests.common import AccountTestInvoicingHttpCommon


@tagged("post_install", "-at_install")
class TestEntrepreneurJsonRpc(AccountTestInvoicingHttpCommon):
    # A French cooperative's chart, as in production.
    chart_template = "fr"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        company = cls.company = cls.company_data["company"]
        user_vals = {
            "company_id": company.id,
            "company_ids": [Command.set(company.ids)],
            "groups": "base.group_user,coop_cae.coop_cae_group_entrepreneur",
        }
        cls.user_a = new_test_user(
            cls.env, login="rpc_a", password="rpc_a_password", **user_vals
        )
        cls.user_b = new_test_user(
            cls.env, login="rpc_b", password="rpc_b_password", **user_vals
        )
        Employee = cls.env["hr.employee"].sudo()
        cls.activity_a, cls.activity_b = Employee.create(
            [
                {
                    "name": "Sandrine Leclercq",
                    "is_entrepreneur": True,
                    "coop_trade_name": "Savonnerie",
                    "user_id": user.id,
                    "company_id": company.id,
                    "coop_can_post_invoices": True,
                }
                for user in (cls.user_a, cls.user_b)
            ]
        )
        cls.moves = {}
        cls.partners = {}
        for key, user in (("a", cls.user_a), ("b", cls.user_b)):
            partner = (
                cls.env["res.partner"].with_user(user).create({"name": f"Client {key}"})
            )
            move = (
                cls.env["account.move"]
                .with_user(user)
                .create(
                    {
                        "move_type": "out_invoice",
                        "partner_id": partner.id,
                        "invoice_date": "2026-05-04",
                        "invoice_line_ids": [
                            Command.create(
                                {"product_id": cls.product_a.id, "price_unit": 500}
                            )
                        ],
                    }
                )
            )
            move.action_post()
            cls.moves[key], cls.partners[key] = move, partner

    def _search_read(self, model, domain, fields):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": model,
                "method": "search_read",
                "args": [domain],
                "kwargs": {"fields": fields},
            },
        )

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
