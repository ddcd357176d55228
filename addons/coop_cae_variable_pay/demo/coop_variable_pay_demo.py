# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from dateutil.relativedelta import relativedelta

from odoo import Command, api, fields, models

_logger = logging.getLogger(__name__)

# Thomas Delattre, management coach under CESA since 2022, and his last year:
# days invoiced each month at his daily rate, a subcontractor each quarter,
# his fixed pay each month and two advances in the autumn.
DEMO_ENTREPRENEUR = "coop_cae.hr_employee_thomas_delattre_demo"
DEMO_PRODUCT = "coop_cae.product_thomas_delattre_demo"
DEMO_CLIENTS = (
    "coop_cae.res_partner_thomas_delattre_client1_demo",
    "coop_cae.res_partner_thomas_delattre_client2_demo",
)
DEMO_SUPPLIER = "coop_cae.res_partner_thomas_delattre_supplier_demo"
DEMO_DAYS = (6, 5, 7, 6, 4, 6, 2, 3, 7, 8, 7, 5)
DEMO_SUBCONTRACTING = 600.0
DEMO_PAY = ("1800,00", "396,00", "756,00", "1404,00")
DEMO_ADVANCES = ((8, 500.0), (9, 500.0))


class CoopVariablePay(models.Model):
    _inherit = "coop.variable.pay"

    @api.model
    def _coop_demo_load(self):
        """Demo data: Thomas Delattre's last fiscal year booked (invoices,
        subcontracting, the payroll file), then his variable pay computed with
        two advances and proposed, the general assembly having approved the
        accounts five months after the year's end."""
        employee = self.env.ref(DEMO_ENTREPRENEUR, raise_if_not_found=False)
        journal = self.env["coop.payroll.import"]._default_journal_id()
        if not employee or not journal:
            _logger.warning("Variable pay demo skipped: no demo entrepreneur.")
            return
        last_year = fields.Date.context_today(self) - relativedelta(years=1)
        date_from, date_to = self._coop_fiscal_year(last_year)
        months = [date_from + relativedelta(months=n) for n in range(12)]
        self._coop_demo_book_year(employee, months, journal)
        pays = self._coop_compute_year(last_year)
        pay = pays.filtered(lambda p: p.employee_id == employee)
        pay.write(
            {
                "advance_ids": [
                    Command.create(
                        {
                            "date": months[month] + relativedelta(day=28),
                            "amount": amount,
                        }
                    )
                    for month, amount in DEMO_ADVANCES
                ],
                "approval_date": date_to + relativedelta(months=5),
            }
        )
        pay.action_propose()
        # One story to tell: the others' years have no demo ledger.
        (pays - pay).unlink()

    @api.model
    def _coop_demo_book_year(self, employee, months, journal):
        Move = self.env["account.move"]
        product = self.env.ref(DEMO_PRODUCT)
        clients = [self.env.ref(xmlid) for xmlid in DEMO_CLIENTS]
        Account = self.env["account.account"]
        subcontracting = Account.search(
            [
                *Account._check_company_domain(self.env.company),
                ("code", "=like", "604%"),
            ],
            limit=1,
        )
        documents = Move.create(
            [
                {
                    "move_type": "out_invoice",
                    "partner_id": clients[index % 2].id,
                    "coop_activity_id": employee.id,
                    "invoice_date": month + relativedelta(day=25),
                    "invoice_line_ids": [
                        Command.create({"product_id": product.id, "quantity": days})
                    ],
                }
                for index, (month, days) in enumerate(
                    zip(months, DEMO_DAYS, strict=True)
                )
            ]
            + [
                {
                    "move_type": "in_invoice",
                    "partner_id": self.env.ref(DEMO_SUPPLIER).id,
                    "coop_activity_id": employee.id,
                    "invoice_date": month + relativedelta(day=15),
                    "ref": f"ST-{month:%Y-%m}",
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": "Sous-traitance : supports de formation",
                                "account_id": subcontracting.id,
                                "price_unit": DEMO_SUBCONTRACTING,
                            }
                        )
                    ],
                }
                for month in months[2::3]
            ]
        )
        documents.action_post()
        self.env.flush_all()
        self.env["coop.contribution"]._coop_book_queue()
        lines = ["Mois;Salarié;Brut;Cotisations salariales;Cotisations patronales;Net"]
        key = employee.registration_number or employee.name
        # The payroll demo books the last ten months: not twice.
        Payroll = self.env["coop.payroll.line"]
        booked = set(
            Payroll.search([("employee_id", "=", employee.id)]).mapped("month")
        )
        lines += [
            f"{month:%Y-%m};{key};{';'.join(DEMO_PAY)}"
            for month in months
            if month not in booked
        ]
        if len(lines) > 1:
            Payroll._coop_import_payroll("\n".join(lines), journal)
