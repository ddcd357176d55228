# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The contributions' journal entries, booked in batches from the queue."""

from collections import defaultdict
from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.tools import SQL

# Documents booked per transaction of the queue's job: a batch of 500 books in
# about a second, and a failure retries no more than that.
QUEUE_BATCH = 500


class CoopContribution(models.Model):
    _inherit = "coop.contribution"

    @api.model
    def _coop_cron_book_queue(self):
        """The queue's job: book the queued documents, one committed batch at
        a time, until the queue is empty or the job's time is up (the cron
        then runs again at once)."""
        Queue = self.env["coop.contribution.queue"].sudo()
        while booked := self._coop_book_queue(limit=QUEUE_BATCH):
            remaining = Queue.search_count([])
            time_left = self.env["ir.cron"]._commit_progress(
                booked, remaining=remaining
            )
            if not remaining or not time_left:
                break

    @api.model
    def _coop_book_queue(self, limit=None):
        """Book the contributions of the oldest queued documents (up to `limit`)
        and take them off the queue; returns how many rows were booked. Only
        the queue's job calls it (and tests): the cron's lock
        keeps two of them from booking the same document at once."""
        queued = self.env["coop.contribution.queue"].sudo().search([], limit=limit)
        moves = queued.move_id
        for company in moves.company_id:
            self.sudo().with_company(company)._coop_sync(
                moves.filtered(lambda m, c=company: m.company_id == c)
            )
        queued.unlink()
        return len(queued)

    @api.model
    def _coop_book_now(self, queued):
        """Book these queue rows' documents in this transaction (not through
        the job), and take them off the queue."""
        self._coop_lock_booking()
        self.sudo()._coop_sync(queued.move_id)
        queued.unlink()

    @api.model
    def _coop_lock_booking(self):
        """Keep the booking jobs (the queue's and the fixed amounts') from
        booking while this transaction books.

        A job holds its cron row locked while it runs and updates it when it
        ends: locking those rows waits for a running job, and if one committed
        since this transaction began, PostgreSQL refuses the lock (a
        serialization failure, which Odoo retries with fresh data). Two
        bookings reading the same booked amounts would book a difference
        twice."""
        crons = self.env.ref(
            "coop_cae_contribution.ir_cron_coop_contribution_queue"
        ) | self.env.ref("coop_cae_contribution.ir_cron_coop_contribution_fixed")
        self.env.cr.execute(
            SQL(
                "SELECT id FROM ir_cron WHERE id IN %s ORDER BY id FOR NO KEY UPDATE",
                tuple(crons.ids),
            )
        )

    @api.model
    def _coop_book(self, differences):
        """Create the contributions and their posted entries, all at once: one
        entry per activity and accounting date (so that the entrepreneur reads
        it), with one pair of lines per contribution."""
        if not differences:
            return self.browse()
        self._coop_compute_amounts(differences)
        open_dates = {}
        entries = defaultdict(list)  # (company, activity, date): [index]
        contribution_vals_list = []
        shifted = defaultdict(set)
        for difference in differences:
            activity = difference["activity"]
            company = activity.company_id
            source = difference["source"]
            contribution_vals_list.append(
                {
                    "activity_id": activity.id,
                    "company_id": company.id,
                    "kind": difference["kind"],
                    "source_move_id": source.id,
                    "payment_id": difference.get("payment_id", False),
                    "date": difference["date"],
                    "scheme_id": difference["scheme"].id,
                    "base": difference["base"],
                    "amount": difference["amount"],
                }
            )
            if company.currency_id.is_zero(difference["amount"]):
                continue
            key = (company, difference["date"])
            if key not in open_dates:
                journal = company._coop_contribution_journal()
                locks = company._get_violated_lock_dates(
                    difference["date"], False, journal
                )
                open_dates[key] = (
                    locks[-1][0] + timedelta(days=1) if locks else difference["date"]
                )
            if open_dates[key] != difference["date"]:
                shifted[source or activity].add((difference["date"], open_dates[key]))
            entries[company, activity, open_dates[key]].append(
                len(contribution_vals_list) - 1
            )
        # Contributions of one activity and date that cancel out need no entry.
        entries = {
            key: indexes
            for key, indexes in entries.items()
            if not key[0].currency_id.is_zero(
                sum(differences[index]["amount"] for index in indexes)
            )
        }
        move_vals_list = [
            self._coop_prepare_move_vals(
                company,
                activity,
                date,
                [differences[index] for index in indexes],
            )
            for (company, activity, date), indexes in entries.items()
        ]
        moves = self.env["account.move"].sudo().create(move_vals_list)
        moves._post(soft=False)
        for indexes, move in zip(entries.values(), moves, strict=True):
            for index in indexes:
                contribution_vals_list[index]["move_id"] = move.id
        contributions = self.sudo().create(contribution_vals_list)
        for record, dates in shifted.items():
            for date, open_date in sorted(dates):
                record.sudo().message_post(
                    body=self.env._(
                        "The contribution of %(date)s falls in a locked period: it "
                        "was booked on %(open_date)s, the first open date.",
                        date=fields.Date.to_string(date),
                        open_date=fields.Date.to_string(open_date),
                    )
                )
        return contributions

    @api.model
    def _coop_prepare_move_vals(self, company, activity, date, differences):
        """The entry of these contributions of one activity: an income-neutral
        pair of lines on the same general account, the activity's analytic
        account bearing the charge and the Structure's receiving it. The
        company's result does not move. One pair for all the contributions of
        the batch (posting 1,000 invoices books 1,000 contributions but one
        entry per activity and date): the contributions name their sources."""
        account = company._coop_contribution_account()
        amount = company.currency_id.round(
            sum(difference["amount"] for difference in differences)
        )
        sources = [d["source"].name for d in differences if d["source"]]
        if len(differences) == 1:
            document = sources[0] if sources else fields.Date.to_string(date)
        else:
            document = self.env._("%(count)s documents", count=len(differences))
        label = self.env._(
            "Contribution of %(activity)s: %(document)s",
            activity=activity.coop_trade_name or activity.name,
            document=document,
        )
        return {
            "move_type": "entry",
            "company_id": company.id,
            "journal_id": company._coop_contribution_journal().id,
            "date": date,
            "ref": label,
            "coop_activity_id": activity.id,
            "coop_is_contribution": True,
            "line_ids": [
                Command.create(
                    {
                        "name": label,
                        "account_id": account.id,
                        "debit": max(amount, 0.0),
                        "credit": max(-amount, 0.0),
                        "analytic_distribution": {
                            str(activity.coop_analytic_account_id.id): 100.0
                        },
                    }
                ),
                Command.create(
                    {
                        "name": label,
                        "account_id": account.id,
                        "debit": max(-amount, 0.0),
                        "credit": max(amount, 0.0),
                        "analytic_distribution": {
                            str(company.coop_structure_account_id.id): 100.0
                        },
                    }
                ),
            ],
        }
