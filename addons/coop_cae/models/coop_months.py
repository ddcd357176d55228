# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""How months count: the one place that says it (the CAPE periods and their
12-month limit, the CESA trial period, the associé deadline).

- A deadline of N months after D falls on the same date N months later, or on
  the last day of that month when the date does not exist there (29 February
  2028 + 35 months = 29 January 2031; 31 March + 11 months = 28 or 29
  February): ``add_months``.
- A period of N months starting on D ends the day before the same date N
  months later; when that date does not exist, on the last day of that month
  (29 February 2028 + 12 months ends on 28 February 2029; 31 January 2028 +
  1 month ends on 29 February 2028; 1 March + 3 months ends on 31 May):
  ``period_end``.
- The length of a period [start, end] (both days included) is the largest
  number of whole months N whose period ends by its end, then the days left
  after that N-month period (1 March to 31 May = 3 months; 15 January to 20
  March = 2 months 6 days; 31 January to 28 February 2028 = 28 days, as the
  month from 31 January 2028 ends on 29 February): ``period_length``.
- Partial months are never rounded. A deduction (the earlier CAPE) takes its
  months from the number of months first, then its days from the date:
  ``add_months_minus`` and ``period_end_minus``.

Lengths are ``relativedelta(months=..., days=...)``, never with years.
"""

from datetime import timedelta

from dateutil.relativedelta import relativedelta


def add_months(date, months):
    """The same date `months` months later (earlier when negative), or the
    last day of that month."""
    return date + relativedelta(months=months)


def period_end(date_start, months):
    """The last day of a period of `months` months starting on date_start."""
    same_date = add_months(date_start, months)
    if same_date.day != date_start.day:
        # That date does not exist: the period ends on the month's last day.
        return same_date
    return same_date - timedelta(days=1)


def total_months(length):
    return length.years * 12 + length.months


def period_length(date_start, date_end):
    """Length of the period [date_start, date_end] (both days included), as
    whole months then days."""
    if not date_start or not date_end or date_end < date_start:
        return relativedelta()
    months = (date_end.year - date_start.year) * 12 + date_end.month
    months -= date_start.month - 1
    while months > 0 and period_end(date_start, months) > date_end:
        months -= 1
    return relativedelta(
        months=months, days=(date_end - period_end(date_start, months)).days
    )


def sum_lengths(lengths):
    total = relativedelta()
    for length in lengths:
        total += length
    return relativedelta(months=total_months(total), days=total.days)


def add_months_minus(date_from, months, deduction):
    """The deadline of `months` months after date_from, less the deduction: its
    months first (on the number of months), then its days."""
    deduction = deduction or relativedelta()
    return add_months(date_from, months - total_months(deduction)) - timedelta(
        days=deduction.days
    )


def period_end_minus(date_start, months, deduction):
    """The last day of a period of `months` months from date_start, shortened
    by the deduction: its months first, then its days."""
    deduction = deduction or relativedelta()
    return period_end(date_start, months - total_months(deduction)) - timedelta(
        days=deduction.days
    )
