# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from freezegun import freeze_time
from psycopg2 import IntegrityError

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, new_test_user, tagged
from odoo.tools import mute_logger

from odoo.addons.coop_cae.tests.common import RefusalAssertions
from odoo.addons.coop_cae_contribution.tests.test_contribution import (
    CoopContributionCase,
)

FEC_HEADER = (
    "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|"
    "CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|"
    "EcritureLet|DateLet|ValidDate|Montantdevise|Idevise"
)


@tagged("post_install", "-at_install")
@freeze_time("2027-01-15")
class TestYearEndClosing(RefusalAssertions, CoopContributionCase):
    """The checklist of fiscal year 2026, run by the accountant: the two
    entrepreneurs' invoices of 1,000 € (March 2026) and their contributions
    are in order; each test plants what it checks."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.accountant = new_test_user(
            cls.env,
            login="accountant",
            name="Sophie Comptable",
            groups="base.group_user,coop_cae.coop_cae_group_accountant",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.bank = cls.company_data["default_journal_bank"]
        cls.misc = cls.company_data["default_journal_misc"]
        cls.Closing = cls.env["coop.year.end.closing"].with_user(cls.accountant)

    def _closing(self):
        return self.Closing.create({})

    def _lines(self, closing):
        return {line.kind: line for line in closing.check_ids}

    def _assert_figures(self, line, state, count, amount):
        self.assertEqual(
            (line.state, line.count, line.amount),
            (state, count, amount),
            line.kind,
        )

    def _entry(self, date, debit_account, credit_account, amount, user=None):
        move = (
            self.env["account.move"]
            .with_user(user or self.accountant)
            .create(
                {
                    "journal_id": self.misc.id,
                    "date": date,
                    "coop_is_structure": True,
                    "line_ids": [
                        Command.create(
                            {"account_id": debit_account.id, "debit": amount}
                        ),
                        Command.create(
                            {"account_id": credit_account.id, "credit": amount}
                        ),
                    ],
                }
            )
        )
        move.action_post()
        return move

    def _draft(self, user, price, activity=None):
        """A draft invoice of March 2026, without taxes."""
        return (
            self.env["account.move"]
            .with_user(user)
            .create(
                {
                    "move_type": "out_invoice",
                    "partner_id": self.partner_a.id,
                    "invoice_date": "2026-03-20",
                    **({"coop_activity_id": activity.id} if activity else {}),
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "product_id": self.product_a.id,
                                "price_unit": price,
                                "tax_ids": [Command.clear()],
                            }
                        )
                    ],
                }
            )
        )

    def _plant_problems(self):
        """A draft invoice, a submitted one, a draft payment, a bank line left
        unreconciled, a contribution changed behind the engine's back and an
        invoice whose contribution is still queued, a capital entry that the
        register does not show, and a CESA still running at its end."""
        problems = {}
        problems["draft"] = self._draft(self.staff, 400.0, activity=self.activity_a)
        submitted = self._draft(self.user_b, 300.0)
        submitted.action_coop_submit()
        problems["submitted"] = submitted
        problems["payment"] = (
            self.env["account.payment"]
            .with_user(self.accountant)
            .create(
                {
                    "payment_type": "inbound",
                    "partner_type": "customer",
                    "partner_id": self.partner_a.id,
                    "amount": 250.0,
                    "date": "2026-07-01",
                    "journal_id": self.bank.id,
                }
            )
        )
        problems["bank_line"] = (
            self.env["account.bank.statement.line"]
            .with_user(self.accountant)
            .create(
                {
                    "journal_id": self.bank.id,
                    "date": "2026-08-01",
                    "payment_ref": "Virement Mariés Martin",
                    "amount": 120.0,
                }
            )
        )
        # The scheme changed after the booking: 5% since January, 50 € too much.
        self._assign(self.activity_a, self.scheme_5, "2026-01-01")
        # Posted, its contribution (80 €) not booked yet by the job.
        problems["queued"] = self._invoice(self.activity_b, 800, date="2026-10-05")
        capital = self.company.coop_share_capital_account_id
        problems["capital"] = self._entry(
            "2026-09-01", self.bank.default_account_id, capital, 10.0
        )
        cesa = (
            self.env["coop.cesa.contract"]
            .with_user(self.staff)
            .create(
                {
                    "employee_id": self.activity_a.id,
                    "date_start": "2026-01-01",
                    "date_end": "2026-12-31",
                    "signature_date": "2025-12-15",
                }
            )
        )
        cesa.action_start()
        problems["cesa"] = cesa
        return problems

    def _fix_problems(self, problems):
        """What the accountant and the staff do before closing."""
        problems["draft"].with_user(self.staff).action_post()
        problems["submitted"].with_user(self.staff).action_post()
        problems["payment"].action_post()
        problems["bank_line"].unlink()
        # The job books the queued documents; the recompute the rest.
        self._book_queued()
        self.Contribution.with_user(self.accountant)._coop_recompute(
            self.company,
            fields.Date.to_date("2026-01-01"),
            fields.Date.to_date("2026-12-31"),
            book=True,
        )
        capital = self.company.coop_share_capital_account_id
        self._entry("2026-12-31", capital, self.bank.default_account_id, 10.0)
        problems["cesa"].with_user(self.staff).action_end()

    def test_default_year_is_the_last_one_ended(self):
        closing = Form(self.Closing).save()
        self.assertEqual(closing.date_from, fields.Date.to_date("2026-01-01"))
        self.assertEqual(closing.date_to, fields.Date.to_date("2026-12-31"))
        self.assertEqual(closing.state, "draft")
        self.assertFalse(closing.check_ids)

    def test_default_year_follows_the_fiscal_year_end(self):
        self.company.write({"fiscalyear_last_day": 30, "fiscalyear_last_month": "6"})
        closing = self._closing()
        self.assertEqual(closing.date_from, fields.Date.to_date("2025-07-01"))
        self.assertEqual(closing.date_to, fields.Date.to_date("2026-06-30"))

    def test_one_closing_per_company_and_year(self):
        self._closing()
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            self._closing()
            self.env.flush_all()

    def test_clean_year_passes_every_check(self):
        closing = self._closing()
        closing.action_check()
        lines = self._lines(closing)
        self.assertEqual(len(lines), 11)
        blocking = closing.check_ids.filtered("blocking")
        self.assertEqual(set(blocking.mapped("state")), {"ok"})
        self.assertTrue(closing.is_ready)
        # Each activity's result: 1,000 € invoiced less its 100 € contribution.
        self._assert_figures(lines["activity_results"], "info", 2, 1800.0)
        self.assertIn("Photographie", lines["activity_results"].detail)
        self.assertIn("900", lines["activity_results"].detail)
        # The Structure receives the contributions.
        self._assert_figures(lines["structure_result"], "info", 0, 200.0)

    def test_checklist_finds_each_problem(self):
        problems = self._plant_problems()
        closing = self._closing()
        closing.action_check()
        lines = self._lines(closing)
        self._assert_figures(lines["draft_invoices"], "problem", 1, 400.0)
        self._assert_figures(lines["invoices_to_validate"], "problem", 1, 300.0)
        self._assert_figures(lines["draft_payments"], "problem", 1, 250.0)
        self._assert_figures(lines["bank_lines"], "problem", 1, 120.0)
        # The 50 € to take back, and the queued invoice's 80 €.
        self._assert_figures(lines["contribution_differences"], "problem", 2, 30.0)
        self._assert_figures(lines["contribution_queue"], "problem", 1, 0.0)
        # 10 € on the capital account that no share movement explains.
        self._assert_figures(lines["share_register"], "problem", 0, -10.0)
        self._assert_figures(lines["open_cesa"], "problem", 1, 0.0)
        self._assert_figures(lines["open_cape"], "ok", 0, 0.0)
        self.assertFalse(closing.is_ready)
        # Each line opens the records to fix.
        action = lines["draft_invoices"].action_open()
        self.assertEqual(action["res_model"], "account.move")
        self.assertEqual(
            self.env["account.move"].search(action["domain"]), problems["draft"]
        )
        action = lines["open_cesa"].action_open()
        self.assertEqual(
            self.env["coop.cesa.contract"]
            .with_user(self.accountant)
            .search(action["domain"]),
            problems["cesa"],
        )
        action = lines["contribution_differences"].action_open()
        self.assertEqual(action["res_model"], "coop.contribution.recompute")
        wizard = (
            self.env["coop.contribution.recompute"]
            .with_user(self.accountant)
            .with_context(**action["context"])
            .create({})
        )
        wizard.action_preview()
        self.assertEqual(len(wizard.line_ids), 2)
        action = lines["share_register"].action_open()
        register = (
            self.env["coop.share.register"]
            .with_user(self.accountant)
            .with_context(**action["context"])
            .create({})
        )
        self.assertFalse(register.is_balanced)
        # The close refuses, naming what is left.
        with self.assertRefused(UserError, "Draft invoices and bills"):
            closing.action_close()
        self.assertFalse(self.company.fiscalyear_lock_date)

    def test_close_locks_the_year_and_produces_the_fec(self):
        problems = self._plant_problems()
        closing = self._closing()
        closing.action_check()
        self._fix_problems(problems)
        closing.action_check()
        lines = self._lines(closing)
        self.assertEqual(
            set(closing.check_ids.filtered("blocking").mapped("state")), {"ok"}
        )
        # Activity A: 1,000 + 400 € at 5%; B: 1,000 + 300 + 800 € at 10%.
        self._assert_figures(lines["activity_results"], "info", 2, 3220.0)
        self._assert_figures(lines["structure_result"], "info", 0, 280.0)
        closing.action_close()
        self.assertEqual(closing.state, "done")
        self.assertEqual(
            self.company.fiscalyear_lock_date, fields.Date.to_date("2026-12-31")
        )
        self.assertEqual(closing.closed_by_id, self.accountant)
        attachment = closing.fec_attachment_id
        self.assertEqual(attachment.res_model, closing._name)
        self.assertEqual(attachment.res_id, closing.id)
        self.assertTrue(attachment.name.endswith("FEC20261231.txt"), attachment.name)
        content = base64.b64decode(attachment.datas).decode()
        header, *rows = content.split("\r\n")
        self.assertEqual(header, FEC_HEADER)
        self.assertEqual(len(header.split("|")), 18)
        self.assertIn(problems["queued"].name, content)
        self.assertEqual(closing.action_download_fec()["type"], "ir.actions.act_url")
        # The year is locked: its entries stay as they are, and an entry dated
        # in it is posted out of it.
        with self.assertRefused(UserError, "prior to and inclusive of"):
            problems["capital"].with_user(self.accountant).button_draft()
        late = self._entry(
            "2026-11-30",
            self.bank.default_account_id,
            self.company_data["default_account_revenue"],
            5.0,
        )
        self.assertGreater(late.date, closing.date_to)
        # The closing is done: it is neither run nor changed again.
        with self.assertRefused(UserError, "closed"):
            closing.action_close()
        with self.assertRefused(UserError, "closed"):
            closing.action_check()
        with self.assertRefused(UserError, "closed"):
            closing.date_to = "2026-12-30"
        with self.assertRefused(UserError, "closed"):
            closing.unlink()

    def test_a_year_under_way_is_not_closed(self):
        closing = self._closing()
        closing.action_check()
        self.assertTrue(closing.is_ready)
        with freeze_time("2026-12-31"):
            with self.assertRefused(UserError, "it can be closed from the day after"):
                closing.action_close()
        self.assertEqual(closing.state, "draft")
        self.assertFalse(self.company.fiscalyear_lock_date)

    def test_changing_the_dates_clears_the_checks(self):
        closing = self._closing()
        closing.action_check()
        self.assertTrue(closing.check_ids)
        closing.date_to = "2026-11-30"
        self.assertFalse(closing.check_ids)
        self.assertFalse(closing.checked_at)
        self.assertFalse(closing.is_ready)

    def test_close_runs_the_checks_again(self):
        closing = self._closing()
        closing.action_check()
        self.assertTrue(closing.is_ready)
        # A draft left after the checks ran: the stale result does not count.
        self._draft(self.user_b, 200.0)
        with self.assertRefused(UserError, "Draft invoices and bills"):
            closing.action_close()
        self.assertFalse(self.company.fiscalyear_lock_date)

    def test_refusal_is_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self._draft(self.user_b, 200.0)
        closing = self._closing().with_context(lang="fr_FR")
        with self.assertRefused(UserError, "ne peut pas encore être clôturé"):
            closing.action_close()

    def test_entrepreneurs_cannot_read_the_closing(self):
        closing = self._closing()
        closing.action_check()
        for model, records in (
            ("coop.year.end.closing", closing),
            ("coop.year.end.check", closing.check_ids),
        ):
            with self.assertRaises(AccessError):
                self.env[model].with_user(self.user_a).browse(records.ids).read(
                    ["display_name"]
                )
            with self.assertRaises(AccessError):
                self.env[model].with_user(self.user_a).search([])

    def test_staff_cannot_run_the_closing(self):
        closing = self._closing()
        with self.assertRaises(AccessError):
            closing.with_user(self.staff).action_check()
