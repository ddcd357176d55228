# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The pathway's legal durations, shared by the contracts. How months count
is written once, in coop_months.py."""

from .coop_months import total_months

# A CAPE period lasts at most this many months (C. com. L127-2).
CAPE_MAX_MONTHS = 12
# A CAPE is renewed at most twice (C. com. L127-2).
CAPE_MAX_RENEWALS = 2
# An entrepreneur-salarié becomes associé within 36 months of the CESA, minus
# any earlier CAPE (C. trav. L7331-3).
ASSOCIATE_MONTHS = 36
# The CESA trial period lasts at most 8 months, minus any earlier CAPE.
CESA_TRIAL_MONTHS = 8


def format_length(env, length):
    return env._(
        "%(months)s months and %(days)s days",
        months=total_months(length),
        days=length.days,
    )
