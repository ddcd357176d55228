# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from odoo.addons.account.models.company import LOCK_DATE_FIELDS


class ResCompany(models.Model):
    _inherit = "res.company"

    def write(self, vals):
        changes = self._coop_lock_date_changes(vals)
        if changes and self._coop_may_only_lock(vals):
            # The accountant locks periods without the right to change the
            # company's other settings.
            res = super(ResCompany, self.sudo()).write(vals)
        else:
            res = super().write(vals)
        if changes:
            self.env["coop.lock.date.log"].sudo().create(changes)
        return res

    def _coop_lock_date_changes(self, vals):
        """The log lines of the lock dates `vals` changes: who, which, from, to."""
        changes = []
        for field_name in LOCK_DATE_FIELDS:
            if field_name not in vals:
                continue
            new_date = fields.Date.to_date(vals[field_name]) or False
            changes += [
                {
                    "company_id": company.id,
                    "user_id": self.env.uid,
                    "lock_field": field_name,
                    "old_date": company[field_name],
                    "new_date": new_date,
                }
                for company in self
                if (company[field_name] or False) != new_date
            ]
        return changes

    def _coop_may_only_lock(self, vals):
        """An accountant writing lock dates only, and not as superuser."""
        return (
            not self.env.su
            and set(vals) <= set(LOCK_DATE_FIELDS)
            and self <= self.env.user.company_ids
            and self.env.user.has_group("coop_cae.coop_cae_group_accountant")
        )
