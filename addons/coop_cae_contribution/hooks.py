# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).


def post_init_hook(env):
    """Set the contribution up on the companies that existed before this addon:
    the default scheme, and the Contributions journal and account for those
    whose French chart of accounts is installed (the chart brings them to the
    companies that install it later)."""
    companies = env["res.company"].with_context(active_test=False).search([])
    companies.filtered(
        lambda c: not c.coop_contribution_scheme_id
    ).coop_contribution_scheme_id = companies._default_coop_contribution_scheme_id()
    env["account.chart.template"]._coop_load_contribution_data(companies)
