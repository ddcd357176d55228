# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Posting with and without the automatic contribution; the recompute wizard.

Run inside `odoo shell` on a database with coop_cae_contribution
(bin/benchmark-contribution):
posts BENCH_INVOICES (1000) customer invoices over BENCH_ACTIVITIES (50)
activities one by one, once with the contribution skipped (context
coop_cae_skip_contribution) and once with the default scheme (10% when
invoiced), alternating batches of 100 so that both runs see the same database
and caches; then runs the recompute wizard over the year's BENCH_RECOMPUTE
(the skipped) invoices and a second, idempotent time. Prints JSON; rolls back.
"""

import json
import os
import time

from odoo import Command

invoices = int(os.environ.get("BENCH_INVOICES", 1000))
activities = int(os.environ.get("BENCH_ACTIVITIES", 50))

Env = env  # noqa: F821
product = Env["product.product"].create({"name": "Prestation", "list_price": 100.0})
partners = Env["res.partner"].create(
    [{"name": f"Client {i}"} for i in range(activities)]
)
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


def make(count, offset):
    return Env["account.move"].create(
        [
            {
                "move_type": "out_invoice",
                "partner_id": partners[i % activities].id,
                "invoice_date": "2026-06-15",
                "coop_activity_id": employees[i % activities].id,
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
            for i in range(offset, offset + count)
        ]
    )


def post(moves, skip):
    queries = 0
    start = time.perf_counter()
    for move in moves:
        before = Env.cr.sql_log_count
        move.with_context(coop_cae_skip_contribution=skip).action_post()
        Env.flush_all()
        queries += Env.cr.sql_log_count - before
    # What the commit would do: run the pre-commit hooks, which book the
    # contributions of the whole batch.
    before = Env.cr.sql_log_count
    Env.cr.flush()
    queries += Env.cr.sql_log_count - before
    return time.perf_counter() - start, queries


# Warm-up: caches and sequences.
post(make(20, 0), False)
post(make(20, 0), True)
Env.flush_all()
results = {True: [0.0, 0], False: [0.0, 0]}
skipped = Env["account.move"]
batch = int(os.environ.get("BENCH_BATCH", invoices))
for offset in range(0, invoices, batch):
    for skip in (True, False):
        moves = make(min(batch, invoices - offset), offset)
        Env.flush_all()
        seconds, queries = post(moves, skip)
        results[skip][0] += seconds
        results[skip][1] += queries
        if skip:
            skipped |= moves

start = time.perf_counter()
wizard = Env["coop.contribution.recompute"].create(
    {"date_from": "2026-01-01", "date_to": "2026-12-31"}
)
wizard.action_preview()
preview_lines = len(wizard.line_ids)
wizard.action_book()
Env.flush_all()
recompute_seconds = time.perf_counter() - start
start = time.perf_counter()
wizard.action_preview()
second_lines = len(wizard.line_ids)
second_seconds = time.perf_counter() - start

print(
    "BENCH "
    + json.dumps(
        {
            "invoices": invoices,
            "activities": activities,
            "post_seconds_without_contribution": round(results[True][0], 3),
            "post_seconds_with_contribution": round(results[False][0], 3),
            "ratio": round(results[False][0] / results[True][0], 3),
            "queries_per_posting_without": round(results[True][1] / invoices, 1),
            "queries_per_posting_with": round(results[False][1] / invoices, 1),
            "recompute_invoices": len(skipped),
            "recompute_differences": preview_lines,
            "recompute_seconds": round(recompute_seconds, 3),
            "recompute_second_run_differences": second_lines,
            "recompute_second_run_seconds": round(second_seconds, 3),
        }
    )
)
Env.cr.rollback()
