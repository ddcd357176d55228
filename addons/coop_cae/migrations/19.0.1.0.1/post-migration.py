# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """The rules of security/account_security.xml are noupdate: databases
    made before 19.0.1.0.1 keep the full reconciliations' rule refusing the
    create an entrepreneur's own payment needs."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    rule = env.ref("coop_cae.account_full_reconcile_rule_entrepreneur", False)
    if rule:
        rule.perm_create = False
