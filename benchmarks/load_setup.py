# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Run by bin/load-test in `odoo shell`: the users of the load test.

Entrepreneurs load.entrepreneur.1..N (password: their login), each running an
activity allowed to post its own invoices, with a client and a service; staff
load.staff.1..M. Idempotent: a second run finds them.

COOP_LOAD_CASE=plain (a database with Odoo's invoicing and employees alone):
the same logins as plain Odoo users, the entrepreneurs with Invoicing's
billing rights and an employee each, the staff Invoicing administrators."""

import os

env = env  # noqa: F821 (odoo shell defines it)
plain = os.environ.get("COOP_LOAD_CASE") == "plain"
entrepreneurs = int(os.environ.get("COOP_LOAD_ENTREPRENEURS", "50"))
staff_count = int(os.environ.get("COOP_LOAD_STAFF", "5"))
Users = env["res.users"].with_context(no_reset_password=True)
if plain:
    staff_group = env.ref("account.group_account_manager") | env.ref("hr.group_hr_user")
    # Billing, and creating their clients as coop_cae's entrepreneurs do.
    entrepreneur_group = env.ref("account.group_account_invoice") | env.ref(
        "base.group_partner_manager"
    )
else:
    staff_group = env.ref("coop_cae.coop_cae_group_user")
    entrepreneur_group = env.ref("coop_cae.coop_cae_group_entrepreneur")
# The entrepreneurs post their invoices once the cooperative's legal identity
# is set (coop_cae_l10n_fr): the demo company has it, a bare database not.
if not plain and not env.company.coop_rcs_city:
    env.company.write(
        {
            "company_registry": "81234567600017",
            "coop_legal_form": "SCOP SA",
            "coop_capital_variable": True,
            "coop_rcs_city": "Arras",
        }
    )
for number in range(1, staff_count + 1):
    login = f"load.staff.{number}"
    if not Users.search_count([("login", "=", login)]):
        Users.create(
            {
                "name": f"Salarié permanent {number}",
                "login": login,
                "password": login,
                "group_ids": [(4, group.id) for group in staff_group],
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
            "group_ids": [(4, group.id) for group in entrepreneur_group],
        }
    )
    employee = {"name": user.name, "user_id": user.id}
    if not plain:
        employee.update(
            is_entrepreneur=True,
            coop_trade_name=f"Activité de charge {number}",
            coop_stage="associate",
            coop_can_post_invoices=True,
        )
    env["hr.employee"].create(employee)
    env["res.partner"].with_user(user).create(
        {"name": f"Client de l'entrepreneur {number}", "is_company": True}
    )
env.cr.commit()
print(f"load users ready: {entrepreneurs} entrepreneurs, {staff_count} staff")
