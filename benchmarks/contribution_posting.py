# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Posting customer invoices one per transaction, as the web client does.

Run by bin/benchmark-contribution inside `odoo shell` (which defines `env`) on
a throwaway database with coop_cae_contribution: it COMMITS. It also opens
BENCH_PLAIN_DB, a throwaway database with coop_cae's dependencies alone, in
the same process. Three cases post BENCH_INVOICES (200) invoices each:
"plain" (plain Odoo, no activity), "skip" (coop_cae, over BENCH_ACTIVITIES
activities, the contribution skipped by the context coop_cae_skip_contribution)
and "with" (coop_cae, the default scheme: 10% when invoiced). They take turns
by rounds of 10 postings, in a rotating order, so that all three live the same
moments of the machine: the ratios compare like with like, and each round's
ratio is printed as a median too. Each posting: a fresh cache, post, commit
(which runs the pre-commit hooks and, after it, the cron wake-up), the SQL
queries of both counted. Then BENCH_BATCH (200) postings in one transaction
per case, and the booking job's throughput over the queue. Checks every
contribution against the scheme. Prints one JSON line.
"""

import json
import os
import statistics
import time

from odoo import SUPERUSER_ID, Command, api
from odoo.modules.registry import Registry

invoices = int(os.environ.get("BENCH_INVOICES", 200))
activities = int(os.environ.get("BENCH_ACTIVITIES", 50))
batch_size = int(os.environ.get("BENCH_BATCH", 200))
ROUND = 10


class Case:
    """One way of posting, on its own database cursor."""

    def __init__(self, case_env, mode):
        self.env, self.cr, self.mode = case_env, case_env.cr, mode
        self.product = self.env["product.product"].create(
            {"name": f"Prestation {mode}", "list_price": 100.0, "type": "service"}
        )
        self.partners = self.env["res.partner"].create(
            [{"name": f"Client {mode} {i}"} for i in range(activities)]
        )
        self.employees = None
        if mode != "plain":
            # A French cooperative posts its invoices once its legal identity
            # is set (coop_cae_l10n_fr).
            self.env.company.write(
                {
                    "company_registry": "81234567600017",
                    "coop_legal_form": "SCOP SA",
                    "coop_capital_variable": True,
                    "coop_rcs_city": "Arras",
                }
            )
            self.employees = self.env["hr.employee"].create(
                [
                    {
                        "name": f"Entrepreneur {mode} {i}",
                        "is_entrepreneur": True,
                        "coop_trade_name": f"Activité {mode} {i}",
                    }
                    for i in range(activities)
                ]
            )
        self.cr.commit()
        self.figures = []
        self.posted = []

    def make(self, count, offset):
        vals_list = []
        for i in range(offset, offset + count):
            vals = {
                "move_type": "out_invoice",
                "partner_id": self.partners[i % activities].id,
                "invoice_date": "2026-06-15",
                "invoice_line_ids": [
                    Command.create(
                        {
                            "product_id": self.product.id,
                            "quantity": 1 + i % 3,
                            "price_unit": 100.0 + i,
                        }
                    )
                ],
            }
            if self.employees:
                vals["coop_activity_id"] = self.employees[i % activities].id
            vals_list.append(vals)
        moves = self.env["account.move"].create(vals_list)
        self.cr.commit()
        return moves.ids

    def _moves(self, ids):
        moves = self.env["account.move"].browse(ids)
        if self.mode == "skip":
            moves = moves.with_context(coop_cae_skip_contribution=True)
        return moves

    def post_each(self, ids):
        """One transaction per posting; [(seconds, queries)] per posting."""
        figures = []
        for move_id in ids:
            self.env.invalidate_all()
            move = self._moves([move_id])
            before = self.cr.sql_log_count
            start = time.perf_counter()
            move.action_post()
            self.cr.commit()
            figures.append(
                (time.perf_counter() - start, self.cr.sql_log_count - before)
            )
        return figures

    def post_batch(self, ids):
        """All the postings in one transaction; (seconds, queries) per posting."""
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        start = time.perf_counter()
        for move in self._moves(ids):
            move.action_post()
        self.cr.commit()
        seconds, queries = time.perf_counter() - start, self.cr.sql_log_count - before
        return seconds / len(ids), queries / len(ids)


def book_queue(coop_env):
    """The booking job over the whole queue: (documents, seconds, queries)."""
    cr = coop_env.cr
    Contribution = coop_env["coop.contribution"]
    documents = coop_env["coop.contribution.queue"].search_count([])
    before = cr.sql_log_count
    start = time.perf_counter()
    while Contribution._coop_book_queue(limit=500):
        cr.commit()
    cr.commit()
    return documents, time.perf_counter() - start, cr.sql_log_count - before


def summary(figures):
    seconds = [s for s, _q in figures]
    queries = [q for _s, q in figures]
    tenth = max(len(queries) // 10, 1)
    return {
        "ms_per_posting": round(1000 * statistics.mean(seconds), 1),
        "ms_median": round(1000 * statistics.median(seconds), 1),
        "queries_per_posting": round(statistics.mean(queries), 1),
        "queries_first_tenth": round(statistics.mean(queries[:tenth]), 1),
        "queries_last_tenth": round(statistics.mean(queries[-tenth:]), 1),
    }


Env = env  # noqa: F821
with Registry(os.environ["BENCH_PLAIN_DB"]).cursor() as plain_cr:
    plain_env = api.Environment(plain_cr, SUPERUSER_ID, dict(Env.context))
    cases = [Case(plain_env, "plain"), Case(Env, "skip"), Case(Env, "with")]
    # Warm-up: caches, sequences, the first postings of each activity.
    for case in cases:
        case.post_each(case.make(ROUND, 0))
    book_queue(Env)

    round_ratios = {"skip": [], "with": []}
    for number, offset in enumerate(range(0, invoices, ROUND)):
        count = min(ROUND, invoices - offset)
        round_ms = {}
        for case in cases[number % 3 :] + cases[: number % 3]:
            ids = case.make(count, offset)
            figures = case.post_each(ids)
            case.figures += figures
            case.posted += ids
            round_ms[case.mode] = statistics.mean(s for s, _q in figures)
        for mode in round_ratios:
            round_ratios[mode].append(round_ms[mode] / round_ms["plain"])

    result = {"invoices": invoices, "activities": activities, "modes": {}}
    for case in cases:
        result["modes"][case.mode] = summary(case.figures)
    for mode, ratios in round_ratios.items():
        result["modes"][mode]["round_ratio_median"] = round(
            statistics.median(ratios), 2
        )
        result["modes"][mode]["round_ratio_max"] = round(max(ratios), 2)
    documents, seconds, queries = book_queue(Env)
    result["queue"] = {
        "documents": documents,
        "seconds": round(seconds, 3),
        "queries": queries,
    }
    # The same invoices posted in one transaction each way: the batch figure.
    for case in cases:
        ms, queries = case.post_batch(case.make(batch_size, 0))
        result["modes"][case.mode]["batch_ms_per_posting"] = round(1000 * ms, 1)
        result["modes"][case.mode]["batch_queries_per_posting"] = round(queries, 1)
    documents, seconds, _queries = book_queue(Env)
    result["batch_queue"] = {"documents": documents, "seconds": round(seconds, 3)}

    # Every contribution exact to the cent, once; none where skipped.
    Env.invalidate_all()
    wrong = 0
    for move in Env["account.move"].browse(cases[2].posted):
        expected = move.company_currency_id.round(move.amount_untaxed_signed * 0.10)
        contributions = move.coop_contribution_ids
        if len(contributions) != 1 or contributions.amount != expected:
            wrong += 1
    wrong += sum(
        bool(move.coop_contribution_ids)
        for move in Env["account.move"].browse(cases[1].posted)
    )
    result["wrong_contributions"] = wrong
    result["queue_left"] = Env["coop.contribution.queue"].search_count([])
print("BENCH " + json.dumps(result))
