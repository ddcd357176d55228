# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Concurrent postings through the web client's JSON-RPC route.

Run by bin/benchmark-contribution against a multi-worker server on 127.0.0.1:
BENCH_CLIENTS (8) clients at once, client k logged in as
load.entrepreneur.(k mod 5 + 1) (made by benchmarks/load_setup.py), each
creating and posting BENCH_POSTINGS (40) invoices of one line. Any error the
server returns counts (a serialization failure Odoo could not retry is one a
user would see). Prints one JSON line: postings, errors, seconds, throughput."""

import json
import os
import sys
import threading
import time

import requests

url, db = sys.argv[1], sys.argv[2]
clients = int(os.environ.get("BENCH_CLIENTS", 8))
postings = int(os.environ.get("BENCH_POSTINGS", 40))
activities = int(os.environ.get("BENCH_CONCURRENT_ACTIVITIES", 5))


def rpc(session, path, params):
    response = session.post(
        f"{url}{path}",
        json={"jsonrpc": "2.0", "method": "call", "params": params},
        timeout=120,
    )
    response.raise_for_status()
    body = response.json()
    if "error" in body:
        raise RuntimeError(body["error"]["data"].get("message", body["error"]))
    return body["result"]


def call(session, model, method, args, kwargs=None):
    return rpc(
        session,
        f"/web/dataset/call_kw/{model}/{method}",
        {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
    )


errors = []
done = []
barrier = threading.Barrier(clients)


def client(number):
    login = f"load.entrepreneur.{number % activities + 1}"
    session = requests.Session()
    rpc(
        session,
        "/web/session/authenticate",
        {"db": db, "login": login, "password": login},
    )
    partner = call(
        session,
        "res.partner",
        "search",
        [[("name", "like", "Client de l'entrepreneur")]],
    )[0]
    product = call(
        session,
        "product.product",
        "search",
        [[("name", "=", "Prestation (test de charge)")]],
    )[0]
    barrier.wait()
    for index in range(postings):
        try:
            move_id = call(
                session,
                "account.move",
                "create",
                [
                    {
                        "move_type": "out_invoice",
                        "partner_id": partner,
                        "invoice_date": "2026-06-15",
                        "invoice_line_ids": [
                            (
                                0,
                                0,
                                {
                                    "product_id": product,
                                    "quantity": 1 + index % 3,
                                    "price_unit": 80.0 + number + index / 100,
                                },
                            )
                        ],
                    }
                ],
            )
            call(session, "account.move", "action_post", [[move_id]])
            done.append(move_id)
        except Exception as error:  # noqa: BLE001 - every error counts
            errors.append(str(error)[:200])


threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
start = time.perf_counter()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
seconds = time.perf_counter() - start
print(
    json.dumps(
        {
            "clients": clients,
            "postings": len(done),
            "errors": len(errors),
            "first_errors": errors[:3],
            "seconds": round(seconds, 2),
            "postings_per_second": round(len(done) / seconds, 1),
        }
    )
)
