# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Run by bin/benchmark-contribution in `odoo shell`: the concurrency run's
entrepreneurs bench.entrepreneur.1..BENCH_CONCURRENT_ACTIVITIES (5), password
their login, each allowed to post their own invoices, with a client."""

import os

env = env  # noqa: F821 (odoo shell defines it)
Users = env["res.users"].with_context(no_reset_password=True)
group = env.ref("coop_cae.coop_cae_group_entrepreneur")
if not env["product.product"].search_count([("name", "=", "Séance (banc)")]):
    env["product.product"].create(
        {"name": "Séance (banc)", "type": "service", "list_price": 80.0}
    )
for number in range(1, int(os.environ.get("BENCH_CONCURRENT_ACTIVITIES", 5)) + 1):
    login = f"bench.entrepreneur.{number}"
    if Users.search_count([("login", "=", login)]):
        continue
    user = Users.create(
        {
            "name": f"Entrepreneur du banc {number}",
            "login": login,
            "password": login,
            "group_ids": [(4, group.id)],
        }
    )
    env["hr.employee"].create(
        {
            "name": user.name,
            "user_id": user.id,
            "is_entrepreneur": True,
            "coop_trade_name": f"Activité du banc {number}",
            "coop_stage": "associate",
            "coop_can_post_invoices": True,
        }
    )
    env["res.partner"].with_user(user).create(
        {"name": f"Client du banc {number}", "is_company": True}
    )
env.cr.commit()
