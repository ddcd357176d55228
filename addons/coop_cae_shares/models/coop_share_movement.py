# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain
from odoo.tools import format_date

MOVEMENT_TYPES = [
    ("subscription", "Subscription"),
    ("call", "Call of Capital"),
    ("payment", "Payment"),
    ("transfer", "Transfer"),
    ("withdrawal", "Withdrawal"),
    ("repayment", "Repayment"),
]


class CoopShareMovement(models.Model):
    """The register of share movements. It is append-only: a movement is never
    changed nor deleted; a mistake is corrected by a new movement."""

    _name = "coop.share.movement"
    _description = "Share Movement"
    _order = "date, id"
    _check_company_auto = True

    name = fields.Char(string="Description", required=True, readonly=True)
    movement_type = fields.Selection(
        selection=MOVEMENT_TYPES,
        string="Type",
        required=True,
        readonly=True,
        index=True,
    )
    date = fields.Date(required=True, readonly=True, index=True)
    member_id = fields.Many2one(
        comodel_name="coop.member",
        required=True,
        readonly=True,
        index=True,
        ondelete="restrict",
        check_company=True,
    )
    partner_id = fields.Many2one(related="member_id.partner_id", string="Contact")
    counterpart_member_id = fields.Many2one(
        comodel_name="coop.member",
        string="Counterpart",
        readonly=True,
        ondelete="restrict",
        help="The other member of a transfer.",
    )
    shares = fields.Integer(
        readonly=True, help="Change in the number of shares the member holds."
    )
    amount = fields.Monetary(readonly=True, help="Amount of the movement.")
    capital_delta = fields.Monetary(
        string="Capital Change",
        readonly=True,
        help="Change in the capital the member holds, at nominal value.",
    )
    paid_delta = fields.Monetary(
        string="Paid Change",
        readonly=True,
        help="Change in the capital the member has paid.",
    )
    called_amount = fields.Monetary(
        readonly=True,
        help="Capital this movement calls: the part of a subscription due at once, "
        "a call of the rest, or what a payment pays before it is called.",
    )
    payment_method = fields.Selection(
        selection=[("bank", "Bank"), ("payroll", "Withheld from pay")],
        readonly=True,
    )
    subscription_id = fields.Many2one(
        comodel_name="coop.share.subscription", readonly=True, ondelete="restrict"
    )
    withdrawal_id = fields.Many2one(
        comodel_name="coop.share.withdrawal", readonly=True, ondelete="restrict"
    )
    move_id = fields.Many2one(
        comodel_name="account.move",
        string="Journal Entry",
        readonly=True,
        ondelete="restrict",
        check_company=True,
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        readonly=True,
        default=lambda self: self.env.company,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    def write(self, vals):
        # Append-only: any write to a registered movement is refused.
        if not self:
            return super().write(vals)
        raise UserError(
            self.env._(
                "The register of shares cannot be edited: record a new movement "
                "to correct %(movement)s.",
                movement=self[:1].name,
            )
        )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_registered(self):
        if self:
            raise UserError(
                self.env._(
                    "The register of shares cannot be edited: %(movement)s cannot "
                    "be deleted, record a new movement to correct it.",
                    movement=self[:1].name,
                )
            )

    @api.model
    def _coop_register(self, vals_list):
        """Append movements to the register. Nobody may create movements
        directly (no access right allows it): only the subscriptions, payments,
        transfers and withdrawals do, through this method, after their checks."""
        return self.sudo().create(vals_list).sudo(False)

    @api.model
    def _coop_transfer(self, source, target, shares, date, admission_date=None):
        """Transfer `shares` paid shares from the member `source` to `target`:
        the capital does not change, so there is no journal entry. The target
        is an admitted member, or a candidate admitted by the decision of
        `admission_date`; each keeps their college's minimum of shares, unless
        the source gives all theirs and exits. Returns the two movements."""
        if shares <= 0:
            raise UserError(
                self.env._(
                    "A transfer needs at least one share (%(shares)s given).",
                    shares=shares,
                )
            )
        if source == target:
            raise UserError(
                self.env._("A member cannot transfer shares to themselves.")
            )
        if shares > source.shares_held:
            raise UserError(
                self.env._(
                    "%(member)s holds %(held)s shares and cannot transfer %(shares)s.",
                    member=source.display_name,
                    held=source.shares_held,
                    shares=shares,
                )
            )
        if not source.currency_id.is_zero(source.amount_due):
            raise UserError(
                self.env._(
                    "%(member)s still owes %(amount)s on their shares: only paid "
                    "shares are transferred.",
                    member=source.display_name,
                    amount=source.amount_due,
                )
            )
        admission_date = admission_date or target.admission_date
        target._coop_check_can_receive(admission_date)
        source._coop_check_holding(source.shares_held - shares)
        target._coop_check_holding(target.shares_held + shares)
        nominal = source.currency_id.round(
            shares * source.amount_subscribed / source.shares_held
        )
        ref = self.env._(
            "Transfer of %(shares)s shares from %(giver)s to %(receiver)s",
            shares=shares,
            giver=source.partner_id.display_name,
            receiver=target.partner_id.display_name,
        )
        common = {
            "name": ref,
            "movement_type": "transfer",
            "date": date,
            "amount": nominal,
            "company_id": source.company_id.id,
        }
        movements = self._coop_register(
            [
                {
                    **common,
                    "member_id": source.id,
                    "counterpart_member_id": target.id,
                    "shares": -shares,
                    "capital_delta": -nominal,
                    "paid_delta": -nominal,
                },
                {
                    **common,
                    "member_id": target.id,
                    "counterpart_member_id": source.id,
                    "shares": shares,
                    "capital_delta": nominal,
                    "paid_delta": nominal,
                },
            ]
        )
        target._coop_admit(admission_date)
        if not source.shares_held:
            source.state = "exited"
        return movements

    @api.model
    def _coop_register_domain(self, company, date=None):
        """The register of `company` at `date` (by default, all of it)."""
        domain = Domain("company_id", "=", company.id)
        if date:
            domain &= Domain("date", "<=", date)
        return domain

    @api.model
    def _coop_register_totals(self, company, date=None):
        """{member id: (shares, capital, paid)} from the register at `date`
        (by default, all of it)."""
        return {
            member.id: (shares, capital, paid)
            for member, shares, capital, paid in self.sudo()._read_group(
                self._coop_register_domain(company, date),
                ["member_id"],
                ["shares:sum", "capital_delta:sum", "paid_delta:sum"],
            )
        }

    @api.model
    def _coop_register_capital(self, company, date=None):
        """The capital the register shows at `date` (by default, today's)."""
        [[capital]] = self.sudo()._read_group(
            self._coop_register_domain(company, date), [], ["capital_delta:sum"]
        )
        return company.currency_id.round(capital or 0.0)

    @api.model
    def _coop_register_peak(self, company):
        """The highest capital the register of `company` shows at the end of a
        day, running over its movements in date order."""
        running = peak = 0.0
        for _day, capital in self.sudo()._read_group(
            self._coop_register_domain(company),
            ["date:day"],
            ["capital_delta:sum"],
            order="date:day",
        ):
            running += capital
            peak = max(peak, running)
        return company.currency_id.round(peak)

    @api.model
    def _coop_book(self, company, date, ref, lines):
        """Post a journal entry of share capital. `lines` are (account, partner,
        debit minus credit) tuples."""
        currency = company.currency_id
        line_vals = [
            {
                "name": ref,
                "account_id": account.id,
                "partner_id": partner.id,
                "debit": balance if balance > 0 else 0.0,
                "credit": -balance if balance < 0 else 0.0,
            }
            for account, partner, balance in lines
            if not currency.is_zero(balance)
        ]
        move = (
            self.env["account.move"]
            .sudo()
            .with_company(company)
            .create(
                {
                    "move_type": "entry",
                    "date": date,
                    "ref": ref,
                    "journal_id": company._coop_share_journal().id,
                    "company_id": company.id,
                    "coop_is_structure": True,
                    "line_ids": [fields.Command.create(v) for v in line_vals],
                }
            )
        )
        move.action_post()
        return move.sudo(False)

    @api.model
    def _coop_ledger_balances(self, company, date, accounts):
        """{account: balance} of the posted entries of `company` up to `date`."""
        return dict(
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                [
                    ("company_id", "=", company.id),
                    ("parent_state", "=", "posted"),
                    ("date", "<=", date),
                    ("account_id", "in", accounts.ids),
                ],
                ["account_id"],
                ["balance:sum"],
            )
        )

    @api.model
    def _coop_check_ledger(self, company, date):
        """Compare the register at `date` with the capital accounts: the capital
        paid (1013), called not paid (1012) and not called (1011), and what
        members owe on it (4562 and 109)."""
        currency = company.currency_id
        domain = self._coop_register_domain(company, date)
        totals = {
            movement_type: (capital, paid, called, amount)
            for movement_type, capital, paid, called, amount in self.sudo()._read_group(
                domain,
                ["movement_type"],
                [
                    "capital_delta:sum",
                    "paid_delta:sum",
                    "called_amount:sum",
                    "amount:sum",
                ],
            )
        }
        capital = sum(t[0] for t in totals.values())
        paid = sum(t[1] for t in totals.values())
        called = sum(t[2] for t in totals.values())
        called_unpaid = called - totals.get("payment", (0, 0, 0, 0))[3]
        register = {
            "paid": paid,
            "called_unpaid": called_unpaid,
            "uncalled": capital - paid - called_unpaid,
        }
        accounts = {
            "paid": company._coop_share_account("coop_share_capital_account_id"),
            "called_unpaid": company._coop_share_account(
                "coop_share_capital_unpaid_account_id"
            ),
            "uncalled": company._coop_share_account(
                "coop_share_capital_uncalled_account_id"
            ),
            "members_called": company._coop_share_account(
                "coop_share_called_account_id"
            ),
            "members_uncalled": company._coop_share_account(
                "coop_share_uncalled_account_id"
            ),
        }
        balances = self._coop_ledger_balances(
            company, date, self.env["account.account"].union(*accounts.values())
        )
        ledger = {
            key: currency.round(balances.get(account, 0.0))
            for key, account in accounts.items()
        }
        check = {
            "register_capital": currency.round(capital),
            "ledger_capital": -currency.round(
                ledger["paid"] + ledger["called_unpaid"] + ledger["uncalled"]
            ),
        }
        for key in ("paid", "called_unpaid", "uncalled"):
            check[f"register_{key}"] = currency.round(register[key])
            check[f"ledger_{key}"] = -ledger[key]
        check["ledger_members_called"] = ledger["members_called"]
        check["ledger_members_uncalled"] = ledger["members_uncalled"]
        check["balanced"] = all(
            currency.is_zero(check[f"register_{key}"] - check[f"ledger_{key}"])
            for key in ("capital", "paid", "called_unpaid", "uncalled")
        ) and all(
            currency.is_zero(check[f"register_{key}"] - check[f"ledger_members_{k}"])
            for key, k in (("called_unpaid", "called"), ("uncalled", "uncalled"))
        )
        return check

    @api.model
    def _coop_check_ledger_html(self, company, date):
        """The check of `_coop_check_ledger`, with its table in the key `html`."""
        check = self._coop_check_ledger(company, date)
        check["html"] = self.env["ir.qweb"]._render(
            "coop_cae_shares.coop_share_register_check",
            {"check": check, "currency": company.currency_id},
        )
        return check

    @api.model
    def _coop_write_register_xlsx(self, workbook, company, date):
        """Writes the register of members and of movements of `company` at
        `date` into `workbook` (the XLSX report coop_cae_shares.register_xlsx,
        of report_xlsx)."""
        totals = self._coop_register_totals(company, date)
        members = (
            self.env["coop.member"]
            .browse(totals)
            .sorted(lambda m: (m.number or "", m.id))
        )
        movements = self.search([("company_id", "=", company.id), ("date", "<=", date)])
        bold = workbook.add_format({"bold": True})
        money = workbook.add_format({"num_format": "#,##0.00"})
        day = workbook.add_format({"num_format": "dd/mm/yyyy"})
        sheet = workbook.add_worksheet(self.env._("Members"))
        sheet.write(
            0,
            0,
            self.env._(
                "Register of members of %(company)s at %(date)s",
                company=company.name,
                date=format_date(self.env, date),
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
        types = dict(self._fields["movement_type"]._description_selection(self.env))
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
