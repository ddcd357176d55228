# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Builds a year of activities, then reads the table of all activities (and
one activity's figures) at two sizes; prints JSON.

Run by bin/benchmark-activity-table inside `odoo shell` (which defines `env`)
on a database with coop_cae_treasury. Each activity gets BENCH_INVOICES
invoices over the last eleven months, two in three paid, a bill paid and one
to pay, and a month of pay: real posted documents (the activity's analytic
distribution, its contribution queued at posting and booked by the queue's
job, payments posted and reconciled with them), created in batches, a few
calls for all the activities of a size, so that 300 activities build in
minutes.

The table is read as a staff member opens it: the menu's server action (which
takes the snapshot of the figures), then the list's page as the web client
asks it (web_search_read of the list view's fields, 80 rows), on a cold
cache (records and registry), BENCH_RUNS (3) times; with BENCH_SMALL
activities (30), then BENCH_ACTIVITIES (300): the median seconds and the SQL
queries of a reading, whose counts must be equal (constant in the number of
activities and invoices). It rolls back everything it created.

Environment: BENCH_ACTIVITIES (300), BENCH_SMALL (30), BENCH_INVOICES (7),
BENCH_RUNS (3).
"""

import json
import os
import statistics
import time
from datetime import timedelta

from dateutil.relativedelta import relativedelta
from lxml import etree

from odoo import Command, fields
from odoo.tools import date_utils
from odoo.tools.safe_eval import safe_eval

activities_count = int(os.environ.get("BENCH_ACTIVITIES", 300))
small_count = int(os.environ.get("BENCH_SMALL", 30))
invoices_per_activity = int(os.environ.get("BENCH_INVOICES", 7))
runs = int(os.environ.get("BENCH_RUNS", 3))

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
bank_journal = Env["account.journal"].search(
    [("type", "=", "bank"), ("company_id", "=", company.id)], limit=1
)
staff = Env["res.users"].create(
    {
        "name": "Bench Staff",
        "login": "bench_table_staff",
        "group_ids": [
            Command.link(Env.ref("base.group_user").id),
            Command.link(Env.ref("coop_cae.coop_cae_group_user").id),
        ],
    }
)
support_worker = Env["hr.employee"].create(
    {"name": "Bench Support", "user_id": staff.id}
)
# The documents' dates: the eleven months before this one, so that the table
# has a revenue of this year and of the last months whatever today is.
today = fields.Date.context_today(Env["coop.activity.table"])
this_month = date_utils.start_of(today, "month")
pay_date = this_month - relativedelta(months=1) + timedelta(days=19)
phases = {}


def timed(name, function, *args):
    start = time.perf_counter()
    value = function(*args)
    phases[name] = round(phases.get(name, 0.0) + time.perf_counter() - start, 1)
    return value


def document(move_type, partner, employee, date, price):
    return {
        "move_type": move_type,
        "partner_id": partner.id,
        "coop_activity_id": employee.id,
        "invoice_date": date,
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


def create_documents(employees):
    vals_list = []
    for n, employee in enumerate(employees):
        for i in range(invoices_per_activity):
            month = this_month - relativedelta(months=1 + (i + n) % 11)
            vals_list.append(
                document(
                    "out_invoice",
                    client,
                    employee,
                    month + timedelta(days=14),
                    300.0 + 10 * i + n,
                )
            )
        bill_date = this_month - relativedelta(months=6) + timedelta(days=9)
        for price in (120.0, 80.0):
            vals_list.append(
                document("in_invoice", supplier, employee, bill_date, price)
            )
    return Env["account.move"].create(vals_list)


def pay(documents):
    """One payment per document, as the payment wizard makes them without
    grouping (its values, posted, reconciled with the document's receivable
    or payable), all created, posted and reconciled at once."""
    payments = (
        Env["account.payment"]
        .with_context(skip_invoice_sync=True)
        .create(
            [
                {
                    "date": pay_date,
                    "amount": move.amount_residual,
                    "payment_type": "inbound"
                    if move.move_type == "out_invoice"
                    else "outbound",
                    "partner_type": "customer"
                    if move.move_type == "out_invoice"
                    else "supplier",
                    "partner_id": move.commercial_partner_id.id,
                    "journal_id": bank_journal.id,
                    "memo": move.name,
                    "invoice_ids": [Command.link(move.id)],
                }
                for move in documents
            ]
        )
    )
    payments.action_post()
    plan = []
    for move, payment in zip(documents, payments, strict=True):
        lines = (move.line_ids | payment.move_id.line_ids).filtered(
            lambda line: line.account_type in ("asset_receivable", "liability_payable")
            and not line.reconciled
        )
        plan.append(lines)
    Env["account.move.line"]._reconcile_plan(plan)
    return payments


def analyze():
    """Statistics of the tables this transaction fills, which it sees
    (PostgreSQL samples the rows the transaction inserted): a live database
    has them from autovacuum, and without them the planner takes the journal
    items for empty and Odoo's payment queries (joins on OR) run for minutes.
    """
    Env.flush_all()
    Env.cr.execute(
        "ANALYZE account_move, account_move_line, account_partial_reconcile,"
        " account_payment, account_move__account_payment, account_analytic_line,"
        " hr_employee, account_analytic_account, coop_payroll_line"
    )


def build(first, count):
    """`count` activities numbered from `first`, with their year."""
    employees = timed(
        "employees",
        Env["hr.employee"].create,
        [
            {
                "name": f"Entrepreneur {i}",
                "is_entrepreneur": True,
                "coop_trade_name": f"Activité {i}",
                "registration_number": f"B{i:05d}",
                "coop_support_worker_id": support_worker.id,
            }
            for i in range(first, first + count)
        ],
    )
    moves = timed("create_documents", create_documents, employees)
    timed("analyze", analyze)
    timed("post_documents", moves.action_post)
    timed("analyze", analyze)
    # Two invoices in three and one bill in two paid.
    paid = moves.filtered(
        lambda m: (m.move_type == "out_invoice" and m.id % 3)
        or (m.move_type == "in_invoice" and m.amount_total == 120.0)
    )
    timed("payments", pay, paid)
    timed("analyze", analyze)
    month = this_month - relativedelta(months=2)
    lines = "\n".join(
        f"{month:%Y-%m};B{i:05d};1000,00;220,00;420,00;780,00"
        for i in range(first, first + count)
    )
    timed(
        "payroll",
        Env["coop.payroll.line"]._coop_import_payroll,
        "Mois;Salarié;Brut;Cotisations salariales;Cotisations patronales;Net\n"
        + lines
        + "\n",
        payroll_journal,
    )
    timed("flush", Env.flush_all)
    # What the queue's job does after the commits of the postings.
    timed("contributions", Env["coop.contribution"]._coop_book_queue)
    timed("flush", Env.flush_all)
    return employees


action = Env.ref("coop_cae_treasury.coop_activity_table_action_open")
list_arch = etree.fromstring(
    Env["coop.activity.table"]
    .with_user(staff)
    .get_views([(False, "list")])["views"]["list"]["arch"]
)
Table = Env["coop.activity.table"]
specification = {
    name: {"fields": {"display_name": {}}}
    if Table._fields[name].type == "many2one"
    else {}
    for name in list_arch.xpath("/list/field/@name")
}


def read_table():
    """The staff opens the menu: the server action (the snapshot), then the
    list's first page. Returns the page and the queries of the snapshot."""
    before = Env.cr.sql_log_count
    opened = action.with_user(staff).run()
    Env.flush_all()
    snapshot_queries = Env.cr.sql_log_count - before
    page = (
        Env["coop.activity.table"]
        .with_user(staff)
        .with_context(safe_eval(opened.get("context") or "{}", {"uid": staff.id}))
        .web_search_read(
            opened["domain"],
            specification,
            limit=opened.get("limit") or 80,
            count_limit=10001,
        )
    )
    Env.flush_all()
    return page, snapshot_queries


def measure(label):
    seconds = []
    for _run in range(runs):
        # A cold cache: the records' and the registry's (access rights,
        # record rules, views), as the statement's benchmark measures.
        Env.invalidate_all()
        Env.registry.clear_cache()
        before = Env.cr.sql_log_count
        start = time.perf_counter()
        page, snapshot_queries = read_table()
        seconds.append(time.perf_counter() - start)
        queries = Env.cr.sql_log_count - before
    return {
        f"{label}_rows": page["length"],
        f"{label}_seconds": round(statistics.median(seconds), 3),
        f"{label}_seconds_max": round(max(seconds), 3),
        f"{label}_queries": queries,
        # The page's own: past one page of rows (80), the web client counts
        # them (one query more, that any list of Odoo pays).
        f"{label}_snapshot_queries": snapshot_queries,
        f"{label}_page_queries": queries - snapshot_queries,
    }


result = {"invoices_per_activity": invoices_per_activity}
start = time.perf_counter()
employees = build(0, small_count)
result["build_small_seconds"] = round(time.perf_counter() - start, 1)
timed("analyze", analyze)
result.update(measure("small"))
start = time.perf_counter()
employees |= build(small_count, activities_count - small_count)
result["build_large_seconds"] = round(time.perf_counter() - start, 1)
timed("analyze", analyze)
result.update(measure("large"))
result["build_phases_seconds"] = phases
# One activity's figures, as its home reads them.
Env.invalidate_all()
before = Env.cr.sql_log_count
start = time.perf_counter()
first = Env["coop.activity.treasury"]._coop_figures(employees[0])[employees[0].id]
result["one_activity_seconds"] = round(time.perf_counter() - start, 3)
result["one_activity_queries"] = Env.cr.sql_log_count - before
# What the data amount to, for one activity: cash in and out, contribution,
# pay, revenue.
result["first_activity"] = {
    name: first[name]
    for name in (
        "cash_in",
        "paid_out",
        "contribution",
        "payroll",
        "treasury",
        "revenue_this_year",
    )
}
result["invoices"] = Env["account.move"].search_count(
    [("move_type", "=", "out_invoice"), ("coop_activity_id", "in", employees.ids)]
)
result["payments"] = Env["account.payment"].search_count(
    [("partner_id", "in", (client | supplier).ids)]
)
print("BENCH " + json.dumps(result))
Env.cr.rollback()
