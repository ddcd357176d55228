# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The staff's table of all activities: each alert planted is found, the
others stay quiet, and the entrepreneurs have no access to it."""

from datetime import date

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import CoopTreasuryCase


@tagged("post_install", "-at_install")
@freeze_time("2026-12-01")
class TestActivityTable(CoopTreasuryCase):
    """Besides Marie Dupont (no alert) and Julien Caron (negative cash):
    - Savonnerie: 1,000 in July, 500 in October (falling revenue), a CAPE
      ending 20 January 2027 (deadline near);
    - Peinture: 1,000 in July, 900 in October (90 %: not falling), a CAPE
      ending 31 March 2027 (120 days: not near);
    - Brasserie: a CESA signed 15 January 2024, associate by 15 January 2027;
    - Couture: a CESA ending 25 January 2027."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.soap = cls._new_activity("Savonnerie")
        cls.paint = cls._new_activity("Peinture")
        cls.beer = cls._new_activity("Brasserie")
        cls.sewing = cls._new_activity("Couture")
        for activity, july, october in ((cls.soap, 1000, 500), (cls.paint, 1000, 900)):
            for price, day in ((july, "2026-07-10"), (october, "2026-10-10")):
                invoice = cls._post(activity, price, day)
                cls._pay_document(invoice, price, day)
        Cape = cls.env["coop.cape.contract"].with_user(cls.staff)
        for activity, start, end in (
            (cls.soap, "2026-02-01", "2027-01-20"),
            (cls.paint, "2026-04-01", "2027-03-31"),
        ):
            Cape.create(
                {
                    "employee_id": activity.id,
                    "date_start": start,
                    "date_end": end,
                    "signature_date": start,
                }
            ).action_start()
        Cesa = cls.env["coop.cesa.contract"].with_user(cls.staff)
        for activity, signature, end in (
            (cls.beer, "2024-01-15", False),
            (cls.sewing, "2026-01-26", "2027-01-25"),
        ):
            Cesa.create(
                {
                    "employee_id": activity.id,
                    "signature_date": signature,
                    "date_start": signature,
                    "date_end": end,
                }
            ).action_start()
        cls._book_queued()
        cls.accountant = new_test_user(
            cls.env,
            login="table_accountant",
            groups="base.group_user,coop_cae.coop_cae_group_accountant",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )

    def _rows(self, user=None):
        Table = self.env["coop.activity.table"].with_user(user or self.staff)
        action = Table.with_company(self.company).action_open_table()
        rows = Table.search(action["domain"])
        return {row.employee_id.sudo().coop_trade_name: row for row in rows}

    def test_one_row_per_activity_with_its_figures(self):
        rows = self._rows()
        self.assertTrue(
            {"Photographie", "Sophrologie", "Savonnerie", "Peinture"} <= set(rows)
        )
        marie = rows["Photographie"]
        self.assertEqual(marie.treasury, 1412.0)
        self.assertEqual(marie.available_cash, 1027.17)
        self.assertEqual(marie.salary_capacity_net, 56.68)
        # 1,000 + 4,000 - 500 excl. VAT this year.
        self.assertEqual(marie.revenue_this_year, 4500.0)
        soap = rows["Savonnerie"]
        self.assertEqual(soap.revenue_this_year, 1500.0)
        self.assertEqual(soap.revenue_last_3_months, 500.0)
        self.assertEqual(soap.revenue_previous_3_months, 1000.0)
        self.assertEqual(soap.revenue_trend, -50.0)
        # Paid in full, less the contributions 150.
        self.assertEqual(soap.treasury, 1350.0)

    def test_each_alert_planted_is_found(self):
        rows = self._rows()
        expected = {
            "Photographie": (False, False, False),
            "Sophrologie": (True, False, False),
            "Savonnerie": (False, True, True),
            "Peinture": (False, False, False),
            "Brasserie": (False, False, True),
            "Couture": (False, False, True),
        }
        for name, alerts in expected.items():
            with self.subTest(activity=name):
                row = rows[name]
                self.assertEqual(
                    (
                        row.alert_negative_cash,
                        row.alert_falling_revenue,
                        row.alert_deadline_near,
                    ),
                    alerts,
                )
                self.assertEqual(row.alert_count, sum(alerts))
        self.assertEqual(rows["Savonnerie"].next_deadline, date(2027, 1, 20))
        self.assertEqual(rows["Savonnerie"].next_deadline_kind, "cape")
        self.assertEqual(rows["Peinture"].next_deadline, date(2027, 3, 31))
        self.assertEqual(rows["Brasserie"].next_deadline, date(2027, 1, 15))
        self.assertEqual(rows["Brasserie"].next_deadline_kind, "associate")
        self.assertEqual(rows["Couture"].next_deadline, date(2027, 1, 25))
        self.assertEqual(rows["Couture"].next_deadline_kind, "cesa")

    def test_alerts_come_first_and_the_list_sorts_on_the_figures(self):
        Table = self.env["coop.activity.table"].with_user(self.staff)
        ids = Table.action_open_table()["domain"][0][2]
        first = Table.search([("id", "in", ids)], limit=1)
        self.assertEqual(first.alert_count, 2)
        by_cash = Table.search([("id", "in", ids)], order="treasury asc", limit=1)
        self.assertEqual(by_cash.activity_name, "Sophrologie")

    def test_accountant_reads_the_table(self):
        rows = self._rows(self.accountant)
        self.assertEqual(rows["Photographie"].treasury, 1412.0)

    def test_entrepreneurs_have_no_access_to_the_table(self):
        Table = self.env["coop.activity.table"].with_user(self.user_a)
        with self.assertRaises(AccessError):
            Table.action_open_table()
        with self.assertRaises(AccessError):
            Table.search([])
        staff_rows = self.env["coop.activity.table"].with_user(self.staff)
        ids = staff_rows.action_open_table()["domain"][0][2]
        with self.assertRaises(AccessError):
            Table.browse(ids).read(["treasury"])

    def test_the_menus_are_for_staff_and_accountant(self):
        Menu = self.env["ir.ui.menu"]
        menus = self.env.ref(
            "coop_cae_treasury.coop_activity_table_menu"
        ) | self.env.ref("coop_cae_treasury.coop_activity_table_menu_accountant")
        for user, visible in (
            (self.staff, True),
            (self.accountant, True),
            (self.user_a, False),
        ):
            with self.subTest(user=user.login):
                seen = Menu.with_user(user)._visible_menu_ids()
                self.assertEqual(bool(seen & set(menus.ids)), visible)

    def test_queries_do_not_grow_with_the_activities(self):
        Table = self.env["coop.activity.table"].with_user(self.staff)
        Table._coop_take_snapshot()

        def count():
            self.env.invalidate_all()
            start = self.env.cr.sql_log_count
            Table._coop_take_snapshot()
            return self.env.cr.sql_log_count - start

        before = count()
        for name in ("Menuiserie", "Jardinage", "Traduction"):
            activity = self._new_activity(name)
            invoice = self._post(activity, 800.0, "2026-09-10")
            self._pay_document(invoice, 400.0, "2026-09-20")
        self._book_queued()
        self.assertEqual(count(), before)

    def test_a_hundred_more_activities_cost_no_query(self):
        """Past a hundred rows, the ORM would insert them by hundreds: the
        snapshot inserts its rows in one query, each with its figures."""
        Table = self.env["coop.activity.table"].with_user(self.staff)

        def count():
            # The first snapshots fill the registry's caches (the access
            # rules), which creating employees empties.
            Table._coop_take_snapshot()
            self.env.invalidate_all()
            start = self.env.cr.sql_log_count
            rows = Table._coop_take_snapshot()
            return self.env.cr.sql_log_count - start, rows

        counts = [count()[0] for _run in range(3)]
        before = counts[-1]
        self.env["hr.employee"].sudo().create(
            [
                {
                    "name": f"Entrepreneur {i}",
                    "is_entrepreneur": True,
                    "coop_trade_name": f"Activité {i}",
                    "company_id": self.company.id,
                }
                for i in range(120)
            ]
        )
        after, rows = count()
        self.assertEqual(after, before, counts)
        self.assertGreater(len(rows), 120)
        marie = rows.filtered(lambda row: row.employee_id == self.activity_a)
        self.assertEqual(marie.treasury, 1412.0)
        self.assertEqual(marie.create_uid, self.staff)
        self.assertEqual(
            rows.filtered("alert_negative_cash").employee_id, self.activity_b
        )

    def test_the_table_and_the_home_speak_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["coop_cae_treasury"], ["fr_FR"], overwrite=True
        )
        Table = self.env["coop.activity.table"].with_user(self.staff)
        action = Table.with_context(lang="fr_FR").action_open_table()
        self.assertEqual(action["name"], "Tableau des activités")
        fields = Table.with_context(lang="fr_FR").fields_get(
            ["alert_negative_cash", "salary_capacity_net"], ["string"]
        )
        self.assertEqual(fields["alert_negative_cash"]["string"], "Trésorerie négative")
        self.assertEqual(
            fields["salary_capacity_net"]["string"], "Capacité salariale (net)"
        )
        home = (
            self.env["coop.entrepreneur.home"]
            .with_user(self.user_a)
            .with_context(lang="fr_FR")
        )
        arch = home.get_view(
            self.env.ref("coop_cae.coop_entrepreneur_home_view_form").id
        )["arch"]
        self.assertIn("Ma trésorerie", arch)
        self.assertIn("Mon salaire", arch)
