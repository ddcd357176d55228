# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

# The French statements of l10n_fr_mis_reports (liasse fiscale).
STATEMENTS = {
    "pl": "l10n_fr_mis_reports.mis_report_pl",
    "bs": "l10n_fr_mis_reports.mis_report_bs",
}


class CoopBooksStatement(models.TransientModel):
    _name = "coop.books.statement"
    _description = "French Statement"

    statement = fields.Selection(
        selection=[("pl", "Profit and Loss"), ("bs", "Balance Sheet")],
        required=True,
        default="pl",
    )
    date_from = fields.Date(
        string="From", required=True, default=lambda self: self._default_dates()[0]
    )
    date_to = fields.Date(
        string="To", required=True, default=lambda self: self._default_dates()[1]
    )
    activity_id = fields.Many2one(
        comodel_name="hr.employee",
        domain=[("is_entrepreneur", "=", True)],
        help="Leave empty for the whole cooperative; choose an entrepreneur for "
        "the journal items of their activity's analytic account alone.",
    )

    def _default_dates(self):
        dates = self.env.company.compute_fiscalyear_dates(
            fields.Date.context_today(self)
        )
        return dates["date_from"], dates["date_to"]

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        if any(wizard.date_from > wizard.date_to for wizard in self):
            raise ValidationError(self.env._("The period must end after it starts."))

    def action_open(self):
        self.ensure_one()
        instance = self.env["mis.report.instance"]._coop_statement_instance(
            self.env.ref(STATEMENTS[self.statement]),
            self.date_from,
            self.date_to,
            self.activity_id,
        )
        return instance.preview()
