# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Run by bin/load-test in `odoo shell`: the users of the load test.

Entrepreneurs load.entrepreneur.1..N (password: their login), each running an
activity allowed to post its own invoices, with a client and a service; staff
load.staff.1..M. Idempotent: a second run finds them."""

import os

env = env  # noqa: F821 (odoo shell defines it)
entrepreneurs = int(os.environ.get("COOP_LOAD_ENTREPRENEURS", "50"))
staff_count = int(os.environ.get("COOP_LOAD_STAFF", "5"))
Users = env["res.users"].with_context(no_reset_password=True)
staff_group = env.ref("coop_cae.coop_cae_group_user")
# The entrepreneurs post their invoices once the cooperative's legal identity
# is set (coop_cae_l10n_fr): the demo company has it, a bare database not.
if not env.company.coop_rcs_city:
    env.company.write(
        {
            "company_registry": "81234567600017",
            "coop_legal_form": "SCOP SA",
            "coop_capital_variable": True,
            "coop_rcs_city": "Arras",
        }
    )
entrepreneur_group = env.ref("coop_cae.coop_cae_group_entrepreneur")
for number in range(1, staff_count + 1):
    login = f"load.staff.{number}"
    if not Users.search_count([("login", "=", login)]):
        Users.create(
            {
                "name": f"Salarié permanent {number}",
                "login": login,
                "password": login,
                "group_ids": [(4, staff_group.id)],
            }
        )
service = env["product.product"].search(
    [("name", "=", "Prestation (test de charge)")], limit=1
)
if not service:
    service = env["product.product"].create(
        {"name": "Prestation (test de charge)", "type": "service", "list_price": 120.0}
    )
for number in range(1, entrepreneurs + 1):
    login = f"load.entrepreneur.{number}"
    user = Users.search([("login", "=", login)], limit=1)
    if user:
        continue
    user = Users.create(
        {
            "name": f"Entrepreneur {number}",
            "login": login,
            "password": login,
            "group_ids": [(4, entrepreneur_group.id)],
        }
    )
    env["hr.employee"].create(
        {
            "name": user.name,
            "user_id": user.id,
            "is_entrepreneur": True,
            "coop_trade_name": f"Activité de charge {number}",
            "coop_stage": "associate",
            "coop_can_post_invoices": True,
        }
    )
    env["res.partner"].with_user(user).create(
        {"name": f"Client de l'entrepreneur {number}", "is_company": True}
    )
env.cr.commit()
print(f"load users ready: {entrepreneurs} entrepreneurs, {staff_count} staff")
