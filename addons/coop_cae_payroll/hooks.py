# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).


def post_init_hook(env):
    """Companies whose French chart was installed before this addon get the
    Salaries journal and the URSSAF account (the chart brings them to those
    that install it later)."""
    companies = env["res.company"].with_context(active_test=False).search([])
    env["account.chart.template"]._coop_load_payroll_data(companies)
