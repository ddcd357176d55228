# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tools import SQL


def pre_init_hook(env):
    """The exclusion constraints (no double booking, no double loan) mix an
    equality on an integer (the resource) with an overlap of ranges in one GiST
    index: plain GiST has no operator class for integers, btree_gist gives it.
    It ships with PostgreSQL's contrib and is trusted, so the database owner may
    create it."""
    env.cr.execute(SQL("CREATE EXTENSION IF NOT EXISTS btree_gist"))
