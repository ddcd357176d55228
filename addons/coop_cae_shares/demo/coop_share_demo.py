# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

from ..models.res_company import SHARE_ACCOUNT_CODES

_logger = logging.getLogger(__name__)


class CoopShareSubscription(models.Model):
    _inherit = "coop.share.subscription"

    @api.model
    def _coop_demo_load(self):
        """Demo data: members in each college, a subscription paid in
        instalments withheld from pay, and a pending withdrawal. Skipped, with
        a warning, when the company's chart has no share capital accounts
        (the French chart brings them): the rest of the demo stays."""
        company = self.env.company
        if missing := [name for name in SHARE_ACCOUNT_CODES if not company[name]]:
            _logger.warning(
                "Member shares demo skipped: %s has no share capital accounts "
                "(%s); install the French chart of accounts to have them.",
                company.name,
                ", ".join(SHARE_ACCOUNT_CODES[name] for name in missing),
            )
            return
        today = fields.Date.context_today(self)
        ref = self.env.ref
        entrepreneurs = ref("coop_cae_shares.coop_member_college_entrepreneurs")
        staff = ref("coop_cae_shares.coop_member_college_staff")
        members = [
            ("hr_employee_isabelle_marchand_demo", staff, 4, 30),
            ("hr_employee_nathalie_lemaire_demo", staff, 2, 28),
            ("hr_employee_karim_haddad_demo", staff, 2, 26),
            ("hr_employee_olivier_lambert_demo", staff, 2, 24),
            ("hr_employee_mohamed_benali_demo", entrepreneurs, 4, 20),
            ("hr_employee_thomas_delattre_demo", entrepreneurs, 6, 18),
            ("hr_employee_nicolas_dubois_demo", entrepreneurs, 4, 16),
            ("hr_employee_marie_dupont_demo", entrepreneurs, 4, 3),
        ]
        vals_list = [
            {
                "partner_id": ref(f"coop_cae.{xmlid}").work_contact_id.id,
                "college_id": college.id,
                "shares": shares,
                "date": today - relativedelta(months=months),
                "signed": True,
            }
            for xmlid, college, shares, months in members
        ]
        vals_list += [
            {
                "partner_id": ref("coop_cae_shares.res_partner_france_active_demo").id,
                "college_id": ref("coop_cae_shares.coop_member_college_partners").id,
                "shares": 40,
                "date": today - relativedelta(months=22),
                "signed": True,
            },
            {
                "partner_id": ref("coop_cae_shares.res_partner_ville_de_lens_demo").id,
                "college_id": ref("coop_cae_shares.coop_member_college_authorities").id,
                "shares": 80,
                "date": today - relativedelta(months=22),
                "signed": True,
            },
        ]
        subscriptions = self.create(vals_list)
        for subscription in subscriptions:
            subscription.action_validate()
        bank = self.env["account.journal"].search(
            [
                *self.env["account.journal"]._check_company_domain(self.env.company),
                ("type", "=", "bank"),
            ],
            limit=1,
        )
        marie = subscriptions.filtered(
            lambda s: s.partner_id
            == ref("coop_cae.hr_employee_marie_dupont_demo").work_contact_id
        )
        for subscription in subscriptions - marie:
            subscription.member_id._coop_record_payment(
                subscription.date, subscription.amount, "bank", bank
            )
        # Marie Dupont pays a quarter a month, withheld from her pay: two so far.
        for months in (2, 1):
            marie.member_id._coop_record_payment(
                today - relativedelta(months=months), marie.amount / 4, "payroll"
            )
        # Nicolas Dubois left the cooperative: his request waits for the delay.
        dubois = subscriptions.filtered(
            lambda s: s.partner_id
            == ref("coop_cae.hr_employee_nicolas_dubois_demo").work_contact_id
        )
        self.env["coop.share.withdrawal"].create(
            {
                "member_id": dubois.member_id.id,
                "shares": 4,
                "request_date": today - relativedelta(months=2),
            }
        )
