# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from odoo import Command, api, fields, models

from ..models.account_chart_template import PAYROLL_ACCOUNT_CODES

_logger = logging.getLogger(__name__)

# The salaried entrepreneurs of the demo (CESA and associés) and their gross
# salary by month of the year: Marie Dupont photographs weddings in summer,
# Mohamed Benali paints fewer facades in winter.
DEMO_SALARIES = (
    ("hr_employee_marie_dupont_demo", {6: 1650, 7: 1650, 8: 1650, 9: 1650}, 1400),
    ("hr_employee_sandrine_leclercq_demo", {12: 1300}, 1100),
    ("hr_employee_fatima_zerrouki_demo", {}, 1800),
    ("hr_employee_mohamed_benali_demo", {1: 1700, 2: 1700}, 2000),
    ("hr_employee_thomas_delattre_demo", {}, 2400),
)
# Each month's invoices of a salaried entrepreneur cover their pay with a
# margin, as a CAE's support worker sets the pay: revenue about 1.35 times the
# month's employer cost (the contribution and costs come out of that margin).
REVENUE_PER_EMPLOYER_COST = Decimal("1.35")
EMPLOYEE_RATE = Decimal("0.22")
EMPLOYER_RATE = Decimal("0.42")
DEMO_MONTHS = 10


class CoopPayrollLine(models.Model):
    _inherit = "coop.payroll.line"

    @api.model
    def _coop_demo_load(self):
        """Demo data: the last ten months' pay of the salaried entrepreneurs,
        imported as the payroll provider's French CSV file (semicolons, decimal
        commas), so that it is booked as real files are. Skipped, with a
        warning, when the company has no Salaries journal or payroll accounts
        (the French chart brings them): the rest of the demo stays."""
        company = self.env.company
        journal = self.env["coop.payroll.import"]._default_journal_id()
        accounts = self._coop_find_payroll_accounts(company)
        if not journal or len(accounts) < len(PAYROLL_ACCOUNT_CODES):
            _logger.warning(
                "Payroll demo skipped: %s has no Salaries journal or no account "
                "%s; install the French chart of accounts to have them.",
                company.name,
                ", ".join(PAYROLL_ACCOUNT_CODES.values()),
            )
            return
        this_month = fields.Date.context_today(self).replace(day=1)
        months = [
            this_month - relativedelta(months=n) for n in range(DEMO_MONTHS, 0, -1)
        ]
        lines = ["Mois;Salarié;Brut;Cotisations salariales;Cotisations patronales;Net"]
        for xmlid, by_month, usual in DEMO_SALARIES:
            employee = self.env.ref(f"coop_cae.{xmlid}")
            key = employee.registration_number or employee.name
            for month in months:
                gross = Decimal(by_month.get(month.month, usual))
                employee_part = (gross * EMPLOYEE_RATE).quantize(Decimal("0.01"))
                employer_part = (gross * EMPLOYER_RATE).quantize(Decimal("0.01"))
                lines.append(
                    ";".join(
                        [
                            month.strftime("%Y-%m"),
                            key,
                            *(
                                str(amount).replace(".", ",")
                                for amount in (
                                    gross,
                                    employee_part,
                                    employer_part,
                                    gross - employee_part,
                                )
                            ),
                        ]
                    )
                )
        self._coop_import_payroll("\n".join(lines), journal)
        self._coop_demo_invoice_months(months)

    @api.model
    def _coop_demo_invoice_months(self, months):
        """The invoices that pay for the demo's salaries: each salaried
        entrepreneur invoices their clients every month enough to cover that
        month's employer cost, so that each activity's statement and treasury
        tell a living activity, not a loss."""
        Move = self.env["account.move"]
        vals_list = []
        for xmlid, by_month, usual in DEMO_SALARIES:
            name = xmlid.removeprefix("hr_employee_").removesuffix("_demo")
            employee = self.env.ref(f"coop_cae.{xmlid}")
            product = self.env.ref(f"coop_cae.product_{name}_demo")
            clients = [
                self.env.ref(f"coop_cae.res_partner_{name}_client{n}_demo")
                for n in (1, 2)
            ]
            for index, month in enumerate(months):
                gross = Decimal(by_month.get(month.month, usual))
                revenue = gross * (1 + EMPLOYER_RATE) * REVENUE_PER_EMPLOYER_COST
                quantity = max(1, round(revenue / Decimal(str(product.list_price))))
                vals_list.append(
                    {
                        "move_type": "out_invoice",
                        "partner_id": clients[index % 2].id,
                        "coop_activity_id": employee.id,
                        "invoice_date": month + relativedelta(day=20),
                        "invoice_line_ids": [
                            Command.create(
                                {"product_id": product.id, "quantity": quantity}
                            )
                        ],
                    }
                )
        invoices = Move.create(vals_list)
        invoices.action_post()
        # The clients pay within 45 days: the last weeks' invoices are open.
        paid = invoices.filtered(
            lambda invoice: invoice.invoice_date
            < fields.Date.context_today(self) - relativedelta(days=45)
        )
        if paid:
            self.env["account.payment.register"].with_context(
                active_model="account.move", active_ids=paid.ids
            ).create({"group_payment": False})._create_payments()
