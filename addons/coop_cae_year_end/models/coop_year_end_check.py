# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain

# The kinds of check, in the order of the checklist (CHECKS in
# coop_year_end_checks.py gives each its method).
CHECK_KINDS = [
    ("draft_invoices", "Draft invoices and bills"),
    ("invoices_to_validate", "Invoices and bills submitted for validation"),
    ("draft_payments", "Draft payments"),
    ("bank_lines", "Unreconciled bank transactions"),
    ("contribution_differences", "Contributions the recompute would change"),
    ("contribution_queue", "Contributions not booked yet"),
    ("share_register", "Register of members agrees with the share capital accounts"),
    ("open_cape", "Running CAPE contracts ending in the year"),
    ("open_cesa", "Running CESA contracts ending in the year"),
    ("activity_results", "Result of each activity"),
    ("structure_result", "Result of the shared services (Structure)"),
]


class CoopYearEndCheck(models.Model):
    _name = "coop.year.end.check"
    _description = "Year-End Closing Check"
    _order = "closing_id, sequence, id"

    closing_id = fields.Many2one(
        comodel_name="coop.year.end.closing",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="closing_id.company_id", store=True)
    currency_id = fields.Many2one(related="closing_id.currency_id")
    sequence = fields.Integer()
    kind = fields.Selection(selection=CHECK_KINDS, string="Check", required=True)
    blocking = fields.Boolean(
        help="A problem found by this check keeps the year from being closed."
    )
    state = fields.Selection(
        selection=[("ok", "OK"), ("problem", "Problem"), ("info", "Information")],
        required=True,
        default="ok",
    )
    count = fields.Integer(help="How many records the check found.")
    amount = fields.Monetary(help="The amount of what the check found.")
    detail = fields.Html(sanitize=True, readonly=True)
    res_model = fields.Char(string="Records Model")
    res_domain = fields.Json(string="Records Domain")

    @api.depends("kind")
    def _compute_display_name(self):
        labels = dict(self._fields["kind"]._description_selection(self.env))
        for line in self:
            line.display_name = labels.get(line.kind, "")

    def write(self, vals):
        self.closing_id._coop_check_not_done()
        return super().write(vals)

    def action_open(self):
        """Open the records to fix (or, for a check that passed, those it
        looked at): the kind's own screen when the closing has one
        (`_coop_open_<kind>`), otherwise the list of the records found."""
        self.ensure_one()
        opener = getattr(self.closing_id, f"_coop_open_{self.kind}", None)
        if opener:
            return opener()
        if not self.res_model:
            raise UserError(self.env._("This check has no records to show."))
        return {
            "type": "ir.actions.act_window",
            "name": self.display_name,
            "res_model": self.res_model,
            "view_mode": "list,form",
            "domain": list(Domain(self.res_domain or [])),
            "context": {"create": False},
        }
