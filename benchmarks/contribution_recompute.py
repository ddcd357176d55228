# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The recompute wizard over a year of invoices.

Run inside `odoo shell` on a database with coop_cae_contribution
(`bin/benchmark-contribution --recompute`): posts BENCH_RECOMPUTE_INVOICES
(20,000) customer invoices spread over 2026 and BENCH_ACTIVITIES (50)
activities with the contribution skipped (as a bulk import would), then times
the recompute wizard over the year, and its second, idempotent run. Prints
JSON; rolls back.
"""

import json
import os
import time

from odoo import Command

invoices = int(os.environ.get("BENCH_RECOMPUTE_INVOICES", 20000))
activities = int(os.environ.get("BENCH_ACTIVITIES", 50))
Env = env(context=dict(env.context, coop_cae_skip_contribution=True))  # noqa: F821

product = Env["product.product"].create({"name": "Prestation", "list_price": 100.0})
partners = Env["res.partner"].create(
    [{"name": f"Client {i}"} for i in range(activities)]
)
# A French cooperative posts its invoices once its legal identity is set
# (coop_cae_l10n_fr).
Env.company.write(
    {
        "company_registry": "81234567600017",
        "coop_legal_form": "SCOP SA",
        "coop_capital_variable": True,
        "coop_rcs_city": "Arras",
    }
)
employees = Env["hr.employee"].create(
    [
        {
            "name": f"Entrepreneur {i}",
            "is_entrepreneur": True,
            "coop_trade_name": f"A{i}",
        }
        for i in range(activities)
    ]
)
start = time.perf_counter()
for offset in range(0, invoices, 1000):
    moves = Env["account.move"].create(
        [
            {
                "move_type": "out_invoice",
                "partner_id": partners[i % activities].id,
                # In date order, as invoices are numbered: the sequence checks
                # of out-of-order dates would dominate the set-up time.
                "invoice_date": f"2026-{1 + i * 12 // invoices:02d}-{1 + i % 28:02d}",
                "coop_activity_id": employees[i % activities].id,
                "invoice_line_ids": [
                    Command.create(
                        {"product_id": product.id, "price_unit": 100.0 + i % 500}
                    )
                ],
            }
            for i in range(offset, min(invoices, offset + 1000))
        ]
    )
    moves.action_post()
    Env.cr.flush()
    Env.invalidate_all()
setup_seconds = time.perf_counter() - start

Wizard = env["coop.contribution.recompute"]  # noqa: F821
start = time.perf_counter()
wizard = Wizard.create({"date_from": "2026-01-01", "date_to": "2026-12-31"})
wizard.action_preview()
differences = len(wizard.line_ids)
wizard.action_book()
env.cr.flush()  # noqa: F821
recompute_seconds = time.perf_counter() - start
start = time.perf_counter()
wizard = Wizard.create({"date_from": "2026-01-01", "date_to": "2026-12-31"})
wizard.action_preview()
second_differences = len(wizard.line_ids)
second_seconds = time.perf_counter() - start
print(
    "BENCH "
    + json.dumps(
        {
            "invoices": invoices,
            "activities": activities,
            "setup_seconds": round(setup_seconds, 1),
            "recompute_seconds": round(recompute_seconds, 2),
            "recompute_differences": differences,
            "second_run_seconds": round(second_seconds, 2),
            "second_run_differences": second_differences,
        }
    )
)
env.cr.rollback()  # noqa: F821
