# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models, tools


class ResUsers(models.Model):
    _inherit = "res.users"

    def _coop_is_staff(self):
        """Staff (and the accountant, who is not an entrepreneur) act on every
        activity; an entrepreneur acts on their own only."""
        self.ensure_one()
        return self.has_group("coop_cae.coop_cae_group_user") or not self.has_group(
            "coop_cae.coop_cae_group_entrepreneur"
        )

    def _coop_get_activity(self, company):
        """The entrepreneur this user runs an activity as, in `company`."""
        self.ensure_one()
        Employee = self.env["hr.employee"]
        # Most users are no entrepreneurs: answer them without a query, which
        # would also flush whatever the caller has pending.
        if not self.has_group("coop_cae.coop_cae_group_entrepreneur"):
            return Employee
        return Employee.browse(self._coop_get_activity_id(company.id))

    @tools.ormcache("self.id", "company_id")
    def _coop_get_activity_id(self, company_id):
        # Asked for every new document and contact: cached, and cleared when an
        # employee's user, company or entrepreneur flag changes. Users may not
        # read the employees' private data: only the id is kept.
        employee = (
            self.env["hr.employee"]
            .sudo()
            .with_context(active_test=False)
            .search(
                [
                    ("user_id", "=", self.id),
                    ("is_entrepreneur", "=", True),
                    ("company_id", "=", company_id),
                ],
                order="active desc, id",
                limit=1,
            )
        )
        return employee.id

    def _coop_activity_ids(self):
        """Every activity this user runs, in any company, archived ones too:
        what the ledger fence's record rules compare with. Ids, not a path to
        the employee: a path would join hr_employee into Odoo's own SQL (the
        journals' dashboard), whose bare column names it would make ambiguous."""
        self.ensure_one()
        return list(self._coop_get_activity_ids())

    @tools.ormcache("self.id")
    def _coop_get_activity_ids(self):
        # Cleared with _coop_get_activity_id, when an employee changes.
        employees = (
            self.env["hr.employee"]
            .sudo()
            .with_context(active_test=False)
            .search([("user_id", "=", self.id), ("is_entrepreneur", "=", True)])
        )
        return tuple(employees.ids)
