# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The load test's users (bin/load-test), talking JSON-RPC to the server as
the web client does: entrepreneurs list, create and post invoices and book
rooms; staff open the validation queue and the entrepreneurs' table.

A refusal the application gives on purpose (a room already booked for that
slot) is counted apart as "refused", not as an error: the load test's errors
are the server's failures (HTTP errors, tracebacks, time-outs).

COOP_LOAD_CASE=plain: the same users do the same work on plain Odoo (bin/load-test
runs both): the invoices to validate are the draft invoices, the entrepreneurs'
table the employees' list, a room booking a calendar event.

Besides locust's own figures over the whole run, the ramp-up included (the 60
users log in then, each login hashing its password), it writes to
COOP_LOAD_STEADY_FILE the figures of the steady state, once every user has
logged in, and the share of the machine's CPU that the run used, the load
generator's own share apart: it runs on the same cores as the server."""

import itertools
import json
import os
import random
import resource
import time as clock
from datetime import date, datetime, time, timedelta

from locust import between, events, task
from locust.contrib.fasthttp import FastHttpUser

ENTREPRENEURS = int(os.environ.get("COOP_LOAD_ENTREPRENEURS", "50"))
STAFF = int(os.environ.get("COOP_LOAD_STAFF", "5"))
DB = os.environ["COOP_LOAD_DB"]
PLAIN = os.environ.get("COOP_LOAD_CASE") == "plain"
_entrepreneur_numbers = itertools.cycle(range(1, ENTREPRENEURS + 1))
_staff_numbers = itertools.cycle(range(1, STAFF + 1))
REFUSED = {"count": 0}
# Every request's (end time, response time in ms, failed), and the moments the
# run started and its last user was spawned (then logged in).
SAMPLES = []
RUN = {}


def _cpu_ticks():
    """The machine's busy and total CPU time so far (/proc/stat, in ticks)."""
    with open("/proc/stat") as stat:
        ticks = [int(tick) for tick in stat.readline().split()[1:]]
    idle = ticks[3] + ticks[4]  # idle and iowait
    return sum(ticks) - idle, sum(ticks)


def _own_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@events.request.add_listener
def _record_request(response_time, exception=None, **kwargs):
    SAMPLES.append((clock.monotonic(), response_time, exception is not None))


@events.test_start.add_listener
def _start(environment, **kwargs):
    RUN.update(start=clock.monotonic(), cpu=_cpu_ticks(), own=_own_cpu_seconds())


def _user_ready(environment):
    """One more user logged in and read what it works with: with the last
    one, the steady state begins."""
    RUN["ready"] = RUN.get("ready", 0) + 1
    if RUN["ready"] == environment.parsed_options.num_users:
        RUN.update(
            steady=clock.monotonic(),
            steady_cpu=_cpu_ticks(),
            steady_own=_own_cpu_seconds(),
        )


def _percentile(times, share):
    """The nearest-rank percentile of the sorted `times`."""
    return times[max(0, min(len(times) - 1, round(share * len(times)) - 1))]


@events.test_stop.add_listener
def _write_steady_state(environment, **kwargs):
    print(f"refused by the application on purpose (room taken): {REFUSED['count']}")
    end, (busy, total), own = clock.monotonic(), _cpu_ticks(), _own_cpu_seconds()
    since = RUN.get("steady", RUN["start"])
    steady = [sample for sample in SAMPLES if sample[0] >= since]
    times = sorted(sample[1] for sample in steady)
    busy0, total0 = RUN.get("steady_cpu", RUN["cpu"])
    cores = os.cpu_count() or 1
    figures = {
        "seconds": end - since,
        "requests": len(steady),
        "errors": sum(1 for sample in steady if sample[2]),
        "rps": len(steady) / (end - since) if end > since else 0.0,
        "p50": _percentile(times, 0.50) if times else 0,
        "p95": _percentile(times, 0.95) if times else 0,
        "p99": _percentile(times, 0.99) if times else 0,
        # Over the steady state: the machine's busy share of all its cores,
        # and the load generator's own share.
        "machine_busy": (busy - busy0) / (total - total0) if total > total0 else 0.0,
        "generator_busy": (own - RUN.get("steady_own", RUN["own"]))
        / ((end - since) * cores),
        "cores": cores,
    }
    if path := os.environ.get("COOP_LOAD_STEADY_FILE"):
        with open(path, "w") as out:
            json.dump(figures, out)


class OdooUser(FastHttpUser):
    abstract = True
    wait_time = between(2, 6)
    login = None

    def on_start(self):
        self.rpc_id = 0
        answer = self._post(
            "/web/session/authenticate",
            {"db": DB, "login": self.login, "password": self.login},
            name="login",
        )
        self.uid = answer["uid"]

    def _post(self, url, params, name):
        self.rpc_id += 1
        with self.client.post(
            url,
            json={
                "jsonrpc": "2.0",
                "method": "call",
                "id": self.rpc_id,
                "params": params,
            },
            name=name,
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
                return None
            body = response.json()
            error = body.get("error")
            if error:
                message = error.get("data", {}).get("message", "")
                if error.get("data", {}).get("name", "").endswith(
                    "ValidationError"
                ) and ("booked" in message or "réservé" in message):
                    REFUSED["count"] += 1
                    response.success()
                    return None
                response.failure(
                    f"{error.get('data', {}).get('name')}: {message[:200]}"
                )
                return None
            return body.get("result")

    def call(self, model, method, args, kwargs=None, name=None):
        return self._post(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
            name=name or f"{model}.{method}",
        )


class Entrepreneur(OdooUser):
    weight = 11

    def on_start(self):
        self.login = f"load.entrepreneur.{next(_entrepreneur_numbers)}"
        super().on_start()
        self.partner_ids = [
            p["id"]
            for p in self.call(
                "res.partner",
                "search_read",
                [[("is_company", "=", True)]],
                {"fields": ["id"], "limit": 5},
            )
            or []
        ]
        self.product_ids = [
            p["id"]
            for p in self.call(
                "product.product",
                "search_read",
                [[("name", "=", "Prestation (test de charge)")]],
                {"fields": ["id"]},
            )
            or []
        ]
        if not PLAIN:
            self.resource_ids = [
                r["id"]
                for r in self.call(
                    "coop.coworking.resource",
                    "search_read",
                    [[("kind", "!=", "equipment")]],
                    {"fields": ["id"]},
                )
                or []
            ]
        _user_ready(self.environment)

    @task(5)
    def list_invoices(self):
        self.call(
            "account.move",
            "web_search_read",
            [[("move_type", "in", ["out_invoice", "out_refund"])]],
            {
                "specification": {
                    "name": {},
                    "partner_id": {"fields": {"display_name": {}}},
                    "invoice_date": {},
                    "amount_total_signed": {},
                    "payment_state": {},
                    "state": {},
                },
                "limit": 80,
                "order": "invoice_date desc, id desc",
            },
            name="list invoices",
        )

    @task(2)
    def create_and_post_invoice(self):
        if not self.partner_ids or not self.product_ids:
            return
        move_ids = self.call(
            "account.move",
            "create",
            [
                [
                    {
                        "move_type": "out_invoice",
                        "partner_id": random.choice(self.partner_ids),
                        "invoice_date": date.today().isoformat(),
                        "invoice_line_ids": [
                            (
                                0,
                                0,
                                {
                                    "product_id": self.product_ids[0],
                                    "quantity": random.randint(1, 5),
                                },
                            )
                        ],
                    }
                ]
            ],
            name="create invoice",
        )
        if move_ids:
            self.call("account.move", "action_post", [move_ids], name="post invoice")

    @task(1)
    def book_room(self):
        day = date.today() + timedelta(days=random.randint(1, 40))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        # 10:00-16:00 Paris is 08:00-14:00 or 09:00-15:00 UTC: inside the opening hours.
        start = datetime.combine(day, time(9 + random.randint(0, 4)))
        if PLAIN:
            self.call(
                "calendar.event",
                "create",
                [
                    [
                        {
                            "name": "Salle de réunion",
                            "start": start.strftime("%Y-%m-%d %H:%M:%S"),
                            "stop": (start + timedelta(hours=1)).strftime(
                                "%Y-%m-%d %H:%M:%S"
                            ),
                        }
                    ]
                ],
                name="book a room",
            )
            return
        if not self.resource_ids:
            return
        self.call(
            "coop.coworking.booking",
            "create",
            [
                [
                    {
                        "resource_id": random.choice(self.resource_ids),
                        "start": start.strftime("%Y-%m-%d %H:%M:%S"),
                        "stop": (start + timedelta(hours=1)).strftime(
                            "%Y-%m-%d %H:%M:%S"
                        ),
                    }
                ]
            ],
            name="book a room",
        )


class Staff(OdooUser):
    weight = 1

    def on_start(self):
        self.login = f"load.staff.{next(_staff_numbers)}"
        super().on_start()
        _user_ready(self.environment)

    @task(3)
    def validation_queue(self):
        if PLAIN:
            domain = [("move_type", "=", "out_invoice"), ("state", "=", "draft")]
            who = "partner_id"
        else:
            domain = [("coop_to_validate", "=", True)]
            who = "coop_activity_id"
        self.call(
            "account.move",
            "web_search_read",
            [domain],
            {
                "specification": {
                    "name": {},
                    who: {"fields": {"display_name": {}}},
                    "amount_total": {},
                },
                "limit": 80,
            },
            name="validation queue",
        )

    @task(2)
    def entrepreneurs_table(self):
        self.call(
            "hr.employee",
            "web_search_read",
            [[] if PLAIN else [("is_entrepreneur", "=", True)]],
            {
                "specification": {"name": {}, "job_title": {}, "work_email": {}}
                if PLAIN
                else {"name": {}, "coop_trade_name": {}, "coop_stage": {}},
                "limit": 80,
            },
            name="entrepreneurs table",
        )
