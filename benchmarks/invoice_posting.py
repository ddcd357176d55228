# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Creates and posts customer invoices spread over activities; prints JSON.

Run by bin/benchmark-invoice-posting inside `odoo shell` (which defines `env`),
once on a database with coop_cae and once with its dependencies alone. It
rolls back everything it created.

Environment: BENCH_INVOICES (1000), BENCH_ACTIVITIES (50).
"""

import json
import os
import time

from odoo import Command

invoices = int(os.environ.get("BENCH_INVOICES", 1000))
activities = int(os.environ.get("BENCH_ACTIVITIES", 50))
with_coop = "coop_activity_id" in env["account.move"]._fields  # noqa: F821

Env = env  # noqa: F821
product = Env["product.product"].create({"name": "Prestation", "list_price": 100.0})
partners = Env["res.partner"].create(
    [{"name": f"Client {i}"} for i in range(activities)]
)
employees = [None] * activities
if with_coop:
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
                "coop_trade_name": f"Activité {i}",
            }
            for i in range(activities)
        ]
    )
vals_list = []
for i in range(invoices):
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
Env.flush_all()

start = time.perf_counter()
moves = Env["account.move"].create(vals_list)
Env.flush_all()
create_seconds = time.perf_counter() - start

queries = []
start = time.perf_counter()
for move in moves:
    before = Env.cr.sql_log_count
    move.action_post()
    Env.flush_all()
    queries.append(Env.cr.sql_log_count - before)
post_seconds = time.perf_counter() - start

tenth = max(1, invoices // 10)
print(
    "BENCH "
    + json.dumps(
        {
            "with_coop_cae": with_coop,
            "invoices": invoices,
            "activities": activities,
            "create_seconds": round(create_seconds, 3),
            "post_seconds": round(post_seconds, 3),
            "queries_per_posting_first_tenth": round(sum(queries[:tenth]) / tenth, 1),
            "queries_per_posting_last_tenth": round(sum(queries[-tenth:]) / tenth, 1),
            "queries_per_posting_max": max(queries),
            "posted": len(moves.filtered(lambda m: m.state == "posted")),
        }
    )
)
Env.cr.rollback()
