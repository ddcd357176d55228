# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The codes of the accounts and journals the cooperative's code looks up or
creates in the French chart: the one place they are written."""

# Internal transfers of the contribution (income, always balanced to zero).
CONTRIBUTION_ACCOUNT_CODE = "706900"
# The journal of the contribution entries.
CONTRIBUTION_JOURNAL_CODE = "CONTR"
