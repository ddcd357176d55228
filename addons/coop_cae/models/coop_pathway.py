# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Date arithmetic of the entrepreneur's pathway, shared by the contracts.

How months count (the rule the whole addon follows):

- A month runs from a date to the same date of the next month; when that day
  does not exist the month ends on the last day of the shorter month
  (31 January + 1 month = 28 or 29 February; 29 February 2024 + 36 months =
  28 February 2027). This is dateutil's ``relativedelta``.
- A contract that ends on day D covers up to the end of D: its length is
  measured from its start to the day after its end, as whole months plus the
  remaining days (1 March to 31 May = 3 months 0 days; 15 January to
  20 March = 2 months 6 days). The same rule gives the 12-month limit of a
  CAPE: a period starting on D ends at the latest the day before D + 12
  months. At month ends it follows the clamping: 31 January to 28 February
  2024 is one month (the month from 31 January ends on 29 February minus a
  day), 31 January to 30 April is 3 months and 1 day.
- Partial months are not rounded: the remaining days are counted as days. An
  earlier CAPE of 6 months and 10 days brings the associé deadline forward by
  6 months, then 10 days (months first, then days).
"""

from datetime import timedelta

from dateutil.relativedelta import relativedelta

# A CAPE period lasts at most this many months (C. com. L127-2).
CAPE_MAX_MONTHS = 12
# A CAPE is renewed at most twice (C. com. L127-2).
CAPE_MAX_RENEWALS = 2
# An entrepreneur-salarié becomes associé within 36 months of the CESA, minus
# any earlier CAPE (C. trav. L7331-3).
ASSOCIATE_MONTHS = 36
# The CESA trial period lasts at most 8 months, minus any earlier CAPE.
CESA_TRIAL_MONTHS = 8


def period_length(date_start, date_end):
    """Length of the period [date_start, date_end] (both days included), as a
    relativedelta of months and days."""
    if not date_start or not date_end or date_end < date_start:
        return relativedelta()
    length = relativedelta(date_end + timedelta(days=1), date_start)
    return relativedelta(months=length.years * 12 + length.months, days=length.days)


def sum_lengths(lengths):
    total = relativedelta()
    for length in lengths:
        total += length
    return relativedelta(months=total.years * 12 + total.months, days=total.days)


def last_day_of_period(date_start, months):
    """The last day of a period of `months` months starting on date_start."""
    return date_start + relativedelta(months=months) - timedelta(days=1)


def limit_minus(date_from, months, deduction):
    """date_from + months, then minus the deduction (months first, then days)."""
    deduction = deduction or relativedelta()
    return (
        date_from
        + relativedelta(months=months)
        - relativedelta(months=deduction.years * 12 + deduction.months)
        - timedelta(days=deduction.days)
    )


def format_length(env, length):
    return env._(
        "%(months)s months and %(days)s days",
        months=length.years * 12 + length.months,
        days=length.days,
    )
