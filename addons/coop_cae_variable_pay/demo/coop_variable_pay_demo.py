# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

DEMO_ENTREPRENEUR = "coop_cae.hr_employee_sandrine_leclercq_demo"


class CoopVariablePay(models.Model):
    _inherit = "coop.variable.pay"

    @api.model
    def _coop_demo_load(self):
        """Demo data: last year's variable pay of Sandrine Leclercq, whose CESA
        ran all year, with two monthly advances, proposed after the general
        assembly approved the accounts five months after the year's end."""
        employee = self.env.ref(DEMO_ENTREPRENEUR, raise_if_not_found=False)
        if not employee:
            return
        last_year = fields.Date.context_today(self) - relativedelta(years=1)
        date_from, date_to = self._coop_fiscal_year(last_year)
        pays = self._coop_compute_year(last_year)
        pay = pays.filtered(lambda p: p.employee_id == employee)
        if not pay or pay.state != "draft":
            return
        pay.write(
            {
                "advance_ids": [
                    fields.Command.create(
                        {"date": date_from + relativedelta(months=month), "amount": 150}
                    )
                    for month in (8, 9)
                ],
                "approval_date": date_to + relativedelta(months=5),
            }
        )
        pay.action_propose()
        # The others stay drafts: only one story to tell.
        (pays - pay).filtered(lambda p: p.state == "draft").unlink()
