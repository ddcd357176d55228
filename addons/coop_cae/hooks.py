# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).


def post_init_hook(env):
    """Set the cooperative up on the companies that existed before coop_cae."""
    env["res.company"].with_context(active_test=False).search(
        []
    )._coop_setup_cooperative()
