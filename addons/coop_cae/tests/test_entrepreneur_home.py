# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The entrepreneur's home, "Mon activité" (issues 13 and 17): their own
activity's figures and to-dos, to the cent, nothing of another activity's, in
as many queries for twenty invoices as for one."""

from freezegun import freeze_time

from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import EntrepreneurJsonRpcCase
from .test_ledger_fence import LedgerFenceCase

SALE_TYPES = ("out_invoice", "out_refund")


@tagged("post_install", "-at_install")
@freeze_time("2026-12-01")
class TestEntrepreneurHome(LedgerFenceCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.credit_note_a = cls._credit_note_of(cls.user_a, cls.client_a, 300.0)
        # A draft counts nowhere.
        cls._entrepreneur_invoice(cls.user_a, cls.client_a, price=5000.0)
        cls.bill_a.with_user(cls.staff).action_post()
        cls.todo_a = cls.invoice_a.activity_schedule(
            "mail.mail_activity_data_todo", user_id=cls.user_a.id, summary="Relancer"
        )
        cls.todo_b = cls.invoice_b.activity_schedule(
            "mail.mail_activity_data_todo", user_id=cls.user_b.id, summary="Zorglub"
        )

    @classmethod
    def _credit_note_of(cls, user, partner, price):
        credit_note = cls._entrepreneur_invoice(user, partner, price=price)
        credit_note.move_type = "out_refund"
        credit_note.with_user(cls.staff).action_post()
        return credit_note

    def _home(self, user):
        return self.env["coop.entrepreneur.home"].with_user(user).create({})

    def _expected(self, activity):
        """The figures, summed here from the activity's documents."""
        moves = self.env["account.move"].search(
            [("coop_activity_id", "=", activity.id), ("state", "=", "posted")]
        )
        sales = moves.filtered(lambda move: move.move_type in SALE_TYPES)
        unpaid = moves.filtered(
            lambda move: move.move_type == "out_invoice"
            and move.payment_state in ("not_paid", "partial")
        )
        bills = moves.filtered(
            lambda move: move.move_type == "in_invoice"
            and move.payment_state in ("not_paid", "partial")
        )
        return {
            "revenue_this_year": sum(
                move.amount_untaxed * (-1 if move.move_type == "out_refund" else 1)
                for move in sales
            ),
            "unpaid_invoice_count": len(unpaid),
            "unpaid_invoice_amount": sum(unpaid.mapped("amount_residual")),
            "bill_to_pay_count": len(bills),
            "bill_to_pay_amount": sum(bills.mapped("amount_residual")),
        }

    def assertFigures(self, home, expected):
        for name, value in expected.items():
            with self.subTest(figure=name):
                self.assertAlmostEqual(home[name], value, places=2)

    def test_a_sees_her_own_figures_to_the_cent(self):
        home = self._home(self.user_a)
        expected = self._expected(self.activity_a)
        # 1,000 invoiced, 300 credited, the draft left out.
        self.assertAlmostEqual(expected["revenue_this_year"], 700.0)
        self.assertEqual(expected["unpaid_invoice_count"], 1)
        self.assertEqual(expected["bill_to_pay_count"], 1)
        self.assertFigures(home, expected)
        self.assertEqual(home.name, "Photographie")
        self.assertEqual(home.todo_ids, self.todo_a)
        self.assertEqual(home.todo_count, 1)

    def test_b_sees_his_own_figures_and_nothing_of_a(self):
        home = self._home(self.user_b)
        expected = self._expected(self.activity_b)
        self.assertAlmostEqual(expected["revenue_this_year"], 1000.0)
        self.assertFigures(home, expected)
        self.assertEqual(home.name, "Sophrologie")
        self.assertEqual(home.todo_ids, self.todo_b)

    def test_a_paid_invoice_leaves_the_unpaid_ones(self):
        self._register_payment(self.invoice_a.with_user(self.staff))
        home = self._home(self.user_a)
        self.assertEqual(home.unpaid_invoice_count, 0)
        self.assertEqual(home.unpaid_invoice_amount, 0.0)
        self.assertAlmostEqual(home.revenue_this_year, 700.0)

    def test_last_year_is_not_this_year(self):
        with freeze_time("2027-02-01"):
            home = self._home(self.user_a)
            self.assertEqual(home.revenue_this_year, 0.0)
            # Still to collect, whatever the year.
            self.assertEqual(home.unpaid_invoice_count, 1)

    def test_figures_match_the_staff_smart_buttons(self):
        home = self._home(self.user_a)
        employee = self.activity_a.with_user(self.staff)
        self.assertEqual(home.revenue_this_year, employee.coop_revenue_this_year)

    def test_buttons_open_her_own_documents(self):
        home = self._home(self.user_a)
        Move = self.env["account.move"].with_user(self.user_a)
        unpaid = Move.search(home.action_open_unpaid_invoices()["domain"])
        self.assertEqual(unpaid, self.invoice_a)
        bills = Move.search(home.action_open_bills_to_pay()["domain"])
        self.assertEqual(bills, self.bill_a)
        invoices = Move.search(home.action_open_invoices()["domain"])
        self.assertIn(self.credit_note_a, invoices)
        self.assertNotIn(self.invoice_b, invoices)
        action = home.action_new_invoice()
        self.assertEqual(action["context"]["default_move_type"], "out_invoice")
        self.assertEqual(action["views"], [(False, "form")])
        self.assertEqual(home.action_open_expenses()["res_model"], "hr.expense")
        todos = self.env["mail.activity"].with_user(self.user_a)
        self.assertEqual(todos.search(home.action_open_todos()["domain"]), self.todo_a)

    def test_home_opens_on_a_record_of_her_own(self):
        action = self.env.ref("coop_cae.coop_entrepreneur_home_action")
        result = action.with_user(self.user_a).run()
        self.assertEqual(result["res_model"], "coop.entrepreneur.home")
        home = self.env["coop.entrepreneur.home"].with_user(self.user_a)
        home = home.browse(result["res_id"])
        self.assertAlmostEqual(home.revenue_this_year, 700.0)

    def test_staff_have_no_home_menu(self):
        menu = self.env.ref("coop_cae.coop_entrepreneur_home_menu")
        Menu = self.env["ir.ui.menu"]
        self.assertIn(menu.id, Menu.with_user(self.user_a)._visible_menu_ids())
        self.assertNotIn(menu.id, Menu.with_user(self.staff)._visible_menu_ids())

    def test_others_cannot_open_the_home(self):
        outsider = new_test_user(self.env, login="zoe", groups="base.group_user")
        with self.assertRaises(AccessError):
            self._home(outsider)

    def test_b_reading_a_home_gets_nothing_of_a(self):
        home_a = self._home(self.user_a)
        Home = self.env["coop.entrepreneur.home"].with_user(self.user_b)
        try:
            figure = Home.browse(home_a.id).revenue_this_year
        except AccessError:
            return  # refused: nothing of A's shown
        self.assertAlmostEqual(
            figure, self._expected(self.activity_b)["revenue_this_year"]
        )

    def _home_query_count(self):
        home = self._home(self.user_a)
        home.read(list(home._fields))  # warm the activity's cache
        self.env.invalidate_all()
        self.env.flush_all()
        before = self.env.cr.sql_log_count
        home.read(list(home._fields))
        return self.env.cr.sql_log_count - before

    def test_queries_do_not_grow_with_invoices(self):
        one = self._home_query_count()
        for _index in range(19):
            self._entrepreneur_invoice(self.user_a, self.client_a, post=True, price=10)
        self.assertEqual(self._home_query_count(), one)
        self.assertAlmostEqual(self._home(self.user_a).revenue_this_year, 890.0)


@tagged("post_install", "-at_install")
class TestEntrepreneurLandsHome(EntrepreneurJsonRpcCase):
    """At login, the web client opens the home action session_info names."""

    def _session_home(self, login):
        self.authenticate(login, f"{login}_password")
        return self.make_jsonrpc_request("/web/session/get_session_info")

    def test_entrepreneurs_land_on_their_home(self):
        action = self.env.ref("coop_cae.coop_entrepreneur_home_action")
        for login, activity in (("rpc_a", self.activity_a), ("rpc_b", self.activity_b)):
            with self.subTest(login=login):
                info = self._session_home(login)
                self.assertEqual(info["home_action_id"], action.id)
                result = self.make_jsonrpc_request(
                    "/web/action/run", {"action_id": action.id}
                )
                self.assertEqual(result["res_model"], "coop.entrepreneur.home")
                home = self.make_jsonrpc_request(
                    "/web/dataset/call_kw",
                    {
                        "model": "coop.entrepreneur.home",
                        "method": "read",
                        "args": [[result["res_id"]], ["revenue_this_year"]],
                        "kwargs": {},
                    },
                )
                # Each posted 500 € excl. VAT: the staff's figure, theirs alone.
                self.assertEqual(
                    home[0]["revenue_this_year"],
                    activity.sudo().coop_revenue_this_year,
                )
