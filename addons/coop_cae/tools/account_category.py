# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The category of an activity's journal item, by its general account's code
in the French chart (PCG): the one mapping of issue 17, which the activity
statement, the treasury, the table of the activities and the variable pay
read, so that every screen of an activity adds up the same figures.

A plain module of `tools/` (as Odoo's account/tools), not a model: it holds
no data and no record, only what several addons import; coop_cae is the
dependency they all share.

The longest prefix of a code that is listed gives its category: the
exceptions win over their class (706800 transfers between activities,
coop_cae_transfer; 706900 the contribution, coop_cae_contribution; 641
salaries among the 64 charges). Direct costs are those the CESA's variable
pay deducts: purchases, materials and goods (60, 604 included),
subcontracting (611) and travel and missions (625). Classes 1 to 5
(balance sheet accounts) have no category."""

from odoo.tools import SQL

CATEGORY_BY_ACCOUNT_PREFIX = {
    "706800": "transfer",
    "706900": "contribution",
    "70": "revenue",
    "60": "direct_cost",
    "604": "direct_cost",
    "611": "direct_cost",
    "625": "direct_cost",
    "641": "salary",
    "64": "social_charge",
    "6": "other_cost",
    "7": "other_income",
}

# The labels of the categories, for the selection fields that show them: as
# with Odoo's own selection constants (account's PAYMENT_STATE_SELECTION),
# they are translated as the selection of each field that uses them.
CATEGORIES = [
    ("revenue", "Revenue excl. VAT"),
    ("other_income", "Other Income"),
    ("transfer", "Transfers between Activities"),
    ("contribution", "Contribution"),
    ("direct_cost", "Direct Costs"),
    ("other_cost", "Other Costs"),
    ("salary", "Salaries"),
    ("social_charge", "Social Charges"),
]

# The categories that are costs of the activity: the statement shows them as
# positive amounts, which the result subtracts.
COST_CATEGORIES = frozenset(
    {"contribution", "direct_cost", "other_cost", "salary", "social_charge"}
)

# Longest first: the order the SQL CASE tries them in.
_PREFIXES_LONGEST_FIRST = sorted(
    CATEGORY_BY_ACCOUNT_PREFIX.items(), key=lambda item: len(item[0]), reverse=True
)


def account_category(code):
    """The category of the account `code`, or None (classes 1 to 5)."""
    for length in range(len(code or ""), 0, -1):
        if category := CATEGORY_BY_ACCOUNT_PREFIX.get(code[:length]):
            return category
    return None


def account_category_sql(code):
    """SQL CASE giving the category of the account code the SQL expression
    `code` evaluates to, or NULL: the same as account_category()."""
    return SQL(
        "CASE %s END",
        SQL(" ").join(
            SQL("WHEN %s LIKE %s THEN %s", code, f"{prefix}%", category)
            for prefix, category in _PREFIXES_LONGEST_FIRST
        ),
    )
