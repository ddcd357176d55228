# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.coop_cae.tests.common import JsonRpcRefusals

from .common import paris


@tagged("post_install", "-at_install")
class TestJsonRpcIsolation(HttpCase):
    """What an entrepreneur can ask the server directly, bypassing the views."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        groups = "base.group_user,coop_cae.coop_cae_group_entrepreneur"
        cls.marie_user = new_test_user(
            cls.env, login="rpc_marie", password="rpc_marie_pw", groups=groups
        )
        cls.julien_user = new_test_user(
            cls.env, login="rpc_julien", password="rpc_julien_pw", groups=groups
        )
        cls.julien = cls.env["hr.employee"].create(
            {
                "name": "Julien Caron",
                "is_entrepreneur": True,
                "coop_trade_name": "Sophrologie",
                "user_id": cls.julien_user.id,
            }
        )
        cls.room = cls.env["coop.coworking.resource"].create(
            {"name": "Salle Germinal", "kind": "room", "max_advance_days": 0}
        )
        cls.booking = cls.env["coop.coworking.booking"].create(
            {
                "booker_type": "entrepreneur",
                "employee_id": cls.julien.id,
                "resource_id": cls.room.id,
                "start": paris("2026-03-02 09:00"),
                "stop": paris("2026-03-02 11:00"),
                "purpose": "Rendez-vous confidentiel",
            }
        )
        cls.loan_laptop = cls.env["coop.coworking.resource"].create(
            {"name": "PC portable", "kind": "equipment", "is_lendable": True}
        )
        cls.loan = cls.env["coop.coworking.loan"].create(
            {
                "resource_id": cls.loan_laptop.id,
                "borrower_type": "entrepreneur",
                "employee_id": cls.julien.id,
                "date_start": paris("2026-03-02 09:00"),
                "date_due": paris("2026-03-09 17:00"),
            }
        )

    def _call(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": model,
                "method": method,
                "args": args,
                "kwargs": kwargs or {},
            },
        )

    def test_other_booking_details_refused_over_rpc(self):
        self.authenticate("rpc_marie", "rpc_marie_pw")
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call(
                "coop.coworking.booking", "read", [[self.booking.id], ["purpose"]]
            )
        found = self._call(
            "coop.coworking.booking", "search_read", [[]], {"fields": ["purpose"]}
        )
        self.assertEqual(found, [])
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call(
                "coop.coworking.booking.line",
                "read",
                [[self.booking.line_ids.id], ["booking_id"]],
            )

    def test_other_loan_refused_over_rpc(self):
        self.authenticate("rpc_marie", "rpc_marie_pw")
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call("coop.coworking.loan", "read", [[self.loan.id], ["name"]])

    def test_busy_slots_over_rpc_have_no_names(self):
        self.authenticate("rpc_marie", "rpc_marie_pw")
        slots = self._call(
            "coop.coworking.busy.slot",
            "web_search_read",
            [],
            {
                "domain": [("resource_id", "=", self.room.id)],
                "specification": {
                    "display_name": {},
                    "start": {},
                    "stop": {},
                    "resource_id": {"fields": {"display_name": {}}},
                },
            },
        )
        self.assertEqual(slots["length"], 1)
        record = slots["records"][0]
        self.assertEqual(record["display_name"], "Salle Germinal: busy")
        self.assertEqual(record["start"], "2026-03-02 08:00:00")
        self.assertNotIn("Julien", str(slots))
        self.assertNotIn("confidentiel", str(slots))

    def test_owner_reads_own_booking_over_rpc(self):
        self.authenticate("rpc_julien", "rpc_julien_pw")
        found = self._call(
            "coop.coworking.booking", "search_read", [[]], {"fields": ["purpose"]}
        )
        self.assertEqual(
            found, [{"id": self.booking.id, "purpose": "Rendez-vous confidentiel"}]
        )


@tagged("post_install", "-at_install")
class TestStaffRefusalsOverJsonRpc(JsonRpcRefusals, HttpCase):
    """A staff member asking directly gets the loan's own messages."""

    def test_loan_due_before_it_starts_over_rpc(self):
        new_test_user(
            self.env,
            login="rpc_cowork_staff",
            password="rpc_cowork_staff_pw",
            groups="base.group_user,coop_cae.coop_cae_group_user",
            tz="Europe/Paris",
        )
        laptop = self.env["coop.coworking.resource"].create(
            {"name": "PC portable", "kind": "equipment", "is_lendable": True}
        )
        self.authenticate("rpc_cowork_staff", "rpc_cowork_staff_pw")
        self.assertRpcRefused(
            "ValidationError",
            r"^A loan is due back after it starts: the equipment lent on "
            r"03/02/2026 09:00 cannot be due on 03/01/2026 17:00\.$",
            "coop.coworking.loan",
            "create",
            [
                {
                    "resource_id": laptop.id,
                    "borrower_type": "candidate",
                    "candidate_name": "Léa Martin",
                    "date_start": str(paris("2026-03-02 09:00")),
                    "date_due": str(paris("2026-03-01 17:00")),
                }
            ],
        )
        self.assertFalse(
            self.env["coop.coworking.loan"].search([("resource_id", "=", laptop.id)])
        )
