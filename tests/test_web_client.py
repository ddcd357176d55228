# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""End to end: a real Odoo HTTP server (started by pytest-odoo on 127.0.0.1)
answering the web client's login page, its menus and its JSON-RPC calls."""

from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from odoo.addons.coop_cae.tests.common import JsonRpcRefusals


@tagged("post_install", "-at_install")
class TestWebClient(JsonRpcRefusals, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.staff_user = new_test_user(
            cls.env,
            login="e2e_staff",
            password="e2e_staff_password",
            groups="base.group_user,coop_cae.coop_cae_group_user",
        )
        cls.plain_user = new_test_user(
            cls.env,
            login="e2e_plain",
            password="e2e_plain_password",
            groups="base.group_user",
        )
        cls.entrepreneur = cls.env["hr.employee"].create(
            {
                "name": "Mohamed Benali",
                "is_entrepreneur": True,
                "coop_trade_name": "Benali Peinture en bâtiment",
                "coop_stage": "associate",
            }
        )

    def _call_kw(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def _rpc_error(self, model, method, args, kwargs=None):
        """The error part of a JSON-RPC answer, as the web client receives it."""
        return self._call_kw_response(model, method, args, kwargs).get("error")

    def test_login_page_answers(self):
        response = self.url_open("/web/login")
        self.assertEqual(response.status_code, 200)
        self.assertIn('name="login"', response.text)

    def test_login_page_offers_no_public_sign_up(self):
        # The cooperative admits its members; Odoo alone would offer sign-up.
        response = self.url_open("/web/login")
        self.assertNotIn("/web/signup", response.text)
        self.assertEqual(self.url_open("/web/signup").status_code, 404)

    def test_staff_see_the_cooperative_menu(self):
        self.authenticate("e2e_staff", "e2e_staff_password")
        menus = self.url_open("/web/webclient/load_menus").json()
        names = {menu["name"] for menu in menus.values() if isinstance(menu, dict)}
        self.assertIn("Cooperative", names)
        self.assertIn("Entrepreneurs", names)

    def test_entrepreneur_sees_her_apps_and_lands_on_her_home(self):
        new_test_user(
            self.env,
            login="e2e_entrepreneur",
            password="e2e_entrepreneur_password",
            groups="base.group_user,coop_cae.coop_cae_group_entrepreneur",
        )
        self.authenticate("e2e_entrepreneur", "e2e_entrepreneur_password")
        menus = self.url_open("/web/webclient/load_menus").json()
        apps = {
            menu["xmlid"]
            for menu in menus.values()
            if isinstance(menu, dict) and menu.get("id") in menus["root"]["children"]
        }
        self.assertIn("account.menu_finance", apps)
        for hidden in ("hr.menu_hr_root", "base.menu_management"):
            self.assertNotIn(hidden, apps)
        page = self.url_open("/odoo").text
        # Her activity's home, "Mon activité", not Discuss nor a dashboard.
        home = self.env.ref("coop_cae.coop_entrepreneur_home_action")
        self.assertIn(f'"home_action_id": {home.id}', page)
        # The staff keep them.
        self.authenticate("e2e_staff", "e2e_staff_password")
        menus = self.url_open("/web/webclient/load_menus").json()
        self.assertIn("hr.menu_hr_root", {m.get("xmlid") for m in menus.values()})

    def test_plain_employee_does_not_see_it(self):
        self.authenticate("e2e_plain", "e2e_plain_password")
        menus = self.url_open("/web/webclient/load_menus").json()
        names = {menu["name"] for menu in menus.values() if isinstance(menu, dict)}
        self.assertNotIn("Cooperative", names)

    def test_staff_read_entrepreneurs_over_jsonrpc(self):
        self.authenticate("e2e_staff", "e2e_staff_password")
        records = self._call_kw(
            "hr.employee",
            "search_read",
            [[("is_entrepreneur", "=", True), ("id", "=", self.entrepreneur.id)]],
            {"fields": ["name", "coop_trade_name", "coop_stage"]},
        )
        self.assertEqual(
            records,
            [
                {
                    "id": self.entrepreneur.id,
                    "name": "Mohamed Benali",
                    "coop_trade_name": "Benali Peinture en bâtiment",
                    "coop_stage": "associate",
                }
            ],
        )

    def test_plain_employee_is_refused_over_jsonrpc(self):
        self.authenticate("e2e_plain", "e2e_plain_password")
        with self.assertRaisesRegex(JsonRpcException, "AccessError"):
            self._call_kw(
                "hr.employee",
                "read",
                [[self.entrepreneur.id], ["coop_stage"]],
            )
        with self.assertRaisesRegex(JsonRpcException, "AccessError"):
            self._call_kw(
                "hr.employee",
                "write",
                [[self.entrepreneur.id], {"coop_stage": "exited"}],
            )
        self.assertEqual(self.entrepreneur.coop_stage, "associate")

    def test_bad_input_gets_a_clear_message_over_jsonrpc(self):
        self.authenticate("e2e_staff", "e2e_staff_password")
        count = self.env["hr.employee"].search_count([])
        error = self._rpc_error(
            "hr.employee",
            "create",
            [{"name": "Kevin Lefort", "is_entrepreneur": True}],
        )
        self.assertEqual(error["data"]["name"], "odoo.exceptions.ValidationError")
        self.assertIn("trade name", error["data"]["message"])
        self.assertEqual(self.env["hr.employee"].search_count([]), count)
