# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import psycopg2

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form
from odoo.tools import mute_logger

from .common import CoopCaeCase


class TestEntrepreneur(CoopCaeCase):
    def test_staff_creates_entrepreneur_with_activity_account(self):
        Employee = self.env["hr.employee"].with_user(self.staff_user)
        form = Form(Employee.with_context(default_is_entrepreneur=True))
        form.name = "Sandrine Leclercq"
        form.coop_trade_name = "Savonnerie des Terrils"
        form.coop_support_worker_id = self.support_worker
        entrepreneur = form.save()

        self.assertTrue(entrepreneur.is_entrepreneur)
        self.assertEqual(entrepreneur.coop_stage, "candidate")
        account = entrepreneur.sudo().coop_analytic_account_id
        self.assertEqual(account.name, "Savonnerie des Terrils")
        self.assertEqual(account.plan_id, self.company.coop_activity_plan_id)
        self.assertEqual(account.plan_id, self.plan)
        self.assertEqual(account.company_id, self.company)
        self.assertTrue(account.active)

    def test_batch_creation_gives_each_entrepreneur_its_own_account(self):
        entrepreneurs = self.env["hr.employee"].create(
            [
                {
                    "name": f"Entrepreneur {i}",
                    "is_entrepreneur": True,
                    "coop_trade_name": f"Activity {i}",
                }
                for i in range(5)
            ]
            + [{"name": "Staff member"}]
        )
        accounts = entrepreneurs.coop_analytic_account_id
        self.assertEqual(len(accounts), 5)
        self.assertEqual(
            sorted(accounts.mapped("name")), [f"Activity {i}" for i in range(5)]
        )
        self.assertFalse(entrepreneurs[-1].coop_analytic_account_id)

    def test_account_creation_is_batched(self):
        """Creating many entrepreneurs costs no query per analytic account."""
        vals = [
            {"name": f"E{i}", "is_entrepreneur": True, "coop_trade_name": f"T{i}"}
            for i in range(20)
        ]
        Employee = self.env["hr.employee"]
        Account = self.env["account.analytic.account"]
        Employee.create(vals[:1])  # warm the caches
        self.env.invalidate_all()

        def count_queries(batch):
            before = self.env.cr.sql_log_count
            Account.flush_model()
            Employee.create(batch)
            self.env.flush_all()
            return self.env.cr.sql_log_count - before

        with self.subTest("employees alone"):
            plain = count_queries([{"name": f"P{i}"} for i in range(20)])
        entrepreneurs = count_queries(vals[1:])
        # The analytic accounts come on top of plain employees' cost with a
        # constant number of queries, not one or more per entrepreneur.
        self.assertLess(entrepreneurs - plain, 20)

    def test_renaming_the_activity_renames_its_account(self):
        entrepreneur = self._create_entrepreneur(trade="Photographie")
        self.env["res.lang"]._activate_lang("fr_FR")
        entrepreneur.with_user(self.staff_user).with_context(lang="fr_FR").write(
            {"coop_trade_name": "  Studio Marie Dupont  "}
        )
        account = entrepreneur.coop_analytic_account_id
        self.assertEqual(account.with_context(lang="en_US").name, "Studio Marie Dupont")
        self.assertEqual(account.with_context(lang="fr_FR").name, "Studio Marie Dupont")

    def test_exit_archives_the_account_and_keeps_it(self):
        entrepreneur = self._create_entrepreneur(coop_stage="cesa")
        account = entrepreneur.coop_analytic_account_id

        entrepreneur.with_user(self.staff_user).coop_stage = "exited"
        self.assertFalse(account.active)
        self.assertTrue(account.exists())
        self.assertEqual(entrepreneur.coop_analytic_account_id, account)

        # Coming back reopens the same account: the activity's history stays whole.
        entrepreneur.with_user(self.staff_user).coop_stage = "associate"
        self.assertTrue(account.active)
        self.assertEqual(
            self.env["account.analytic.account"].search_count(
                [("name", "=", "Photographie")]
            ),
            1,
        )

    def test_archiving_the_entrepreneur_archives_the_account(self):
        entrepreneur = self._create_entrepreneur()
        account = entrepreneur.coop_analytic_account_id
        entrepreneur.action_archive()
        self.assertFalse(account.active)
        entrepreneur.action_unarchive()
        self.assertTrue(account.active)

    def test_becoming_entrepreneur_later_creates_the_account(self):
        employee = self.env["hr.employee"].create({"name": "Julien Caron"})
        self.assertFalse(employee.coop_analytic_account_id)
        employee.write({"is_entrepreneur": True, "coop_trade_name": "Sophrologie"})
        self.assertEqual(employee.coop_analytic_account_id.name, "Sophrologie")
        employee.is_entrepreneur = False
        self.assertFalse(employee.coop_analytic_account_id.active)

    def test_entrepreneur_without_trade_name_is_refused(self):
        Employee = self.env["hr.employee"].with_user(self.staff_user)
        employees_before = self.env["hr.employee"].search_count([])
        accounts_before = self.env["account.analytic.account"].search_count([])
        for trade_name in (False, "", "   "):
            with self.subTest(trade_name=trade_name):
                with self.assertRefused(ValidationError, "trade name"):
                    Employee.create(
                        {
                            "name": "Kevin Lefort",
                            "is_entrepreneur": True,
                            "coop_trade_name": trade_name,
                        }
                    )
        self.assertEqual(self.env["hr.employee"].search_count([]), employees_before)
        self.assertEqual(
            self.env["account.analytic.account"].search_count([]), accounts_before
        )

    def test_clearing_the_trade_name_is_refused(self):
        entrepreneur = self._create_entrepreneur(trade="Pixel Nord")
        with self.assertRefused(ValidationError, "trade name"):
            entrepreneur.with_user(self.staff_user).coop_trade_name = " "
        self.assertEqual(entrepreneur.coop_trade_name, "Pixel Nord")
        self.assertEqual(entrepreneur.coop_analytic_account_id.name, "Pixel Nord")

    def test_database_refuses_entrepreneur_without_trade_name(self):
        """The rule holds even for writes that bypass the ORM."""
        entrepreneur = self._create_entrepreneur()
        with (
            self.assertRaises(psycopg2.errors.CheckViolation),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            self.env.cr.execute(
                "UPDATE hr_employee SET coop_trade_name = ' ' WHERE id = %s",
                [entrepreneur.id],
            )

    def test_form_requires_trade_name(self):
        form = Form(self.env["hr.employee"].with_context(default_is_entrepreneur=True))
        form.name = "Camille Petit"
        with self.assertRaises(AssertionError):
            form.save()  # the client refuses to save without the required field

    def test_support_worker_must_be_staff(self):
        marie = self._create_entrepreneur()
        with self.assertRaisesRegex(ValidationError, "support worker"):
            self._create_entrepreneur(
                name="Julien Caron",
                trade="Sophrologie",
                coop_support_worker_id=marie.id,
            )
        with self.assertRaisesRegex(ValidationError, "support worker"):
            marie.coop_support_worker_id = marie

    def test_activity_account_cannot_be_deleted(self):
        entrepreneur = self._create_entrepreneur()
        account = entrepreneur.coop_analytic_account_id
        with self.assertRaisesRegex(UserError, "Photographie"):
            account.unlink()
        self.assertTrue(account.exists())

    def test_kanban_shows_every_pathway_stage(self):
        self._create_entrepreneur(coop_stage="cape")
        groups = (
            self.env["hr.employee"]
            .with_user(self.staff_user)
            .with_context(read_group_expand=True)
            .web_read_group(
                [("is_entrepreneur", "=", True)],
                groupby=["coop_stage"],
                aggregates=["__count"],
            )["groups"]
        )
        self.assertEqual(
            [group["coop_stage"] for group in groups],
            ["candidate", "cape", "cesa", "associate", "exited"],
        )
        counts = {group["coop_stage"]: group["__count"] for group in groups}
        self.assertEqual(counts["cape"], 1)
        self.assertEqual(counts["exited"], 0)

    def test_stages_and_messages_are_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(["coop_cae"], ["fr_FR"])
        Employee = self.env["hr.employee"].with_context(lang="fr_FR")
        labels = dict(
            Employee._fields["coop_stage"]._description_selection(Employee.env)
        )
        self.assertEqual(labels["candidate"], "Candidat")
        self.assertEqual(labels["cesa"], "Entrepreneur-salarié")
        self.assertEqual(labels["associate"], "Associé")
        with self.assertRaisesRegex(ValidationError, "nom commercial"):
            Employee.create({"name": "Kevin Lefort", "is_entrepreneur": True})
