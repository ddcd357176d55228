# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""An activity's statement and the entrepreneur's home over a year of invoices.

Run inside `odoo shell` (which defines `env`) on a database with
coop_cae_activity_statement (`bin/benchmark-activity-statement`): one
entrepreneur's activity gets BENCH_SMALL (200) posted invoices spread over the
current fiscal year, with their contributions booked; then, as the
entrepreneur, the statement of the year is computed (every figure read) and
the home read (every figure), BENCH_RUNS (5) times each on a cold cache: the
median seconds and the SQL queries (the tables analyzed first, as
autovacuum keeps a live database). The activity then gets invoices up to
BENCH_LARGE (2,000) and the same is measured again: the queries must not move.
Prints one JSON line; rolls back.
"""

import json
import os
import statistics
import time
from datetime import timedelta

from odoo import Command

small = int(os.environ.get("BENCH_SMALL", 200))
large = int(os.environ.get("BENCH_LARGE", 2000))
runs = int(os.environ.get("BENCH_RUNS", 5))

Env = env  # noqa: F821
company = Env.company
company.write(
    {
        # A French cooperative posts its invoices once its legal identity is
        # set (coop_cae_l10n_fr).
        "company_registry": "81234567600017",
        "coop_legal_form": "SCOP SA",
        "coop_capital_variable": True,
        "coop_rcs_city": "Arras",
    }
)
user = Env["res.users"].create(
    {
        "name": "Bench Entrepreneur",
        "login": "bench_statement_entrepreneur",
        "group_ids": [
            Command.link(Env.ref("base.group_user").id),
            Command.link(Env.ref("coop_cae.coop_cae_group_entrepreneur").id),
        ],
    }
)
activity = Env["hr.employee"].create(
    {
        "name": "Bench Entrepreneur",
        "is_entrepreneur": True,
        "coop_trade_name": "Bench",
        "user_id": user.id,
        "coop_can_post_invoices": True,
    }
)
product = Env["product.product"].create(
    {"name": "Prestation", "list_price": 100.0, "type": "service"}
)
partner = Env["res.partner"].create({"name": "Client Bench"})
year = company.compute_fiscalyear_dates(Env.cr.now().date())
date_from, date_to = year["date_from"], year["date_to"]
days = (date_to - date_from).days


def post_invoices(start, stop):
    """Invoices number start..stop-1, in date order over the fiscal year."""
    for offset in range(start, stop, 500):
        moves = Env["account.move"].create(
            [
                {
                    "move_type": "out_invoice",
                    "partner_id": partner.id,
                    "invoice_date": date_from + timedelta(days=i * days // large),
                    "coop_activity_id": activity.id,
                    "invoice_line_ids": [
                        Command.create(
                            {"product_id": product.id, "price_unit": 100.0 + i % 300}
                        )
                    ],
                }
                for i in range(offset, min(stop, offset + 500))
            ]
        )
        moves.action_post()
        Env.flush_all()
        Env.invalidate_all()
    Env["coop.contribution"]._coop_book_queue()
    Env.flush_all()
    Env.invalidate_all()
    # What autovacuum does on a live database: without statistics on the rows
    # just inserted, PostgreSQL plans for empty tables.
    Env.cr.execute("ANALYZE account_move, account_move_line, account_analytic_line")


def measure(function):
    """(median seconds, queries) of `function` on a cold cache."""
    seconds, queries = [], []
    for _run in range(runs):
        Env.invalidate_all()
        Env.registry.clear_cache()
        count = Env.cr.sql_log_count
        start = time.perf_counter()
        function()
        seconds.append(time.perf_counter() - start)
        queries.append(Env.cr.sql_log_count - count)
    return round(statistics.median(seconds), 3), max(queries[1:] or queries)


UserEnv = Env(user=user.id)
Statement = UserEnv["coop.activity.statement"]
FIGURES = [
    name
    for name, field in Statement._fields.items()
    if field.type == "monetary" and field.compute
]
Home = UserEnv["coop.entrepreneur.home"]
HOME_FIGURES = [
    name
    for name, field in Home._fields.items()
    if field.compute and field.type in ("monetary", "integer")
]


def statement():
    record = Statement.create({"date_from": date_from, "date_to": date_to})
    record.read(FIGURES)


def home():
    Home.create({}).read(HOME_FIGURES)


result = {"figures": FIGURES, "home_figures": HOME_FIGURES}
done = 0
for size in (small, large):
    post_invoices(done, size)
    done = size
    statement_seconds, statement_queries = measure(statement)
    home_seconds, home_queries = measure(home)
    revenue = Statement.create({"date_from": date_from, "date_to": date_to}).revenue
    result[str(size)] = {
        "invoices": size,
        "revenue": revenue,
        "statement_seconds": statement_seconds,
        "statement_queries": statement_queries,
        "home_seconds": home_seconds,
        "home_queries": home_queries,
    }
Env.cr.rollback()
print("BENCH " + json.dumps(result))
