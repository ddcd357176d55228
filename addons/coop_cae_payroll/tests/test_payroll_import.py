# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from odoo.addons.coop_cae.tests.common import RefusalAssertions
from odoo.addons.coop_cae.tests.test_invoicing import CoopInvoicingCase

HEADER = "Mois;Salarié;Brut;Cotisations salariales;Cotisations patronales;Net\n"
# Marie Dupont by her registration number, Julien Caron by his name.
MARCH = (
    HEADER + "2026-03;M0012;1 400,00;308,00;588,00;1092,00\n"
    "2026-03;Julien Caron;1100,50;242,11;462,21;858,39\n"
)


@tagged("post_install", "-at_install")
class TestPayrollImport(RefusalAssertions, CoopInvoicingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.activity_a.sudo().registration_number = "M0012"
        cls.accountant = new_test_user(
            cls.env,
            login="payroll_accountant",
            groups="base.group_user,coop_cae.coop_cae_group_accountant",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.journal = (
            cls.env["coop.payroll.import"]
            .with_company(cls.company)
            ._default_journal_id()
        )

    def _import(self, content, user=None, lang="en_US"):
        wizard = (
            self.env["coop.payroll.import"]
            .with_user(user or self.staff)
            .with_company(self.company)
            .with_context(lang=lang)
            .create(
                {
                    "data_file": base64.b64encode(content.encode()),
                    "filename": "paie.csv",
                }
            )
        )
        action = wizard.action_import()
        return wizard.env["coop.payroll.line"].search(action["domain"])

    def _booked(self):
        """The payroll lines and the entries of the Salaries journal."""
        env = self.env(su=True)
        return (
            env["coop.payroll.line"].search([("company_id", "=", self.company.id)]),
            env["account.move"].search([("journal_id", "=", self.journal.id)]),
        )

    def _balances(self, move):
        """{account code: balance} of an entry."""
        balances = {}
        for line in move.line_ids:
            code = line.account_id.code
            balances[code] = round(balances.get(code, 0.0) + line.balance, 2)
        return balances

    def _analytic(self, account, moves):
        column = account.sudo().root_plan_id._column_name()
        lines = self.env["account.analytic.line"].search(
            [(column, "=", account.id), ("move_line_id.move_id", "in", moves.ids)]
        )
        return round(sum(lines.mapped("amount")), 2)

    def test_salaries_journal_comes_with_the_french_chart(self):
        self.assertEqual(self.journal.code, "SAL")
        self.assertEqual(self.journal.type, "general")

    def test_a_month_is_booked_per_entrepreneur(self):
        lines = self._import(MARCH)
        self.assertEqual(len(lines), 2)
        line_a = lines.filtered(lambda line: line.employee_id == self.activity_a)
        line_b = lines - line_a
        self.assertEqual(line_b.employee_id, self.activity_b)
        self.assertEqual(line_a.analytic_account_id, self.account_a)
        self.assertEqual(str(line_a.month), "2026-03-01")
        self.assertEqual(line_a.employer_cost, 1988.0)
        self.assertEqual(line_b.employer_cost, 1562.71)
        for line in lines:
            move = line.move_id
            self.assertEqual(move.state, "posted")
            self.assertEqual(move.journal_id, self.journal)
            self.assertEqual(str(move.date), "2026-03-31")
            self.assertEqual(move.coop_activity_id, line.employee_id)
        self.assertEqual(
            self._balances(line_a.move_id),
            {"641100": 1400.0, "645100": 588.0, "431100": -896.0, "421000": -1092.0},
        )
        self.assertEqual(
            self._balances(line_b.move_id),
            {"641100": 1100.5, "645100": 462.21, "431100": -704.32, "421000": -858.39},
        )
        net_line = line_a.move_id.line_ids.filtered(
            lambda line: line.account_id.code == "421000"
        )
        self.assertEqual(net_line.partner_id, self.activity_a.sudo().work_contact_id)
        # The activity bears gross salary and employer contributions.
        self.assertEqual(self._analytic(self.account_a, lines.move_id), -1988.0)
        self.assertEqual(self._analytic(self.account_b, lines.move_id), -1562.71)

    def test_commas_and_points_are_read(self):
        content = (
            "month,employee,gross,employee contributions,employer contributions,net\n"
            '2026-04,M0012,"1400,00",308.00,588,"1 092,00"\n'
        )
        line = self._import(content)
        self.assertEqual(
            (line.gross, line.employee_contributions, line.net), (1400.0, 308.0, 1092.0)
        )

    def test_a_month_booked_is_refused_whole(self):
        self._import(MARCH)
        before = self._booked()
        april = "2026-04;M0012;1400,00;308,00;588,00;1092,00\n"
        with self.assertRefused(UserError, r"(?s)Line 2: .*already booked.*Line 3: "):
            self._import(MARCH + april)
        with self.assertRefused(UserError, r"Line 2: .*Marie Dupont.*already booked"):
            self._import(HEADER + "2026-03;Marie Dupont;1400;308;588;1092\n")
        self.assertEqual(self._booked(), before, "nothing is booked twice")

    def test_every_bad_line_is_reported_and_nothing_booked(self):
        self.env["hr.employee"].sudo().create(
            {"name": "Paul Comptable", "company_id": self.company.id}
        )
        content = (
            HEADER + "2026-05;M0012;1400,00;308,00;588,00;1092,00\n"
            "2026-05;Inconnu;1400;308;588;1092\n"
            "2026-05;Paul Comptable;1400;308;588;1092\n"
            "2026-13;Julien Caron;1400;308;588;1092\n"
            "2026-05;Julien Caron;abc;308;588;1092\n"
            "2026-06;Julien Caron;1400;308;588;1000\n"
            "2026-07;M0012;;308;588;1092\n"
            "2026-05;M0012;1400;308;588;1092\n"
        )
        with self.assertRaises(UserError) as refusal:
            self._import(content)
        message = str(refusal.exception)
        for expected in (
            "Line 3: no employee has the registration number or the name Inconnu",
            "Line 4: Paul Comptable is not an entrepreneur with an activity",
            "Line 5: the month 2026-13 is not a month",
            "Line 6: the gross salary abc is not an amount",
            "Line 7: the gross salary 1.400.00.* makes 1.092.00.*, not the net "
            "pay 1.000.00",
            "Line 8: the gross salary is missing",
            "Line 9: the pay of Marie Dupont for (May|mai) 2026 is already on line 2",
        ):
            with self.subTest(expected=expected):
                self.assertRegex(message, expected)
        self.assertNotIn("Line 2:", message)
        lines, moves = self._booked()
        self.assertFalse(lines)
        self.assertFalse(moves)

    def test_the_refusal_speaks_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        content = (
            HEADER
            + "2026-05;Inconnu;1400;308;588;1092\n2026-05;M0012;1400;308;588;1000\n"
        )
        with self.assertRefused(
            UserError,
            r"(?s)Rien n'a été importé.*Ligne 2 : aucun employé.*"
            r"Ligne 3 : le salaire brut 1.400,00.€ moins",
        ):
            self._import(content, lang="fr_FR")

    def test_a_missing_column_is_reported(self):
        content = "Mois;Salarié;Brut;Cotisations salariales;Cotisations patronales\n"
        with self.assertRefused(
            UserError, "Line 1: the payroll file has no column net\\."
        ):
            self._import(content + "2026-05;M0012;1400;308;588\n")

    def test_entrepreneurs_read_their_own_pay_only(self):
        lines = self._import(MARCH)
        line_a = lines.filtered(lambda line: line.employee_id == self.activity_a)
        line_b = lines - line_a
        Line = self.env["coop.payroll.line"].with_user(self.user_a)
        self.assertEqual(Line.search([]), line_a)
        self.assertEqual(Line.search([("coop_is_mine", "=", True)]), line_a)
        self.assertEqual(line_a.with_user(self.user_a).read(["net"])[0]["net"], 1092.0)
        with self.assertRefused(AccessError, ""):
            line_b.with_user(self.user_a).read(["net"])
        Move = self.env["account.move"].with_user(self.user_a)
        self.assertEqual(
            Move.search([("journal_id", "=", self.journal.id)]), line_a.move_id
        )
        with self.assertRefused(AccessError, ""):
            line_b.move_id.with_user(self.user_a).read(["amount_total"])

    def test_entrepreneurs_cannot_import_nor_book_pay(self):
        with self.assertRefused(AccessError, ""):
            self._import(MARCH, user=self.user_a)
        with self.assertRefused(AccessError, ""):
            self.env["coop.payroll.line"].with_user(self.user_a)._coop_import_payroll(
                MARCH, self.journal
            )
        line = self._import(MARCH)[0]
        with self.assertRefused(AccessError, ""):
            line.with_user(self.user_a).write({"net": 5000.0})
        with self.assertRefused(AccessError, ""):
            line.with_user(self.user_a).unlink()
        lines, moves = self._booked()
        self.assertEqual(len(lines), 2)

    def test_the_accountant_imports(self):
        lines = self._import(MARCH, user=self.accountant)
        self.assertEqual(len(lines), 2)
        self.assertEqual(set(lines.move_id.mapped("state")), {"posted"})

    def test_a_booked_line_is_kept_until_its_entry_is_cancelled(self):
        line = self._import(HEADER + "2026-03;M0012;1400;308;588;1092\n")
        with self.assertRefused(UserError, "reset its entry to draft"):
            line.with_user(self.staff).unlink()
        move = line.move_id.with_user(self.accountant)
        move.button_draft()
        move.button_cancel()
        line.with_user(self.staff).unlink()
        self.assertTrue(self._import(HEADER + "2026-03;M0012;1400;308;588;1092\n"))

    @freeze_time("2026-06-15")
    def test_the_form_shows_this_years_payroll_cost(self):
        self._import(HEADER + "2025-12;M0012;1400;308;588;1092\n")
        self._import(MARCH)
        activities = (self.activity_a | self.activity_b).with_user(self.staff)
        self.assertEqual(
            activities.mapped("coop_payroll_cost_this_year"), [1988.0, 1562.71]
        )
        action = activities[0].action_coop_open_payroll()
        Line = self.env["coop.payroll.line"].with_user(self.staff)
        self.assertEqual(len(Line.search(action["domain"])), 2)

    def test_each_role_finds_its_menus_and_views(self):
        Menu = self.env["ir.ui.menu"]
        ref = self.env.ref
        imports = {
            ref("coop_cae_payroll.coop_payroll_import_menu").id,
            ref("coop_cae_payroll.coop_payroll_import_menu_accountant").id,
        }
        my_salaries = ref("coop_cae_payroll.coop_payroll_line_menu_my").id
        for user, can_import in (
            (self.staff, True),
            (self.accountant, True),
            (self.user_a, False),
        ):
            with self.subTest(user=user.login):
                visible = Menu.with_user(user)._visible_menu_ids()
                self.assertEqual(bool(imports & visible), can_import)
        self.assertIn(my_salaries, Menu.with_user(self.user_a)._visible_menu_ids())
        for xmlid, user in (
            ("coop_payroll_line_action", self.staff),
            ("coop_payroll_line_action", self.accountant),
            ("coop_payroll_line_action_my", self.user_a),
        ):
            action = ref(f"coop_cae_payroll.{xmlid}")
            modes = action.view_mode.split(",")
            views = (
                self.env["coop.payroll.line"]
                .with_user(user)
                .get_views([(False, mode) for mode in modes] + [(False, "search")])
            )
            self.assertEqual(set(views["views"]), {*modes, "search"})
        form = (
            self.env["hr.employee"].with_user(self.staff).get_views([(False, "form")])
        )
        self.assertIn(
            "coop_payroll_cost_this_year", form["models"]["hr.employee"]["fields"]
        )

    def test_without_the_french_chart_nothing_is_booked(self):
        company = self.env["res.company"].sudo().create({"name": "Sans plan comptable"})
        Line = self.env["coop.payroll.line"].sudo().with_company(company)
        journal = (
            self.env["account.journal"]
            .sudo()
            .create(
                {
                    "name": "Salaires",
                    "code": "SAL",
                    "type": "general",
                    "company_id": company.id,
                }
            )
        )
        with self.assertRefused(
            UserError, "has no account 641100, 645100, 431100, 421000 to book"
        ):
            Line._coop_import_payroll(MARCH, journal)
        with self.assertLogs("odoo.addons.coop_cae_payroll", "WARNING") as logs:
            Line._coop_demo_load()
        self.assertIn("Payroll demo skipped", logs.output[0])
        self.assertFalse(Line.search([("company_id", "=", company.id)]))
