# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""When a coworking resource is busy: the one place that says it.

A resource is busy during the half-open range [start, stop) of each booked
slot (``coop.coworking.booking.line``) in an active state, and during each
loan from its start until the equipment comes back: ``tsrange(date_start,
date_returned)``, open-ended while it has not come back. Two PostgreSQL
exclusion constraints, written with the same range expressions, refuse
overlapping booked slots and overlapping loans of one resource even for two
transactions at the same instant; the queries below use those expressions so
that the constraints' GiST indexes answer them.

Raw SQL on purpose: availability must see everybody's slots whatever the
user's record rules (it returns no name, no purpose, no person), and must not
flush the records being changed (their constraint would fire before the clear
message of the caller).
"""

import logging
import re
from collections import defaultdict
from contextlib import contextmanager

import psycopg2.errors
import pytz

from odoo import fields
from odoo.exceptions import ValidationError
from odoo.tools import SQL, mute_logger
from odoo.tools.misc import get_lang

_logger = logging.getLogger(__name__)

# Booked slots that make a resource busy; booked slots that count as used in
# the occupancy figures (a no-show still kept the room from others).
ACTIVE_STATES = ("requested", "confirmed")
OCCUPIED_STATES = ("confirmed", "done", "no_show")

SLOT_RANGE = "tsrange(start, stop, '[)')"
LOAN_RANGE = "tsrange(date_start, date_returned, '[)')"


def exclusion(range_sql, where=""):
    """The exclusion constraint refusing two overlapping ranges of a resource."""
    constraint = f"EXCLUDE USING gist (resource_id WITH =, {range_sql} WITH &&)"
    return f"{constraint} WHERE ({where})" if where else constraint


# PostgreSQL's detail of an exclusion violation names the existing row:
# "... conflicts with existing key (resource_id, tsrange(...))=(7, ["2026-03-02
# 09:00:00","2026-03-02 10:00:00"))." An open-ended loan has no upper bound.
EXISTING_KEY = re.compile(r'existing key .*\)=\((\d+), \["?([^",]+)"?,"?([^",)]*)"?\)')


def _overlapping(range_sql, slots):
    """Rows whose range overlaps any of `slots`, [(resource ids, start, stop)]."""
    return SQL(" OR ").join(
        SQL(
            "(resource_id = ANY(%s) AND %s && tsrange(%s, %s, '[)'))",
            list(resource_ids),
            SQL(range_sql),
            start,
            stop,
        )
        for resource_ids, start, stop in slots
    )


def busy_rows(
    slots=None,
    states=ACTIVE_STATES,
    exclude_booking_ids=(),
    exclude_loan_ids=(),
    bookings=True,
    loans=True,
):
    """SQL of the busy rows: id (even for a booked slot, odd for a loan),
    resource_id, start, stop (a loan's return, or its due date while it is
    out), company_id, booker_type, is_loan and is_out (lent, not back yet).
    With `slots`, only the rows overlapping one of them."""
    parts = []
    if bookings:
        parts.append(
            SQL(
                """
                SELECT id * 2 AS id, resource_id, start, stop, company_id,
                       booker_type, FALSE AS is_loan, FALSE AS is_out
                  FROM coop_coworking_booking_line
                 WHERE state IN %s AND NOT booking_id = ANY(%s) AND (%s)
                """,
                tuple(states),
                list(exclude_booking_ids),
                _overlapping(SLOT_RANGE, slots) if slots else SQL("TRUE"),
            )
        )
    if loans:
        parts.append(
            SQL(
                """
                SELECT id * 2 + 1 AS id, resource_id, date_start AS start,
                       coalesce(date_returned, date_due) AS stop, company_id,
                       NULL AS booker_type, TRUE AS is_loan,
                       date_returned IS NULL AS is_out
                  FROM coop_coworking_loan
                 WHERE NOT id = ANY(%s) AND (%s)
                """,
                list(exclude_loan_ids),
                _overlapping(LOAN_RANGE, slots)
                if slots
                else SQL("NOT isempty(%s)", SQL(LOAN_RANGE)),
            )
        )
    return SQL(" UNION ALL ").join(parts)


def find_conflicts(env, slots, **options):
    """Busy rows overlapping any of `slots`, a list of (resources, start,
    stop), in one query whatever the number of slots: a list of (resource,
    start, stop, is_loan) sorted by start, stop None for equipment not back
    after its due date. `options` are those of busy_rows."""
    slots = [(resources.ids, start, stop) for resources, start, stop in slots]
    if not slots:
        return []
    # Equipment still out after its due date has no known end: no stop.
    rows = env.execute_query(
        SQL(
            "SELECT resource_id, start, CASE WHEN is_out AND stop < %s THEN NULL "
            "ELSE stop END, is_loan FROM (%s) busy ORDER BY start, resource_id",
            fields.Datetime.now(),
            busy_rows(slots, **options),
        )
    )
    Resource = env["coop.coworking.resource"].sudo()
    return [
        (Resource.browse(resource_id), begin, end, is_loan)
        for resource_id, begin, end, is_loan in rows
    ]


def busy_intervals(env, resource_ids, start, stop):
    """Busy intervals of each resource between two naive UTC datetimes, in one
    query: {resource id: [(start, stop)]} sorted by start. Equipment that is
    out stays busy to the end of the period, even past its due date."""
    rows = env.execute_query(
        SQL(
            "SELECT resource_id, start, stop, is_out FROM (%s) busy ORDER BY 1, 2",
            busy_rows([(resource_ids, start, stop)]),
        )
    )
    busy = defaultdict(list)
    for resource_id, begin, end, is_out in rows:
        busy[resource_id].append((begin, max(end, stop) if is_out else end))
    return busy


def occupied_hours(env, resource_ids, start, stop):
    """Hours booked (confirmed, done, no-show) inside a period, per resource
    and kind of booker, in one grouped query: {(resource id, booker type): hours}."""
    rows = env.execute_query(
        SQL(
            """
            SELECT resource_id, booker_type,
                   sum(extract(epoch FROM least(stop, %(stop)s)
                       - greatest(start, %(start)s)))::float / 3600
              FROM (%(rows)s) busy
          GROUP BY 1, 2
            """,
            start=start,
            stop=stop,
            rows=busy_rows(
                [(resource_ids, start, stop)], states=OCCUPIED_STATES, loans=False
            ),
        )
    )
    return {(resource_id, kind): hours for resource_id, kind, hours in rows}


def format_slot(env, start, stop=None):
    """ "03/02/2026 09:00 to 03/02/2026 11:00" in the user's language and the
    cooperative's time zone (the date format of the language, hours and
    minutes); without `stop`, the start alone."""
    tz = pytz.timezone(env.company._coop_tz())
    pattern = f"{get_lang(env).date_format} %H:%M"

    def local(value):
        return pytz.utc.localize(value).astimezone(tz).strftime(pattern)

    if not stop:
        return local(start)
    return env._("%(start)s to %(stop)s", start=local(start), stop=local(stop))


@contextmanager
def exclusion_guard(env, message):
    """Turn PostgreSQL's exclusion violation (a concurrent transaction took
    the slot since our check, or two rows of one batch overlap) into a clear
    message: `message(resource, start, stop)` with the existing row's range,
    or with empty values when the detail cannot be read. The savepoint keeps
    the transaction usable after the refusal."""
    try:
        # The refusal is expected: logged below, not as a failed query.
        with mute_logger("odoo.sql_db"), env.cr.savepoint(flush=False):
            yield
    except psycopg2.errors.ExclusionViolation as error:
        _logger.info("Overlap refused by the database: %s", error)
        match = EXISTING_KEY.search(error.diag.message_detail or "")
        if not match:
            raise ValidationError(message(None, None, None)) from None
        resource = env["coop.coworking.resource"].sudo().browse(int(match[1]))
        begin = fields.Datetime.to_datetime(match[2])
        end = fields.Datetime.to_datetime(match[3]) if match[3] else None
        raise ValidationError(message(resource, begin, end)) from None
