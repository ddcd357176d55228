# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain

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
