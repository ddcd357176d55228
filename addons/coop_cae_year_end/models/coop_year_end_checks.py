# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The checks of the year-end closing: one small method per kind of line.

CHECKS is the registry: the order of the list, and for each kind its method
(which returns the line's values) and whether a problem blocks the closing.
A new check is a selection value on coop.year.end.check, one entry here and
one method."""

from collections import namedtuple

from markupsafe import Markup

from odoo import api, models
from odoo.fields import Domain
from odoo.tools import format_amount

Check = namedtuple("Check", ["kind", "method", "blocking"])

CHECKS = (
    Check("draft_invoices", "_coop_check_draft_invoices", True),
    Check("invoices_to_validate", "_coop_check_invoices_to_validate", True),
    Check("draft_payments", "_coop_check_draft_payments", True),
    Check("bank_lines", "_coop_check_bank_lines", True),
    Check("contribution_differences", "_coop_check_contribution_differences", True),
    Check("contribution_queue", "_coop_check_contribution_queue", True),
    Check("share_register", "_coop_check_share_register", True),
    Check("open_cape", "_coop_check_open_cape", True),
    Check("open_cesa", "_coop_check_open_cesa", True),
    Check("activity_results", "_coop_check_activity_results", False),
    Check("structure_result", "_coop_check_structure_result", False),
)
CHECKS_BY_KIND = {check.kind: check for check in CHECKS}
INVOICE_TYPES = (
    "out_invoice",
    "out_refund",
    "in_invoice",
    "in_refund",
    "out_receipt",
    "in_receipt",
)


class CoopYearEndClosing(models.Model):
    _inherit = "coop.year.end.closing"

    def _coop_check_results(self):
        """The values of every check line of this closing, in the list's order."""
        self.ensure_one()
        results = []
        for sequence, check in enumerate(CHECKS):
            vals = getattr(self, check.method)()
            vals.update(kind=check.kind, blocking=check.blocking, sequence=sequence)
            results.append(vals)
        return results

    def _coop_year_domain(self, field="date"):
        return Domain(field, ">=", self.date_from) & Domain(field, "<=", self.date_to)

    @api.model
    def _coop_records_result(self, model, domain, amount_field=None):
        """A problem when `model` has records in `domain`: their count, the sum
        of `amount_field`, and where to find them."""
        Model = self.env[model]
        aggregates = ["__count"] + ([f"{amount_field}:sum"] if amount_field else [])
        [row] = Model._read_group(domain, [], aggregates)
        count = row[0]
        return {
            "state": "problem" if count else "ok",
            "count": count,
            "amount": (row[1] or 0.0) if amount_field else 0.0,
            "res_model": model,
            "res_domain": list(domain),
        }

    def _coop_invoice_domain(self):
        return (
            Domain("company_id", "=", self.company_id.id)
            & Domain("move_type", "in", INVOICE_TYPES)
            & Domain("state", "=", "draft")
            & (self._coop_year_domain("date") | self._coop_year_domain("invoice_date"))
        )

    def _coop_check_draft_invoices(self):
        domain = self._coop_invoice_domain() & Domain("coop_to_validate", "=", False)
        return self._coop_records_result("account.move", domain, "amount_total_signed")

    def _coop_check_invoices_to_validate(self):
        domain = self._coop_invoice_domain() & Domain("coop_to_validate", "=", True)
        return self._coop_records_result("account.move", domain, "amount_total_signed")

    def _coop_check_draft_payments(self):
        domain = (
            Domain("company_id", "=", self.company_id.id)
            & Domain("state", "=", "draft")
            & self._coop_year_domain()
        )
        return self._coop_records_result(
            "account.payment", domain, "amount_company_currency_signed"
        )

    def _coop_check_bank_lines(self):
        # Up to the year's end, as the lock date itself requires (account's
        # res.company._validate_locks): an older line left unreconciled would
        # keep the year from being locked as well.
        domain = Domain(
            self.company_id._get_unreconciled_statement_lines_domain(self.date_to)
        )
        return self._coop_records_result(
            "account.bank.statement.line", domain, "amount"
        )

    def _coop_check_contribution_differences(self):
        """What the recompute wizard would book for the year."""
        differences = self.env["coop.contribution"]._coop_recompute(
            self.company_id, self.date_from, self.date_to
        )
        sources = self.env["account.move"].union(
            *(difference["source"] for difference in differences)
        )
        return {
            "state": "problem" if differences else "ok",
            "count": len(differences),
            "amount": sum(difference["amount"] or 0.0 for difference in differences),
            "res_model": "account.move",
            "res_domain": [["id", "in", sources.ids]],
        }

    def _coop_check_contribution_queue(self):
        """Documents of the year whose contributions the booking job has not
        booked yet."""
        # The queue is the booking job's: nobody reads it but the job and the
        # administrators (who may read it for support). Only its count is shown.
        queued = self._coop_queued()
        return {
            "state": "problem" if queued else "ok",
            "count": len(queued),
            "amount": 0.0,
            "res_model": "account.move",
            "res_domain": [["id", "in", queued.move_id.ids]],
        }

    def _coop_queued(self):
        return (
            self.env["coop.contribution.queue"]
            .sudo()
            .search(
                [
                    ("move_id.company_id", "=", self.company_id.id),
                    ("move_id.date", "<=", self.date_to),
                ]
            )
        )

    def _coop_check_share_register(self):
        """The register of members agrees with the share capital accounts at
        the year's end (the amount is the register's capital less the
        ledger's)."""
        check = self.env["coop.share.movement"]._coop_check_ledger(
            self.company_id, self.date_to
        )
        return {
            "state": "ok" if check["balanced"] else "problem",
            "count": 0,
            "amount": check["register_capital"] - check["ledger_capital"],
        }

    def _coop_check_open_cape(self):
        domain = (
            Domain("company_id", "=", self.company_id.id)
            & Domain("state", "=", "running")
            & self._coop_year_domain("date_effective_end")
        )
        return self._coop_records_result("coop.cape.contract", domain)

    def _coop_check_open_cesa(self):
        domain = (
            Domain("company_id", "=", self.company_id.id)
            & Domain("state", "=", "running")
            & self._coop_year_domain("date_end")
        )
        return self._coop_records_result("coop.cesa.contract", domain)

    def _coop_analytic_totals(self, accounts):
        """{analytic account: (income, expenses)} of the year's analytic lines of
        `accounts` (of the company's activities plan)."""
        column = self.company_id.coop_activity_plan_id._column_name()
        Line = self.env["account.analytic.line"]
        base = (
            Domain(column, "in", accounts.ids)
            & Domain("company_id", "=", self.company_id.id)
            & self._coop_year_domain()
        )
        totals = {account: [0.0, 0.0] for account in accounts}
        for sign, index in ((">", 0), ("<", 1)):
            for account, amount in Line._read_group(
                base & Domain("amount", sign, 0.0), [column], ["amount:sum"]
            ):
                totals[account][index] = amount
        return totals, base

    def _coop_check_activity_results(self):
        """Each activity's result of the year (income less expenses on its
        analytic account): for information, listed in the detail."""
        company = self.company_id
        accounts = self.env["account.analytic.account"].search(
            [
                ("plan_id", "=", company.coop_activity_plan_id.id),
                ("company_id", "in", (company.id, False)),
                ("id", "!=", company.coop_structure_account_id.id),
            ]
        )
        totals, domain = self._coop_analytic_totals(accounts)
        rows = [
            (account, income, expenses)
            for account, (income, expenses) in totals.items()
            if income or expenses
        ]
        return {
            "state": "info",
            "count": len(rows),
            "amount": sum(income + expenses for _account, income, expenses in rows),
            "detail": self._coop_results_table(rows),
            "res_model": "account.analytic.line",
            "res_domain": list(domain),
        }

    def _coop_check_structure_result(self):
        """The result of the cooperative's own Structure account, the shared
        services (C. trav. R7331-9)."""
        account = self.company_id.coop_structure_account_id
        totals, domain = self._coop_analytic_totals(account)
        income, expenses = totals.get(account, (0.0, 0.0))
        return {
            "state": "info",
            "count": 0,
            "amount": income + expenses,
            "detail": self._coop_results_table([(account, income, expenses)])
            if account
            else False,
            "res_model": "account.analytic.line",
            "res_domain": list(domain),
        }

    def _coop_results_table(self, rows):
        """An HTML table of (analytic account, income, expenses) rows."""
        currency = self.company_id.currency_id

        def money(amount):
            return format_amount(self.env, amount, currency)

        body = Markup("").join(
            Markup(
                "<tr><td>%s</td><td class='text-end'>%s</td>"
                "<td class='text-end'>%s</td><td class='text-end'>%s</td></tr>"
            )
            % (
                account.display_name,
                money(income),
                money(-expenses),
                money(income + expenses),
            )
            for account, income, expenses in rows
        )
        return Markup(
            "<table class='table table-sm'><thead><tr><th>%s</th>"
            "<th class='text-end'>%s</th><th class='text-end'>%s</th>"
            "<th class='text-end'>%s</th></tr></thead><tbody>%s</tbody></table>"
        ) % (
            self.env._("Analytic Account"),
            self.env._("Income"),
            self.env._("Expenses"),
            self.env._("Result"),
            body,
        )

    def _coop_open_contribution_differences(self):
        """The recompute wizard over the year, to preview and book them."""
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Recompute Contributions"),
            "res_model": "coop.contribution.recompute",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_company_id": self.company_id.id,
                "default_date_from": self.date_from,
                "default_date_to": self.date_to,
            },
        }

    def _coop_open_share_register(self):
        """The register of members at the year's end, with its ledger check."""
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Register of Members"),
            "res_model": "coop.share.register",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_company_id": self.company_id.id,
                "default_date": self.date_to,
            },
        }
