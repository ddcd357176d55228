# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The ledger fence through a live server: an entrepreneur's refused calls come
back as clean errors in the JSON answer (or a 403), never a traceback."""

import json
import re

from odoo import Command
from odoo.tests import new_test_user, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from odoo.addons.account.tests.common import AccountTestInvoicingHttpCommon

from .common import CoopCompanyIdentity


@tagged("post_install", "-at_install")
class TestLedgerFenceJsonRpc(CoopCompanyIdentity, AccountTestInvoicingHttpCommon):
    # A French cooperative's chart, as in production: it brings the
    # Contributions journal and account that posting books into.
    chart_template = "fr"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        company = cls.company_data["company"]
        user_vals = {
            "company_id": company.id,
            "company_ids": [Command.set(company.ids)],
            "groups": "base.group_user,coop_cae.coop_cae_group_entrepreneur",
        }
        cls.user_a = new_test_user(
            cls.env, login="fence_a", password="fence_a_password", **user_vals
        )
        cls.user_b = new_test_user(
            cls.env, login="fence_b", password="fence_b_password", **user_vals
        )
        cls.env["hr.employee"].sudo().create(
            [
                {
                    "name": name,
                    "is_entrepreneur": True,
                    "coop_trade_name": name,
                    "user_id": user.id,
                    "company_id": company.id,
                    "coop_can_post_invoices": True,
                }
                for name, user in (("Atelier A", cls.user_a), ("Atelier B", cls.user_b))
            ]
        )
        cls.moves = {}
        for key, user in (("a", cls.user_a), ("b", cls.user_b)):
            partner = (
                cls.env["res.partner"].with_user(user).create({"name": f"Client {key}"})
            )
            cls.moves[key] = (
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
        cls.moves["b"].action_post()
        cls.moves["b"].sudo().message_subscribe(partner_ids=cls.user_b.partner_id.ids)

    def _call(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def _csrf_token(self):
        """The token the web client's page carries, as a form post needs."""
        page = self.url_open("/odoo").text
        return re.search(r'csrf_token: "(\w+)"', page).group(1)

    def test_writing_the_state_is_a_clean_user_error(self):
        self.authenticate("fence_a", "fence_a_password")
        with self.assertRaisesRegex(JsonRpcException, "UserError"):
            self._call(
                "account.move", "write", [self.moves["a"].ids, {"state": "posted"}]
            )
        self.assertEqual(self.moves["a"].state, "draft")

    def test_wizard_with_another_invoice_is_a_clean_access_error(self):
        self.authenticate("fence_a", "fence_a_password")
        with self.assertRaisesRegex(JsonRpcException, "AccessError"):
            self._call(
                "account.move.send.wizard",
                "onchange",
                # As the web client sends it: the (new) records' ids first.
                [[], {}, [], {"move_id": {}, "mail_subject": {}, "mail_body": {}}],
                {
                    "context": {
                        "active_model": "account.move",
                        "active_ids": self.moves["b"].ids,
                    }
                },
            )

    def test_invoicing_dashboard_loads(self):
        self.authenticate("fence_a", "fence_a_password")
        views = self._call("account.journal", "get_views", [[[False, "kanban"]]])
        self.assertIn("kanban", views["views"])
        cards = self._call(
            "account.journal",
            "web_search_read",
            [],
            {
                "domain": [],
                "specification": {
                    "kanban_dashboard": {},
                    "kanban_dashboard_graph": {},
                    "json_activity_data": {},
                },
            },
        )
        self.assertTrue(cards["records"])

    def test_followers_of_another_invoice_are_hidden(self):
        self.authenticate("fence_a", "fence_a_password")
        followers = self._call(
            "mail.followers",
            "search_read",
            [[("res_model", "=", "account.move"), ("res_id", "=", self.moves["b"].id)]],
            {"fields": ["partner_id"]},
        )
        self.assertEqual(followers, [])

    def test_export_of_another_invoice_is_a_403(self):
        self.authenticate("fence_a", "fence_a_password")
        data = {
            "model": "account.move",
            "fields": [{"name": "name", "label": "Number"}],
            "ids": self.moves["b"].ids,
            "domain": [],
            "import_compat": False,
        }
        with mute_logger("odoo.addons.web.controllers.export", "odoo.http"):
            response = self.url_open(
                "/web/export/csv",
                data={"data": json.dumps(data), "csrf_token": self._csrf_token()},
            )
        self.assertEqual(response.status_code, 403)
        self.assertIn("AccessError", response.text)
        self.assertNotIn("Traceback", response.text)
        own = self.url_open(
            "/web/export/csv",
            data={
                "data": json.dumps({**data, "ids": self.moves["a"].ids}),
                "csrf_token": self._csrf_token(),
            },
        )
        self.assertEqual(own.status_code, 200)
