#!/usr/bin/env python3
# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Booking benchmark of coop_coworking (issue 7's acceptance figures).

Fills a database with 50,000 bookings over 20 resources, then prints:
- the time to find the free slots of every resource for one week (goal: under
  100 ms);
- the time to create one booking through the ORM with 1,000 and with 50,000
  bookings already there (it must not grow with the number of bookings: the
  overlap check and the exclusion constraint both use the GiST index).

Everything happens in one transaction that is rolled back at the end: the
database is left as it was. Run it on a database where coop_coworking is
installed, e.g. the kept test database:

    /opt/odoo/venv/bin/python addons/coop_coworking/benchmarks/bench_booking.py \\
        -c var/odoo.conf -d cowork_dev
"""

import argparse
import statistics
import time
from datetime import datetime, timedelta

RESOURCES = 20
TOTAL = 50_000
FIRST_DAY = datetime(2020, 1, 6)
RUNS = 25


def insert_bookings(env, resource_ids, first, last):
    """Bookings number `first` to `last` - 1, spread over the resources: one
    two-hour booking per resource and day, 9:00 to 11:00 UTC. Plain SQL: the
    point is the size of the tables, not the time to fill them."""
    env.cr.execute(
        """
        WITH numbers AS (
            SELECT n, %(ids)s::int[] AS ids
              FROM generate_series(%(first)s, %(last)s - 1) n
        ), rows AS (
            SELECT ids[1 + n %% array_length(ids, 1)] AS resource_id,
                   %(day0)s::timestamp + (n / array_length(ids, 1)) * interval '1 day'
                       + interval '9 hours' AS start
              FROM numbers
        ), bookings AS (
            INSERT INTO coop_coworking_booking
                (name, company_id, booker_type, user_id, resource_id, resource_kind,
                 start, stop, duration, state, charge_mode, create_uid, write_uid,
                 create_date, write_date)
            SELECT 'Benchmark', %(company)s, 'staff', %(uid)s, resource_id, 'desk',
                   start, start + interval '2 hours', 2.0, 'confirmed', 'invoice',
                   %(uid)s, %(uid)s, now(), now()
              FROM rows
            RETURNING id, resource_id, start, stop, user_id, company_id
        )
        INSERT INTO coop_coworking_booking_line
            (booking_id, resource_id, resource_kind, start, stop, duration, state,
             user_id, booker_type, company_id, create_uid, write_uid, create_date,
             write_date)
        SELECT id, resource_id, 'desk', start, stop, 2.0, 'confirmed', user_id,
               'staff', company_id, %(uid)s, %(uid)s, now(), now()
          FROM bookings
        """,
        {
            "ids": resource_ids,
            "first": first,
            "last": last,
            "day0": FIRST_DAY,
            "company": env.company.id,
            "uid": env.uid,
        },
    )
    env.cr.execute("ANALYZE coop_coworking_booking_line")


def time_creates(env, resources, day):
    """Median time of RUNS bookings created through the ORM (checks, slots,
    exclusion constraint, tracking), each on a free afternoon slot."""
    Booking = env["coop.coworking.booking"]
    timings = []
    for run in range(RUNS):
        resource = resources[run % len(resources)]
        start = day + timedelta(days=run // len(resources), hours=14)
        began = time.perf_counter()
        Booking.create(
            {
                "booker_type": "staff",
                "resource_id": resource.id,
                "start": start,
                "stop": start + timedelta(hours=1),
            }
        )
        env.flush_all()
        timings.append(time.perf_counter() - began)
    return statistics.median(timings) * 1000


def time_free_slots(env, resources, week_start):
    timings = []
    for _run in range(RUNS):
        env.invalidate_all()
        began = time.perf_counter()
        free = resources._coop_free_slots(week_start, week_start + timedelta(days=7))
        timings.append(time.perf_counter() - began)
    slots = sum(len(value) for value in free.values())
    return statistics.median(timings) * 1000, slots


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("-d", "--database", required=True)
    args = parser.parse_args()

    from odoo import SUPERUSER_ID, api
    from odoo.modules.registry import Registry
    from odoo.tools import config

    config.parse_config(["-c", args.config, "-d", args.database])
    registry = Registry(args.database)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": False})
        calendar = env.ref("resource.resource_calendar_std")
        resources = env["coop.coworking.resource"].create(
            [
                {
                    "name": f"Benchmark {index:02d}",
                    "kind": "desk",
                    "max_advance_days": 0,
                    "max_duration": 0.0,
                    "min_duration": 0.0,
                    # Half with opening hours, half open day and night.
                    "resource_calendar_id": calendar.id if index % 2 else False,
                }
                for index in range(RESOURCES)
            ]
        )
        ids = resources.ids
        # Booked days run from FIRST_DAY; new bookings go after the filled days
        # of the largest run, on afternoons that are always free.
        last_day = FIRST_DAY + timedelta(days=TOTAL // RESOURCES + 10)
        while last_day.weekday() != 0:
            last_day += timedelta(days=1)

        insert_bookings(env, ids, 0, 1_000)
        create_1k = time_creates(env, resources, last_day)
        insert_bookings(env, ids, 1_000, TOTAL)
        create_50k = time_creates(env, resources, last_day + timedelta(days=14))
        week = FIRST_DAY + timedelta(days=7 * 150)  # a booked week in the middle
        free_ms, free_count = time_free_slots(env, resources, week)
        env.cr.execute(
            "SELECT count(*) FROM coop_coworking_booking_line "
            "WHERE resource_id = ANY(%s)",
            [ids],
        )
        total = env.cr.fetchone()[0]
        print(f"bookings in the benchmark: {total} over {RESOURCES} resources")
        print(
            f"free slots of {RESOURCES} resources for one week: {free_ms:.1f} ms "
            f"(median of {RUNS}; {free_count} free slots; goal < 100 ms)"
        )
        print(f"create one booking with 1,000 existing:  {create_1k:.1f} ms (median)")
        print(f"create one booking with 50,000 existing: {create_50k:.1f} ms (median)")
        cr.rollback()


if __name__ == "__main__":
    main()
