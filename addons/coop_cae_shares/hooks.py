# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).


def post_init_hook(env):
    """Set the share capital accounts of the companies whose chart was loaded
    before this addon (the chart template sets those of later ones)."""
    env["res.company"].with_context(active_test=False).search(
        []
    )._coop_setup_share_accounts()
