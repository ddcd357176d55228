# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import psycopg2

from odoo import SUPERUSER_ID, api
from odoo.modules.registry import Registry
from odoo.tests import BaseCase, Form, get_db_name, tagged

from .test_contribution import CoopContributionCase


class _Crash(Exception):
    pass


@tagged("post_install", "-at_install")
class TestContributionQueue(CoopContributionCase):
    """Posting queues the document; the booking job books the queue after the
    commit (here: `_book_queued`, what the job does)."""

    def setUp(self):
        super().setUp()
        self.Queue = self.env["coop.contribution.queue"].sudo()
        self.cron = self.env.ref(
            "coop_cae_contribution.ir_cron_coop_contribution_queue"
        )

    def _triggers(self):
        return self.env["ir.cron.trigger"].search_count(
            [("cron_id", "=", self.cron.id)]
        )

    def test_posting_queues_and_shows_the_contribution_at_once(self):
        invoice = self._invoice(self.activity_a, 480)
        self.env.flush_all()
        # Not booked yet, but the user sees it on the invoice.
        self.assertFalse(invoice.coop_contribution_ids)
        self.assertEqual(self.Queue.search([]).move_id, invoice)
        staff_invoice = invoice.with_user(self.staff)
        self.assertTrue(staff_invoice.coop_contribution_queued)
        self.assertEqual(staff_invoice.coop_contribution_amount, 48.0)
        with Form(staff_invoice) as form:
            self.assertEqual(form.coop_contribution_amount, 48.0)
        self._book_queued()
        invoice.invalidate_recordset()
        self.assertFalse(self.Queue.search([]))
        self.assertEqual(invoice.coop_contribution_ids.amount, 48.0)
        self.assertFalse(staff_invoice.coop_contribution_queued)
        self.assertEqual(staff_invoice.coop_contribution_amount, 48.0)

    def test_reset_shows_no_contribution_before_the_job(self):
        self.invoice_a.button_draft()
        self.env.flush_all()
        self.assertTrue(self.invoice_a.coop_contribution_queued)
        self.assertEqual(self.invoice_a.coop_contribution_amount, 0.0)
        self.assertEqual(self._booked(source_move_id=self.invoice_a.id), 0.0)

    def test_one_trigger_per_transaction(self):
        # As if a new transaction started (the class's set-up posted already).
        self.env.cr.precommit.clear()
        before = self._triggers()
        self._invoice(self.activity_a, 100)
        self._invoice(self.activity_b, 200)
        self.assertEqual(self._triggers(), before + 1)
        # The next transaction triggers the job again.
        self.env.cr.precommit.clear()
        self._invoice(self.activity_a, 300)
        self.assertEqual(self._triggers(), before + 2)

    def test_queued_twice_is_booked_once(self):
        activity = self._new_activity("Traiteur", self.scheme_cashed)
        invoice = self._invoice(activity, 1000)
        self._pay(invoice, 1000, "2026-03-20")
        self.env.flush_all()
        self.assertEqual(len(self.Queue.search([("move_id", "=", invoice.id)])), 2)
        self.assertEqual(self._booked(source_move_id=invoice.id), 100.0)
        self.assertEqual(len(invoice.coop_contribution_ids), 1)
        # A second run of the job has nothing to book.
        self.assertEqual(self.env["coop.contribution"]._coop_book_queue(), 0)
        self.assertEqual(len(invoice.coop_contribution_ids), 1)

    def test_a_failed_batch_keeps_its_queue(self):
        invoice = self._invoice(self.activity_a, 250)
        self.env.flush_all()
        with self.assertRaises(_Crash), self.env.cr.savepoint():
            self.env["coop.contribution"]._coop_book_queue()
            self.env.flush_all()
            raise _Crash
        self.env.invalidate_all()
        # Nothing half-booked: the document waits for the next run.
        self.assertFalse(invoice.coop_contribution_ids)
        self.assertEqual(self.Queue.search([]).move_id, invoice)
        self.assertEqual(self._booked(source_move_id=invoice.id), 25.0)

    def test_deleting_a_reset_draft_books_its_reversal(self):
        invoice = self._invoice(self.activity_a, 700)
        self.assertEqual(self._booked(source_move_id=invoice.id), 70.0)
        contribution = invoice.coop_contribution_ids
        invoice.button_draft()
        invoice.unlink()
        self._book_queued()
        entries = self.Contribution.search(
            [("activity_id", "=", self.activity_a.id), ("base", "in", (700, -700))]
        )
        self.assertIn(contribution, entries)
        self.assertEqual(sum(entries.mapped("amount")), 0.0)
        self.assertFalse(self.Queue.search([]))

    def test_skipped_postings_are_not_queued(self):
        invoice = self._invoice(self.activity_a, 90)
        self._book_queued()
        invoice.with_context(coop_cae_skip_contribution=True).button_draft()
        self.env.flush_all()
        self.assertFalse(self.Queue.search([]))

    def test_entrepreneurs_cannot_read_the_queue(self):
        self._invoice(self.activity_a, 90)
        self.env.flush_all()
        Queue = self.env["coop.contribution.queue"].with_user(self.user_a)
        self.assertFalse(Queue.has_access("read"))


@tagged("post_install", "-at_install")
class TestBookingLock(BaseCase):
    """Two real transactions: a recompute (or a deleted draft's reversal) that
    began before the booking job committed must not book from what it read,
    since the job may have booked the same differences meanwhile."""

    def setUp(self):
        super().setUp()
        self.registry = Registry(get_db_name())

    def _job_runs_and_commits(self, job="ir_cron_coop_contribution_queue"):
        # What Odoo's cron runner does around the job: lock its row, then
        # update it (failure count, next call) and commit.
        with self.registry.cursor() as job_cr:
            env = api.Environment(job_cr, SUPERUSER_ID, {})
            cron = env.ref(f"coop_cae_contribution.{job}")
            job_cr.execute(
                "SELECT id FROM ir_cron WHERE id = %s FOR NO KEY UPDATE", [cron.id]
            )
            job_cr.execute(
                "UPDATE ir_cron SET failure_count = failure_count WHERE id = %s",
                [cron.id],
            )

    def test_a_booking_that_read_before_the_job_committed_is_refused(self):
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            env["coop.contribution"].search_count([])  # the transaction reads
            self._job_runs_and_commits()
            with self.assertRaises(psycopg2.errors.SerializationFailure):
                env["coop.contribution"]._coop_lock_booking()
            cr.rollback()

    def test_the_fixed_amounts_job_counts_too(self):
        # The recompute wizard books fixed amounts as that job does.
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            env["coop.contribution"].search_count([])
            self._job_runs_and_commits("ir_cron_coop_contribution_fixed")
            with self.assertRaises(psycopg2.errors.SerializationFailure):
                env["coop.contribution"]._coop_lock_booking()
            cr.rollback()

    def test_a_booking_after_the_job_takes_the_lock(self):
        self._job_runs_and_commits()
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            env["coop.contribution"].search_count([])
            env["coop.contribution"]._coop_lock_booking()
            cr.rollback()
