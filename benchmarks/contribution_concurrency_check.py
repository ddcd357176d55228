# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Run by bin/benchmark-contribution in `odoo shell` after the concurrent
postings: waits (up to 120 s) for the booking job, run by the server's cron
worker, to empty the queue; then checks every posted invoice of the bench's
activities has exactly its contribution (10% of its base, to the cent, once)
and measures the delay from the posting's transaction to the booking's.
Prints one JSON line."""

import json
import statistics
import time

env = env  # noqa: F821 (odoo shell defines it)
cr = env.cr
start = time.monotonic()
while True:
    cr.rollback()
    left = env["coop.contribution.queue"].search_count([])
    if not left or time.monotonic() - start > 120:
        break
    time.sleep(0.5)
env.invalidate_all()
invoices = env["account.move"].search(
    [
        ("move_type", "=", "out_invoice"),
        ("coop_activity_id.coop_trade_name", "like", "Activité de charge"),
        ("state", "=", "posted"),
    ]
)
wrong, delays = 0, []
for invoice in invoices:
    contributions = invoice.coop_contribution_ids
    expected = invoice.company_currency_id.round(invoice.amount_untaxed_signed * 0.10)
    if len(contributions) != 1 or contributions.amount != expected:
        wrong += 1
        continue
    delays.append((contributions.create_date - invoice.write_date).total_seconds())
print(
    "BENCH "
    + json.dumps(
        {
            "invoices": len(invoices),
            "wrong_or_missing": wrong,
            "queue_left": left,
            "delay_median_s": round(statistics.median(delays), 2) if delays else None,
            "delay_max_s": round(max(delays), 2) if delays else None,
        }
    )
)
