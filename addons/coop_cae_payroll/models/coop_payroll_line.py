# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import csv
import io
import re
import unicodedata
from collections import defaultdict
from datetime import date
from decimal import Decimal, InvalidOperation

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import date_utils, format_amount, format_date

from .account_chart_template import PAYROLL_ACCOUNT_CODES

# The file's columns, by the names a payroll provider gives them (English or
# French, compared without case, accents, spaces or punctuation).
PAYROLL_COLUMNS = {
    "month": ("month", "mois", "periode", "period"),
    "employee": ("employee", "salarie", "employe", "matricule"),
    "gross": ("gross", "brut", "salaire_brut", "gross_salary"),
    "employee_contributions": (
        "employee_contributions",
        "cotisations_salariales",
        "charges_salariales",
    ),
    "employer_contributions": (
        "employer_contributions",
        "cotisations_patronales",
        "charges_patronales",
    ),
    "net": ("net", "net_a_payer", "salaire_net", "net_pay"),
}
AMOUNT_COLUMNS = ("gross", "employee_contributions", "employer_contributions", "net")
MONTH_FORMAT = re.compile(r"(\d{4})-(\d{1,2})")
AMOUNT_FORMAT = re.compile(r"\d+(\.\d{1,2})?")
CENT = Decimal("0.01")


def _column_key(header):
    """A header cell as PAYROLL_COLUMNS writes it: "Cotisations salariales"
    and "cotisations_salariales" are the same column."""
    text = unicodedata.normalize("NFKD", header or "")
    text = "".join(char for char in text if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _parse_amount(text):
    """A Decimal from "1 400,50", "1400.50" or "1.400,50", or None when the
    text is no amount in euros to the cent."""
    cleaned = re.sub(r"[\s\u00a0\u202f€]", "", text or "")
    if "," in cleaned and "." in cleaned:
        # The last separator is the decimal one, the other groups thousands.
        thousands = "." if cleaned.rfind(",") > cleaned.rfind(".") else ","
        cleaned = cleaned.replace(thousands, "")
    cleaned = cleaned.replace(",", ".")
    if not AMOUNT_FORMAT.fullmatch(cleaned):
        return None
    try:
        return Decimal(cleaned).quantize(CENT)
    except InvalidOperation:
        return None


def _parse_month(text):
    """The first day of a "YYYY-MM" month, or None."""
    match = MONTH_FORMAT.fullmatch((text or "").strip())
    if not match or not 1 <= int(match[2]) <= 12:
        return None
    return date(int(match[1]), int(match[2]), 1)


def _decode(content):
    if isinstance(content, str):
        return content
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Spreadsheets on French Windows save CSV files in this encoding.
        return content.decode("cp1252", errors="replace")


class CoopPayrollLine(models.Model):
    """One entrepreneur's pay for one month, as the cooperative's payroll
    provider computed it: imported from the provider's monthly file and booked
    in its own entry, on the entrepreneur's activity."""

    _name = "coop.payroll.line"
    _description = "Payroll Line"
    _order = "month desc, employee_id"
    _check_company_auto = True

    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        readonly=True,
        index=True,
        default=lambda self: self.env.company,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    employee_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Entrepreneur",
        required=True,
        readonly=True,
        index=True,
        check_company=True,
        ondelete="restrict",
    )
    analytic_account_id = fields.Many2one(
        comodel_name="account.analytic.account",
        string="Activity Account",
        required=True,
        readonly=True,
        ondelete="restrict",
        help="The activity's analytic account the pay was booked on.",
    )
    month = fields.Date(
        required=True,
        readonly=True,
        index=True,
        help="The first day of the month paid.",
    )
    gross = fields.Monetary(string="Gross Salary", required=True, readonly=True)
    employee_contributions = fields.Monetary(required=True, readonly=True)
    employer_contributions = fields.Monetary(required=True, readonly=True)
    net = fields.Monetary(string="Net Pay", required=True, readonly=True)
    employer_cost = fields.Monetary(
        compute="_compute_employer_cost",
        store=True,
        help="Gross salary plus employer contributions: what the pay costs the "
        "activity.",
    )
    move_id = fields.Many2one(
        comodel_name="account.move",
        string="Journal Entry",
        readonly=True,
        index="btree_not_null",
        check_company=True,
        ondelete="restrict",
        copy=False,
    )
    coop_is_mine = fields.Boolean(
        string="My Pay",
        compute="_compute_coop_is_mine",
        search="_search_coop_is_mine",
    )

    _coop_one_pay_a_month = models.Constraint(
        "UNIQUE(company_id, employee_id, month)",
        "An entrepreneur's pay is booked once a month.",
    )
    _coop_positive_amounts = models.Constraint(
        "CHECK(gross > 0 AND employee_contributions >= 0 "
        "AND employer_contributions >= 0 AND net >= 0)",
        "Payroll amounts are positive.",
    )
    _coop_net_is_gross_less_contributions = models.Constraint(
        "CHECK(gross - employee_contributions = net)",
        "The net pay is the gross salary less the employee contributions.",
    )

    @api.depends("gross", "employer_contributions")
    def _compute_employer_cost(self):
        for line in self:
            line.employer_cost = line.gross + line.employer_contributions

    @api.depends_context("uid")
    def _compute_coop_is_mine(self):
        activity_ids = set(self.env.user._coop_activity_ids())
        for line in self:
            line.coop_is_mine = line.employee_id.id in activity_ids

    def _search_coop_is_mine(self, operator, value):
        if operator != "in":
            return NotImplemented
        return [("employee_id", "in", self.env.user._coop_activity_ids())]

    @api.depends("employee_id", "month")
    def _compute_display_name(self):
        for line in self:
            line.display_name = self.env._(
                "%(employee)s, %(month)s",
                employee=line.employee_id.name,
                month=line.month
                and format_date(self.env, line.month, date_format="MMMM y"),
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_booked(self):
        if booked := self.filtered(lambda line: line.move_id.state == "posted"):
            raise UserError(
                self.env._(
                    "The pay of %(line)s is booked: reset its entry to draft and "
                    "cancel it first, then delete the line to import the month "
                    "again.",
                    line=booked[0].display_name,
                )
            )

    @api.model
    def _coop_import_payroll(self, content, journal):
        """Book the payroll provider's file `content` (CSV, bytes or text) in
        `journal`: one posted entry per entrepreneur and month, dated the
        month's last day. Every bad row is reported at once and nothing is
        booked unless the whole file is right. Returns the payroll lines."""
        self.check_access("create")
        company = self.env.company
        if journal.company_id != company or journal.type != "general":
            raise UserError(
                self.env._(
                    "Payroll is booked in a miscellaneous journal of %(company)s.",
                    company=company.name,
                )
            )
        accounts = self._coop_payroll_accounts(company)
        rows = self._coop_read_payroll_rows(content, company)
        Move = self.env["account.move"]
        moves = Move.create(
            [self._coop_prepare_move_vals(row, journal, accounts) for row in rows]
        )
        moves.action_post()
        return self.create(
            [
                {
                    "company_id": company.id,
                    "employee_id": row["employee"].id,
                    "analytic_account_id": row["analytic_account"].id,
                    "month": row["month"],
                    "move_id": move.id,
                    **{name: float(row[name]) for name in AMOUNT_COLUMNS},
                }
                for row, move in zip(rows, moves, strict=True)
            ]
        )

    @api.model
    def _coop_payroll_accounts(self, company):
        """{role: account} of PAYROLL_ACCOUNT_CODES in the company's chart."""
        accounts = self._coop_find_payroll_accounts(company)
        if missing := [
            code for role, code in PAYROLL_ACCOUNT_CODES.items() if role not in accounts
        ]:
            raise UserError(
                self.env._(
                    "%(company)s has no account %(codes)s to book the payroll on: "
                    "install the French chart of accounts, or create the "
                    "account(s) with these codes.",
                    company=company.name,
                    codes=", ".join(missing),
                )
            )
        return accounts

    @api.model
    def _coop_find_payroll_accounts(self, company):
        """{role: account} of the PAYROLL_ACCOUNT_CODES the company has."""
        Account = self.env["account.account"].with_company(company)
        found = Account.search(
            [
                *Account._check_company_domain(company),
                ("code", "in", list(PAYROLL_ACCOUNT_CODES.values())),
            ]
        )
        by_code = {account.code: account for account in found}
        return {
            role: by_code[code]
            for role, code in PAYROLL_ACCOUNT_CODES.items()
            if code in by_code
        }

    @api.model
    def _coop_read_payroll_rows(self, content, company):
        """The file's rows, each with its line number, month, entrepreneur,
        activity account and amounts (Decimals); or a UserError listing every
        line that is wrong."""
        text = _decode(content)
        reader = csv.reader(io.StringIO(text), delimiter=self._coop_delimiter(text))
        header = next((cells for cells in reader if any(cells)), None)
        if not header:
            raise UserError(self.env._("The payroll file is empty."))
        keys = [_column_key(cell) for cell in header]
        positions = {}
        for name, aliases in PAYROLL_COLUMNS.items():
            for alias in aliases:
                if alias in keys:
                    positions[name] = keys.index(alias)
                    break
        if missing := [name for name in PAYROLL_COLUMNS if name not in positions]:
            raise UserError(
                self.env._(
                    "Line %(line)s: the payroll file has no column %(columns)s. "
                    "Its columns are: month, employee, gross, employee "
                    "contributions, employer contributions, net.",
                    line=reader.line_num,
                    # The columns' names in the file, as USAGE.md gives them.
                    columns=", ".join(name.replace("_", " ") for name in missing),
                )
            )
        errors = []
        rows = []
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            row, row_errors = self._coop_parse_payroll_row(
                reader.line_num, cells, positions
            )
            errors += row_errors
            if row:
                rows.append(row)
        if not rows and not errors:
            raise UserError(self.env._("The payroll file has no line of pay."))
        errors += self._coop_match_employees(rows, company)
        rows = [row for row in rows if row.get("employee")]
        errors += self._coop_check_not_booked(rows, company)
        if errors:
            errors.sort(key=lambda error: error[0])
            raise UserError(
                self.env._(
                    "Nothing was imported: fix these lines of the payroll file, "
                    "then import it again.\n%(errors)s",
                    errors="\n".join(message for _line, message in errors),
                )
            )
        return rows

    @api.model
    def _coop_delimiter(self, text):
        """The separator of the header line: a semicolon, as French
        spreadsheets save, or a comma."""
        return ";" if ";" in text.lstrip().split("\n", 1)[0] else ","

    @api.model
    def _coop_parse_payroll_row(self, line, cells, positions):
        """(row, errors) of one line of the file; errors are (line, message)."""
        errors = []
        values = {
            name: cells[index].strip() if index < len(cells) else ""
            for name, index in positions.items()
        }
        for name in PAYROLL_COLUMNS:
            if not values[name]:
                errors.append(
                    (
                        line,
                        self.env._(
                            "Line %(line)s: the %(column)s is missing.",
                            line=line,
                            column=self._coop_column_label(name),
                        ),
                    )
                )
        if errors:
            return None, errors
        row = {"line": line, "key": values["employee"]}
        row["month"] = _parse_month(values["month"])
        if not row["month"]:
            errors.append(
                (
                    line,
                    self.env._(
                        "Line %(line)s: the month %(month)s is not a month written "
                        "YYYY-MM (e.g. 2026-03).",
                        line=line,
                        month=values["month"],
                    ),
                )
            )
        for name in AMOUNT_COLUMNS:
            row[name] = _parse_amount(values[name])
            if row[name] is None:
                errors.append(
                    (
                        line,
                        self.env._(
                            "Line %(line)s: the %(column)s %(value)s is not an "
                            "amount in euros (e.g. 1400,50).",
                            line=line,
                            column=self._coop_column_label(name),
                            value=values[name],
                        ),
                    )
                )
        if errors:
            return None, errors
        if not row["gross"]:
            errors.append(
                (
                    line,
                    self.env._("Line %(line)s: the gross salary is zero.", line=line),
                )
            )
        expected = row["gross"] - row["employee_contributions"]
        if expected != row["net"]:
            errors.append(
                (
                    line,
                    self.env._(
                        "Line %(line)s: the gross salary %(gross)s less the "
                        "employee contributions %(contributions)s makes "
                        "%(expected)s, not the net pay %(net)s.",
                        line=line,
                        gross=self._coop_format_amount(row["gross"]),
                        contributions=self._coop_format_amount(
                            row["employee_contributions"]
                        ),
                        expected=self._coop_format_amount(expected),
                        net=self._coop_format_amount(row["net"]),
                    ),
                )
            )
        return (None if errors else row), errors

    @api.model
    def _coop_format_amount(self, amount):
        return format_amount(self.env, float(amount), self.env.company.currency_id)

    @api.model
    def _coop_column_label(self, name):
        return {
            "month": self.env._("month"),
            "employee": self.env._("employee"),
            "gross": self.env._("gross salary"),
            "employee_contributions": self.env._("employee contributions"),
            "employer_contributions": self.env._("employer contributions"),
            "net": self.env._("net pay"),
        }[name]

    @api.model
    def _coop_match_employees(self, rows, company):
        """Set each row's entrepreneur and activity account, found by
        registration number, else by exact name; return the errors."""
        # The importer (staff or accountant) may not read the employees'
        # private fields: only the ids and accounts found are kept.
        Employee = self.env["hr.employee"].sudo().with_context(active_test=False)
        keys = {row["key"] for row in rows}
        company_domain = [("company_id", "in", (company.id, False))]
        by_number = {
            employee.registration_number: employee
            for employee in Employee.search(
                [*company_domain, ("registration_number", "in", list(keys))]
            )
        }
        by_name = defaultdict(lambda: Employee)
        for employee in Employee.search(
            [*company_domain, ("name", "in", list(keys - set(by_number)))]
        ):
            by_name[employee.name] |= employee
        errors = []
        seen = {}
        for row in rows:
            line, key = row["line"], row["key"]
            employee = by_number.get(key) or by_name.get(key, Employee)
            if not employee:
                errors.append(
                    (
                        line,
                        self.env._(
                            "Line %(line)s: no employee has the registration "
                            "number or the name %(employee)s.",
                            line=line,
                            employee=key,
                        ),
                    )
                )
                continue
            if len(employee) > 1:
                errors.append(
                    (
                        line,
                        self.env._(
                            "Line %(line)s: several employees are named "
                            "%(employee)s: give their registration number.",
                            line=line,
                            employee=key,
                        ),
                    )
                )
                continue
            if not employee.is_entrepreneur or not employee.coop_analytic_account_id:
                errors.append(
                    (
                        line,
                        self.env._(
                            "Line %(line)s: %(employee)s is not an entrepreneur "
                            "with an activity: only the entrepreneurs' pay is "
                            "booked here.",
                            line=line,
                            employee=employee.name,
                        ),
                    )
                )
                continue
            if first := seen.get((employee.id, row["month"])):
                errors.append(
                    (
                        line,
                        self.env._(
                            "Line %(line)s: the pay of %(employee)s for %(month)s "
                            "is already on line %(first)s of the file.",
                            line=line,
                            employee=employee.name,
                            month=format_date(
                                self.env, row["month"], date_format="MMMM y"
                            ),
                            first=first,
                        ),
                    )
                )
                continue
            seen[employee.id, row["month"]] = line
            row["employee"] = employee.sudo(False)
            row["analytic_account"] = employee.coop_analytic_account_id.sudo(False)
        return errors

    @api.model
    def _coop_check_not_booked(self, rows, company):
        """Errors for the rows whose entrepreneur's month is booked already."""
        if not rows:
            return []
        booked = {
            (line.employee_id.id, line.month): line
            for line in self.sudo().search(
                [
                    ("company_id", "=", company.id),
                    ("employee_id", "in", [row["employee"].id for row in rows]),
                    ("month", "in", list({row["month"] for row in rows})),
                ]
            )
        }
        errors = []
        for row in rows:
            if line := booked.get((row["employee"].id, row["month"])):
                errors.append(
                    (
                        row["line"],
                        self.env._(
                            "Line %(line)s: the pay of %(employee)s for %(month)s "
                            "is already booked (%(entry)s).",
                            line=row["line"],
                            employee=line.employee_id.name,
                            month=format_date(
                                self.env, row["month"], date_format="MMMM y"
                            ),
                            entry=line.move_id.name or "",
                        ),
                    )
                )
        return errors

    @api.model
    def _coop_prepare_move_vals(self, row, journal, accounts):
        """One entrepreneur's month: Dr 641100 gross and 645100 employer
        contributions, on the activity; Cr 431100 all the contributions and
        421000 the net pay, owed to the entrepreneur."""
        employee = row["employee"]
        month = format_date(self.env, row["month"], date_format="MMMM y")
        analytic = {str(row["analytic_account"].id): 100.0}
        contributions = row["employee_contributions"] + row["employer_contributions"]
        lines = [
            (
                accounts["gross"],
                row["gross"],
                self.env._("Gross salary"),
                analytic,
                False,
            ),
            (
                accounts["employer"],
                row["employer_contributions"],
                self.env._("Employer contributions"),
                analytic,
                False,
            ),
            (
                accounts["urssaf"],
                -contributions,
                self.env._("Social contributions"),
                False,
                False,
            ),
            (
                accounts["net"],
                -row["net"],
                self.env._("Net pay"),
                False,
                employee.sudo().work_contact_id,
            ),
        ]
        ref = self.env._(
            "Pay %(month)s: %(employee)s", month=month, employee=employee.name
        )
        return {
            "move_type": "entry",
            "company_id": journal.company_id.id,
            "journal_id": journal.id,
            "date": date_utils.end_of(row["month"], "month"),
            "ref": ref,
            # Its own entry per entrepreneur: the activity fence shows it to
            # them, and to nobody else.
            "coop_activity_id": employee.id,
            "line_ids": [
                Command.create(
                    {
                        "name": f"{label} ({ref})",
                        "account_id": account.id,
                        "debit": float(amount) if amount > 0 else 0.0,
                        "credit": float(-amount) if amount < 0 else 0.0,
                        "analytic_distribution": distribution,
                        "partner_id": partner.id if partner else False,
                    }
                )
                for account, amount, label, distribution, partner in lines
                if amount
            ],
        }
