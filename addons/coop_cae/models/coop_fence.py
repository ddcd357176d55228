# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The ledger fence's shared pieces (see readme/SECURITY.md): who is fenced, and
the actions inside which Odoo itself changes what an entrepreneur may not write
(states, posted lines, other journals)."""

from contextlib import contextmanager
from contextvars import ContextVar

from odoo.fields import Domain

# Set by the actions (post, reset, cancel, reconcile, a payment's buttons)
# while they run. A context variable, not an Odoo context key: a JSON-RPC
# caller chooses the context it sends, never this.
_IN_ACTION = ContextVar("coop_cae_in_action", default=False)


@contextmanager
def coop_action():
    """Run Odoo's own action code: the fence lets its writes through."""
    token = _IN_ACTION.set(True)
    try:
        yield
    finally:
        _IN_ACTION.reset(token)


def coop_is_fenced(env):
    """An entrepreneur acting as themselves: not the staff, not sudo, and not
    inside an action."""
    return not env.su and not _IN_ACTION.get() and not env.user._coop_is_staff()


def coop_command_ids(value):
    """The ids of existing records an x2many write value names."""
    ids = set()
    for command in value or ():
        if isinstance(command, int):
            ids.add(command)
        elif isinstance(command, (list, tuple)) and command:
            if command[0] in (1, 4):
                ids.add(command[1])
            elif command[0] == 6:
                ids.update(command[2])
    return ids


def coop_document_domain(env, model_field, id_field):
    """Records about documents (followers, notifications) that the user may
    read: of a model they read, and of one of its records they may read when
    record rules restrict that model."""
    Rule = env["ir.rule"]
    readable, ruled = [], []
    for name, model_class in env.registry.items():
        if (
            model_class._abstract
            or "message_follower_ids" not in model_class._fields
            or not env[name].has_access("read")
        ):
            continue
        (ruled if Rule._compute_domain(name, "read") else readable).append(name)
    return Domain(model_field, "in", readable) | Domain.OR(
        Domain(model_field, "=", name) & Domain(id_field, "in", env[name]._search([]))
        for name in ruled
    )
