# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.exceptions import UserError


class ResCompany(models.Model):
    _inherit = "res.company"

    coop_transfer_account_id = fields.Many2one(
        comodel_name="account.account",
        string="Transfers Account",
        check_company=True,
        help="The internal account of transfers between activities (706800 in "
        "the French chart): each transfer debits and credits it, the analytic "
        "accounts of the two activities bearing the amount.",
    )

    def _coop_transfer_account(self):
        self.ensure_one()
        if not self.coop_transfer_account_id:
            raise UserError(
                self.env._(
                    "%(company)s has no account for transfers between activities: "
                    "install the French chart of accounts, or set one on the "
                    "company.",
                    company=self.name,
                )
            )
        return self.coop_transfer_account_id

    def _coop_transfer_journal(self):
        """The miscellaneous operations journal of the company's chart."""
        self.ensure_one()
        journal = (
            self.env["account.chart.template"]
            .with_company(self)
            .ref("general", raise_if_not_found=False)
        )
        if not journal:
            journal = self.env["account.journal"].search(
                [
                    *self.env["account.journal"]._check_company_domain(self),
                    ("type", "=", "general"),
                ],
                order="sequence, id",
                limit=1,
            )
        if not journal:
            raise UserError(
                self.env._(
                    "%(company)s has no miscellaneous journal.", company=self.name
                )
            )
        return journal
