# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Builds a year of activities, then reads the table of all activities (and
one activity's figures) at two sizes; prints JSON.

Run by bin/benchmark-activity-table inside `odoo shell` (which defines `env`)
on a database with coop_cae_treasury. Each activity gets BENCH_INVOICES
invoices over the year, two in three paid, a bill paid and one to pay, and a
month of pay. The table is read with BENCH_SMALL activities (30), then
BENCH_ACTIVITIES (300): the seconds and the
SQL queries of each reading, whose counts must be equal (constant in the
number of activities and invoices). It rolls back everything it created.

Environment: BENCH_ACTIVITIES (300), BENCH_SMALL (30), BENCH_INVOICES (7).
"""

import json
import os
import time

from odoo import Command

activities_count = int(os.environ.get("BENCH_ACTIVITIES", 300))
small_count = int(os.environ.get("BENCH_SMALL", 30))
invoices_per_activity = int(os.environ.get("BENCH_INVOICES", 7))

Env = env  # noqa: F821
company = Env.company
# A French cooperative posts its invoices once its legal identity is set
# (coop_cae_l10n_fr).
company.write(
    {
        "company_registry": "81234567600017",
        "coop_legal_form": "SCOP SA",
        "coop_capital_variable": True,
        "coop_rcs_city": "Arras",
    }
)
product = Env["product.product"].create(
    {"name": "Prestation", "list_price": 100.0, "taxes_id": [Command.clear()]}
)
client = Env["res.partner"].create({"name": "Client"})
supplier = Env["res.partner"].create({"name": "Fournisseur"})
payroll_journal = Env["coop.payroll.import"]._default_journal_id()


def build(first, count):
    """`count` activities numbered from `first`, with their year."""
    employees = Env["hr.employee"].create(
        [
            {
                "name": f"Entrepreneur {i}",
                "is_entrepreneur": True,
                "coop_trade_name": f"Activité {i}",
                "registration_number": f"B{i:05d}",
            }
            for i in range(first, first + count)
        ]
    )
    vals_list = []
    for n, employee in enumerate(employees):
        for i in range(invoices_per_activity):
            vals_list.append(
                {
                    "move_type": "out_invoice",
                    "partner_id": client.id,
                    "coop_activity_id": employee.id,
                    "invoice_date": f"2026-{1 + (i + n) % 11:02d}-15",
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "product_id": product.id,
                                "price_unit": 300.0 + 10 * i + n,
                                "tax_ids": [Command.clear()],
                            }
                        )
                    ],
                }
            )
        for price in (120.0, 80.0):
            vals_list.append(
                {
                    "move_type": "in_invoice",
                    "partner_id": supplier.id,
                    "coop_activity_id": employee.id,
                    "invoice_date": "2026-06-10",
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "product_id": product.id,
                                "price_unit": price,
                                "tax_ids": [Command.clear()],
                            }
                        )
                    ],
                }
            )
    moves = Env["account.move"].create(vals_list)
    moves.action_post()
    invoices = moves.filtered(lambda m: m.move_type == "out_invoice")
    bills = moves.filtered(lambda m: m.move_type == "in_invoice")
    # Two invoices in three and one bill in two paid, each by its own
    # payment: one wizard per activity and direction (a wizard over all the
    # activities' documents spends minutes matching them).
    paid = invoices.filtered(lambda m: m.id % 3) | bills.filtered(
        lambda m: m.amount_total == 120.0
    )
    for documents in paid.grouped(lambda m: (m.coop_activity_id, m.move_type)).values():
        Env["account.payment.register"].with_context(
            active_model="account.move", active_ids=documents.ids
        ).create(
            {"payment_date": "2026-11-20", "group_payment": False}
        )._create_payments()
    lines = "\n".join(
        f"2026-10;B{i:05d};1000,00;220,00;420,00;780,00"
        for i in range(first, first + count)
    )
    Env["coop.payroll.line"]._coop_import_payroll(
        "Mois;Salarié;Brut;Cotisations salariales;Cotisations patronales;Net\n"
        + lines
        + "\n",
        payroll_journal,
    )
    Env.flush_all()
    Env["coop.contribution"]._coop_book_queue()
    Env.flush_all()
    return employees


def measure(label):
    Table = Env["coop.activity.table"]
    Env.invalidate_all()
    before = Env.cr.sql_log_count
    start = time.perf_counter()
    rows = Table._coop_take_snapshot()
    Env.flush_all()
    seconds = time.perf_counter() - start
    return {
        f"{label}_rows": len(rows),
        f"{label}_seconds": round(seconds, 3),
        f"{label}_queries": Env.cr.sql_log_count - before,
    }


result = {"invoices_per_activity": invoices_per_activity}
start = time.perf_counter()
employees = build(0, small_count)
result["build_small_seconds"] = round(time.perf_counter() - start, 1)
result.update(measure("small"))
start = time.perf_counter()
employees |= build(small_count, activities_count - small_count)
result["build_large_seconds"] = round(time.perf_counter() - start, 1)
result.update(measure("large"))
# One activity's figures, as its home reads them.
Env.invalidate_all()
before = Env.cr.sql_log_count
start = time.perf_counter()
Env["coop.activity.treasury"]._coop_figures(employees[0])
result["one_activity_seconds"] = round(time.perf_counter() - start, 3)
result["one_activity_queries"] = Env.cr.sql_log_count - before
result["invoices"] = Env["account.move"].search_count(
    [("move_type", "=", "out_invoice"), ("coop_activity_id", "in", employees.ids)]
)
print("BENCH " + json.dumps(result))
Env.cr.rollback()
