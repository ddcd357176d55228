# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    coop_member_id = fields.Many2one(
        comodel_name="coop.member",
        string="Membership",
        compute="_compute_coop_member_id",
        compute_sudo=True,
        groups="coop_cae.coop_cae_group_user",
    )
    coop_member_shares = fields.Integer(
        string="Shares Held",
        compute="_compute_coop_member_id",
        compute_sudo=True,
        groups="coop_cae.coop_cae_group_user",
    )

    def _compute_coop_member_id(self):
        partners = self.work_contact_id
        members = self.env["coop.member"].search([("partner_id", "in", partners.ids)])
        by_partner = {member.partner_id.id: member for member in members}
        for employee in self:
            member = by_partner.get(employee.work_contact_id.id)
            employee.coop_member_id = member
            employee.coop_member_shares = member.shares_held if member else 0

    def action_coop_open_member(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "coop_cae_shares.coop_member_action"
        )
        if self.coop_member_id:
            action.update(
                {
                    "res_id": self.coop_member_id.id,
                    "views": [(False, "form")],
                    "view_mode": "form",
                }
            )
        else:
            action["domain"] = [("id", "=", 0)]
        return action

    @api.model
    def _coop_by_work_contact(self, partners):
        """{partner id: employee} for the employees behind these contacts."""
        employees = self.search([("work_contact_id", "in", partners.ids)])
        return {employee.work_contact_id.id: employee for employee in employees}

    def _coop_on_becoming_member(self, date):
        """The entrepreneur became a member (associé) on `date`: their associé
        deadline is met."""
        self.filtered(lambda e: e.is_entrepreneur and e.coop_stage != "exited").write(
            {"coop_stage": "associate", "coop_associate_date": date}
        )
