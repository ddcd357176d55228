# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Posting customer invoices one per transaction, as the web client does.

Run by bin/benchmark-contribution inside `odoo shell` (which defines `env`) on
a throwaway database: it COMMITS. On a database with coop_cae_contribution it
posts BENCH_INVOICES (200) invoices over BENCH_ACTIVITIES (50) activities with
the contribution skipped (context coop_cae_skip_contribution) and as many with
the default scheme (10% when invoiced), alternating rounds of 10 so that both
see the same database; on a database with coop_cae's dependencies alone, the
same invoices without activity ("plain"). Each posting: a fresh cache, post,
commit (which runs the pre-commit hooks and, after it, the cron wake-up), the
SQL queries of both counted. Then the same again with BENCH_BATCH (200)
postings in one transaction, and the booking job's throughput over the queue.
Checks every contribution against the scheme. Prints one JSON line.
"""

import json
import os
import statistics
import time

from odoo import Command

invoices = int(os.environ.get("BENCH_INVOICES", 200))
activities = int(os.environ.get("BENCH_ACTIVITIES", 50))
batch_size = int(os.environ.get("BENCH_BATCH", 200))
ROUND = 10

Env = env  # noqa: F821
cr = Env.cr
with_coop = "coop_activity_id" in Env["account.move"]._fields
modes = ("skip", "with") if with_coop else ("plain",)

product = Env["product.product"].create(
    {"name": "Prestation", "list_price": 100.0, "type": "service"}
)
partners = Env["res.partner"].create(
    [{"name": f"Client {i}"} for i in range(activities)]
)
employees = [None] * activities
if with_coop:
    employees = Env["hr.employee"].create(
        [
            {
                "name": f"Entrepreneur {i}",
                "is_entrepreneur": True,
                "coop_trade_name": f"Activité {i}",
            }
            for i in range(activities)
        ]
    )
cr.commit()


def make(count, offset):
    vals_list = []
    for i in range(offset, offset + count):
        vals = {
            "move_type": "out_invoice",
            "partner_id": partners[i % activities].id,
            "invoice_date": "2026-06-15",
            "invoice_line_ids": [
                Command.create(
                    {
                        "product_id": product.id,
                        "quantity": 1 + i % 3,
                        "price_unit": 100.0 + i,
                    }
                )
            ],
        }
        if with_coop:
            vals["coop_activity_id"] = employees[i % activities].id
        vals_list.append(vals)
    moves = Env["account.move"].create(vals_list)
    cr.commit()
    return moves.ids


def post_each(ids, mode):
    """One transaction per posting; [(seconds, queries)] per posting."""
    figures = []
    for move_id in ids:
        Env.invalidate_all()
        move = Env["account.move"].browse(move_id)
        if mode == "skip":
            move = move.with_context(coop_cae_skip_contribution=True)
        before = cr.sql_log_count
        start = time.perf_counter()
        move.action_post()
        cr.commit()
        figures.append((time.perf_counter() - start, cr.sql_log_count - before))
    return figures


def post_batch(ids, mode):
    """All the postings in one transaction; (seconds, queries) per posting."""
    Env.invalidate_all()
    moves = Env["account.move"].browse(ids)
    if mode == "skip":
        moves = moves.with_context(coop_cae_skip_contribution=True)
    before = cr.sql_log_count
    start = time.perf_counter()
    for move in moves:
        move.action_post()
    cr.commit()
    return (time.perf_counter() - start) / len(ids), (cr.sql_log_count - before) / len(
        ids
    )


def book_queue():
    """The booking job over the whole queue: (documents, seconds, queries)."""
    Contribution = Env["coop.contribution"]
    documents = Env["coop.contribution.queue"].search_count([])
    before = cr.sql_log_count
    start = time.perf_counter()
    while Contribution._coop_book_queue(limit=500):
        cr.commit()
    cr.commit()
    return documents, time.perf_counter() - start, cr.sql_log_count - before


# Warm-up: caches, sequences, the first postings of each activity.
for mode in modes:
    post_each(make(ROUND, 0), mode)
if with_coop:
    book_queue()

per_posting = {mode: [] for mode in modes}
posted = {mode: [] for mode in modes}
for offset in range(0, invoices, ROUND):
    for mode in modes:
        ids = make(min(ROUND, invoices - offset), offset)
        per_posting[mode] += post_each(ids, mode)
        posted[mode] += ids

result = {"invoices": invoices, "activities": activities, "modes": {}}
for mode in modes:
    seconds = [s for s, _q in per_posting[mode]]
    queries = [q for _s, q in per_posting[mode]]
    tenth = max(len(queries) // 10, 1)
    result["modes"][mode] = {
        "ms_per_posting": round(1000 * statistics.mean(seconds), 1),
        "ms_median": round(1000 * statistics.median(seconds), 1),
        "queries_per_posting": round(statistics.mean(queries), 1),
        "queries_first_tenth": round(statistics.mean(queries[:tenth]), 1),
        "queries_last_tenth": round(statistics.mean(queries[-tenth:]), 1),
    }
if with_coop:
    documents, seconds, queries = book_queue()
    result["queue"] = {
        "documents": documents,
        "seconds": round(seconds, 3),
        "queries": queries,
    }
# The same invoices posted in one transaction each way: the batch figure.
for mode in modes:
    ms, queries = post_batch(make(batch_size, 0), mode)
    result["modes"][mode]["batch_ms_per_posting"] = round(1000 * ms, 1)
    result["modes"][mode]["batch_queries_per_posting"] = round(queries, 1)
if with_coop:
    documents, seconds, queries = book_queue()
    result["batch_queue"] = {"documents": documents, "seconds": round(seconds, 3)}
    # Every contribution exact to the cent, once; none where skipped.
    Env.invalidate_all()
    wrong = 0
    for move in Env["account.move"].browse(posted["with"]):
        expected = move.company_currency_id.round(move.amount_untaxed_signed * 0.10)
        contributions = move.coop_contribution_ids
        if len(contributions) != 1 or contributions.amount != expected:
            wrong += 1
    wrong += sum(
        bool(move.coop_contribution_ids)
        for move in Env["account.move"].browse(posted["skip"])
    )
    result["wrong_contributions"] = wrong
    result["queue_left"] = Env["coop.contribution.queue"].search_count([])
print("BENCH " + json.dumps(result))
