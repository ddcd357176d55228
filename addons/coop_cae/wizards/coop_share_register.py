# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import io

import xlsxwriter

from odoo import api, fields, models


class CoopShareRegister(models.TransientModel):
    """The register of members and shares at a date: its XLSX export, and its
    check against the capital accounts of the ledger."""

    _name = "coop.share.register"
    _description = "Register of Members at a Date"

    date = fields.Date(required=True, default=fields.Date.context_today)
    company_id = fields.Many2one(
        comodel_name="res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    register_capital = fields.Monetary(compute="_compute_check")
    ledger_capital = fields.Monetary(compute="_compute_check")
    register_paid = fields.Monetary(
        string="Register Capital Paid", compute="_compute_check"
    )
    ledger_paid = fields.Monetary(
        string="Ledger Capital Paid (1013)", compute="_compute_check"
    )
    register_called_unpaid = fields.Monetary(
        string="Register Called Not Paid", compute="_compute_check"
    )
    ledger_called_unpaid = fields.Monetary(
        string="Ledger Called Not Paid (1012)", compute="_compute_check"
    )
    ledger_members_called = fields.Monetary(
        string="Owed by Members on Called Capital (4562)", compute="_compute_check"
    )
    register_uncalled = fields.Monetary(
        string="Register Not Called", compute="_compute_check"
    )
    ledger_uncalled = fields.Monetary(
        string="Ledger Not Called (1011)", compute="_compute_check"
    )
    ledger_members_uncalled = fields.Monetary(
        string="Owed by Members on Uncalled Capital (109)", compute="_compute_check"
    )
    is_balanced = fields.Boolean(
        string="Register Agrees with Ledger", compute="_compute_check"
    )
    file_data = fields.Binary(string="File", readonly=True, attachment=False)
    file_name = fields.Char(readonly=True)

    @api.depends("date", "company_id")
    def _compute_check(self):
        for wizard in self:
            check = self.env["coop.share.movement"]._coop_check_ledger(
                wizard.company_id, wizard.date
            )
            # The check's keys are the names of the fields showing them.
            wizard.update({name: check[name] for name in check if name in self._fields})
            wizard.is_balanced = check["balanced"]

    def action_export_xlsx(self):
        self.ensure_one()
        self.write(
            {
                "file_data": base64.b64encode(self._coop_register_xlsx()),
                "file_name": self.env._(
                    "register_of_members_%(date)s.xlsx", date=self.date
                ),
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/file_data/"
            f"{self.file_name}?download=true",
            "target": "self",
        }

    def _coop_register_xlsx(self):
        self.ensure_one()
        Movement = self.env["coop.share.movement"]
        totals = Movement._coop_register_totals(self.company_id, self.date)
        members = (
            self.env["coop.member"]
            .browse(totals)
            .sorted(lambda m: (m.number or "", m.id))
        )
        movements = Movement.search(
            [("company_id", "=", self.company_id.id), ("date", "<=", self.date)]
        )
        output = io.BytesIO()
        workbook = xlsxwriter.Workbook(output, {"in_memory": True})
        bold = workbook.add_format({"bold": True})
        money = workbook.add_format({"num_format": "#,##0.00"})
        day = workbook.add_format({"num_format": "yyyy-mm-dd"})
        sheet = workbook.add_worksheet(self.env._("Members"))
        sheet.write(
            0,
            0,
            self.env._(
                "Register of members of %(company)s at %(date)s",
                company=self.company_id.name,
                date=self.date,
            ),
            bold,
        )
        headers = [
            self.env._("Member Number"),
            self.env._("Member"),
            self.env._("College"),
            self.env._("Admission Date"),
            self.env._("Shares"),
            self.env._("Capital"),
            self.env._("Paid"),
            self.env._("Due"),
        ]
        sheet.write_row(2, 0, headers, bold)
        row = 3
        for member in members:
            shares, capital, paid = totals[member.id]
            sheet.write(row, 0, member.number or "")
            sheet.write(row, 1, member.partner_id.name)
            sheet.write(row, 2, member.college_id.name)
            if member.admission_date:
                sheet.write_datetime(
                    row, 3, fields.Datetime.to_datetime(member.admission_date), day
                )
            sheet.write_number(row, 4, shares)
            sheet.write_number(row, 5, capital, money)
            sheet.write_number(row, 6, paid, money)
            sheet.write_number(row, 7, capital - paid, money)
            row += 1
        sheet.write(row, 1, self.env._("Total"), bold)
        sheet.write_number(row, 4, sum(t[0] for t in totals.values()), bold)
        sheet.write_number(row, 5, sum(t[1] for t in totals.values()), money)
        sheet.write_number(row, 6, sum(t[2] for t in totals.values()), money)
        types = dict(Movement._fields["movement_type"]._description_selection(self.env))
        sheet = workbook.add_worksheet(self.env._("Movements"))
        sheet.write_row(
            0,
            0,
            [
                self.env._("Date"),
                self.env._("Member Number"),
                self.env._("Member"),
                self.env._("Type"),
                self.env._("Description"),
                self.env._("Shares"),
                self.env._("Amount"),
                self.env._("Journal Entry"),
            ],
            bold,
        )
        for row, movement in enumerate(movements, start=1):
            sheet.write_datetime(
                row, 0, fields.Datetime.to_datetime(movement.date), day
            )
            sheet.write(row, 1, movement.member_id.number or "")
            sheet.write(row, 2, movement.member_id.partner_id.name)
            sheet.write(row, 3, types[movement.movement_type])
            sheet.write(row, 4, movement.name)
            sheet.write_number(row, 5, movement.shares)
            sheet.write_number(row, 6, movement.amount, money)
            sheet.write(row, 7, movement.move_id.name or "")
        workbook.close()
        return output.getvalue()
