# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models

from odoo.addons.account.models.chart_template import template

from .res_company import SHARE_ACCOUNT_CODES


class AccountChartTemplate(models.AbstractModel):
    _inherit = "account.chart.template"

    @template("fr", "res.company")
    def _get_fr_res_company_coop_shares(self):
        """The French chart sets the share capital accounts of the company."""
        return {
            self.env.company.id: {
                field_name: f"pcg_{code}"
                for field_name, code in SHARE_ACCOUNT_CODES.items()
            }
        }
