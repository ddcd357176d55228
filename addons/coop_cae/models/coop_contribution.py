# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The cooperative contribution, booked live.

For each source (a customer invoice or credit note, or a vendor bill under a
gross-margin scheme) we compute what should be booked, per activity and date,
and book only the difference with what is booked: any sequence of postings,
resets, payments and reversals converges, and a second run books nothing.

Rounding rule: under a flat rate, each source's contribution of a date is
rate x base rounded half-up to the cent. Under brackets or a yearly cap, the
activity's cumulative contribution of the fiscal year is rounded half-up to the
cent, and each booking is the difference of that rounded cumulative before and
after it (a base removed is taken off the top of the cumulative).
"""

from collections import defaultdict
from datetime import timedelta

from odoo import Command, api, fields, models

SOURCE_MOVE_TYPES = ("out_invoice", "out_refund", "in_invoice", "in_refund")


class CoopContribution(models.Model):
    _name = "coop.contribution"
    _description = "Cooperative Contribution"
    _order = "date desc, id desc"
    _check_company_auto = True

    activity_id = fields.Many2one(
        comodel_name="hr.employee",
        string="Activity",
        required=True,
        index=True,
        readonly=True,
        check_company=True,
    )
    company_id = fields.Many2one(
        comodel_name="res.company", required=True, index=True, readonly=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    kind = fields.Selection(
        selection=[
            ("revenue", "Proportional"),
            ("fixed", "Fixed monthly amount"),
            ("floor", "Yearly floor top-up"),
        ],
        required=True,
        default="revenue",
        readonly=True,
    )
    source_move_id = fields.Many2one(
        comodel_name="account.move",
        string="Source",
        index="btree_not_null",
        ondelete="set null",
        readonly=True,
        help="The invoice, credit note or bill whose base this contribution is on.",
    )
    payment_id = fields.Many2one(
        comodel_name="account.payment",
        string="Payment",
        index="btree_not_null",
        ondelete="set null",
        readonly=True,
        help="Under a cashed trigger, the payment that brought the base.",
    )
    date = fields.Date(
        required=True,
        index=True,
        readonly=True,
        help="Date of the base: the invoice's date, or the payment's date under a "
        "cashed trigger.",
    )
    scheme_id = fields.Many2one(
        comodel_name="coop.contribution.scheme", string="Scheme", readonly=True
    )
    base = fields.Monetary(readonly=True)
    amount = fields.Monetary(readonly=True)
    move_id = fields.Many2one(
        comodel_name="account.move",
        string="Journal Entry",
        index="btree_not_null",
        readonly=True,
        help="The posted entry that moves the amount from the activity's analytic "
        "account to the Structure's.",
    )
    accounting_date = fields.Date(string="Accounting Date", related="move_id.date")

    @api.depends("source_move_id", "activity_id", "date", "kind")
    def _compute_display_name(self):
        for contribution in self:
            if contribution.source_move_id:
                contribution.display_name = contribution.source_move_id.display_name
            else:
                contribution.display_name = self.env._(
                    "%(activity)s, %(month)s",
                    activity=contribution.activity_id.name,
                    month=contribution.date and contribution.date.strftime("%m/%Y"),
                )

    def action_open_source(self):
        self.ensure_one()
        return self.source_move_id._get_records_action()

    # -- engine ---------------------------------------------------------------

    @api.model
    def _coop_sync(self, moves):
        """Book, for these moves, what should be booked and is not yet."""
        sources = moves.filtered(
            lambda m: m.move_type in SOURCE_MOVE_TYPES
            and m.coop_activity_id
            and not m.coop_is_contribution
        )
        if not sources:
            return self.browse()
        return self._coop_book(self._coop_differences(sources))

    @api.model
    def _coop_scheme_getter(self, activities):
        """A function (activity, date) -> the scheme in force, for these
        activities: one query for their assignments."""
        assignments = (
            self.env["coop.contribution.assignment"]
            .sudo()
            .search_fetch(
                [("employee_id", "in", activities.ids)],
                ["employee_id", "scheme_id", "date_from"],
                order="date_from desc",
            )
        )
        history = defaultdict(list)
        for assignment in assignments:
            history[assignment.employee_id.id].append(
                (assignment.date_from, assignment.scheme_id)
            )
        default = self.env.ref(
            "coop_cae.coop_contribution_scheme_default", raise_if_not_found=False
        )

        def scheme_at(activity, date):
            for date_from, scheme in history[activity.id]:
                if date_from <= date:
                    return scheme
            return activity.company_id.coop_contribution_scheme_id or default

        return scheme_at

    @api.model
    def _coop_targets(self, sources, scheme_at):
        """{(activity id, source id, date): base} that should be booked, and
        {(activity id, source id, date): payment id} under a cashed trigger."""
        targets = defaultdict(float)
        payments = {}
        for move in sources:
            if move.state != "posted":
                continue
            activity = move.coop_activity_id
            scheme = scheme_at(activity, move.date)
            if not scheme:
                continue
            base = move._coop_contribution_base(scheme)
            if move.company_id.currency_id.is_zero(base):
                continue
            if scheme.trigger == "invoiced":
                targets[activity.id, move.id, move.date] += base
            else:
                for date, (share, payment_id) in move._coop_cashed_shares().items():
                    targets[activity.id, move.id, date] += base * share
                    if payment_id:
                        payments[activity.id, move.id, date] = payment_id
        return targets, payments

    @api.model
    def _coop_booked(self, sources):
        """{(activity id, source id, date): (base, amount)} booked."""
        groups = self._read_group(
            [("source_move_id", "in", sources.ids), ("kind", "=", "revenue")],
            ["activity_id", "source_move_id", "date:day"],
            ["base:sum", "amount:sum"],
        )
        return {
            (activity.id, source.id, date): (base, amount)
            for activity, source, date, base, amount in groups
        }

    @api.model
    def _coop_differences(self, sources):
        """What to book for these sources: a list of dicts (activity, source,
        date, scheme, base, amount); amount is None when it depends on the
        activity's cumulative base (brackets, cap), computed at booking."""
        activities = sources.coop_activity_id
        scheme_at = self._coop_scheme_getter(activities)
        targets, payments = self._coop_targets(sources, scheme_at)
        booked = self._coop_booked(sources)
        Employee = self.env["hr.employee"].sudo()
        differences = []
        for key in sorted(set(targets) | set(booked), key=lambda k: (k[2], k[1])):
            activity = Employee.browse(key[0])
            company = activity.company_id
            currency = company.currency_id
            scheme = scheme_at(activity, key[2])
            target_base = currency.round(targets.get(key, 0.0))
            booked_base, booked_amount = booked.get(key, (0.0, 0.0))
            base = currency.round(target_base - booked_base)
            if scheme and scheme._coop_is_cumulative():
                if currency.is_zero(base):
                    continue
                amount = None
            else:
                rate = scheme._coop_rate(company) if scheme else 0.0
                amount = currency.round(
                    currency.round(target_base * rate / 100) - booked_amount
                )
                if currency.is_zero(base) and currency.is_zero(amount):
                    continue
            differences.append(
                {
                    "activity": activity,
                    "source": self.env["account.move"].browse(key[1]),
                    "date": key[2],
                    "scheme": scheme,
                    "base": base,
                    "amount": amount,
                    "kind": "revenue",
                    "payment_id": payments.get(key, False),
                }
            )
        return differences

    @api.model
    def _coop_fixed_differences(self, company, date_from, date_to):
        """The fixed monthly amounts to book for the months starting between
        these dates, the exempted entrepreneurs owing none."""
        months = []
        month = date_from.replace(day=1)
        if month < date_from:
            month = (month + timedelta(days=32)).replace(day=1)
        while month <= date_to:
            months.append(month)
            month = (month + timedelta(days=32)).replace(day=1)
        if not months:
            return []
        activities = (
            self.env["hr.employee"]
            .sudo()
            .search([("is_entrepreneur", "=", True), ("company_id", "=", company.id)])
        )
        booked = self._read_group(
            [
                ("company_id", "=", company.id),
                ("kind", "=", "fixed"),
                ("date", ">=", months[0]),
                ("date", "<=", months[-1]),
            ],
            ["activity_id", "date:day"],
            ["amount:sum"],
        )
        booked = {(activity.id, date): amount for activity, date, amount in booked}
        scheme_at = self._coop_scheme_getter(activities)
        currency = company.currency_id
        differences = []
        for activity in activities.with_context(active_test=False):
            for month in months:
                scheme = scheme_at(activity, month)
                target = (
                    0.0
                    if activity.coop_contribution_exempt or not scheme
                    else scheme.fixed_amount
                )
                amount = currency.round(target - booked.get((activity.id, month), 0.0))
                if currency.is_zero(amount):
                    continue
                differences.append(
                    {
                        "activity": activity,
                        "source": self.env["account.move"],
                        "date": month,
                        "scheme": scheme,
                        "base": 0.0,
                        "amount": amount,
                        "kind": "fixed",
                    }
                )
        return differences

    @api.model
    def _coop_cron_book_fixed(self):
        """Every day: the fixed monthly amounts of the current month, once."""
        today = fields.Date.context_today(self)
        month = today.replace(day=1)
        for company in self.env["res.company"].search([]):
            self._coop_book(self._coop_fixed_differences(company, month, month))

    @api.model
    def _coop_range_differences(self, company, date_from, date_to):
        """Everything to book for the sources dated in a range (and those that
        have contributions in it), plus the fixed monthly amounts."""
        Move = self.env["account.move"].sudo()
        sources = Move.search(
            [
                ("company_id", "=", company.id),
                ("move_type", "in", SOURCE_MOVE_TYPES),
                ("coop_activity_id", "!=", False),
                ("date", ">=", date_from),
                ("date", "<=", date_to),
            ]
        )
        booked_sources = self._read_group(
            [
                ("company_id", "=", company.id),
                ("source_move_id", "!=", False),
                ("date", ">=", date_from),
                ("date", "<=", date_to),
            ],
            ["source_move_id"],
        )
        sources |= Move.union(*(source for (source,) in booked_sources))
        differences = self._coop_differences(sources) if sources else []
        differences += self._coop_fixed_differences(company, date_from, date_to)
        self._coop_compute_amounts(differences)
        differences += self._coop_floor_differences(
            company, date_from, date_to, differences
        )
        return differences

    @api.model
    def _coop_floor_differences(self, company, date_from, date_to, pending):
        """Top-ups to the yearly floor, on the last day of each fiscal year that
        ends in the range, given the differences about to be booked."""
        year = company.compute_fiscalyear_dates(date_to)
        if year["date_to"] > date_to:
            year = company.compute_fiscalyear_dates(year["date_from"] - timedelta(1))
        if year["date_to"] < date_from:
            return []
        start, end = year["date_from"], year["date_to"]
        activities = (
            self.env["hr.employee"]
            .sudo()
            .search([("is_entrepreneur", "=", True), ("company_id", "=", company.id)])
        )
        scheme_at = self._coop_scheme_getter(activities)
        groups = self._read_group(
            [
                ("company_id", "=", company.id),
                ("date", ">=", start),
                ("date", "<=", end),
            ],
            ["activity_id", "kind"],
            ["amount:sum"],
        )
        totals = defaultdict(float)
        for activity, kind, amount in groups:
            totals[activity.id, kind == "floor"] += amount
        for difference in pending:
            if start <= difference["date"] <= end and difference["amount"]:
                totals[difference["activity"].id, False] += difference["amount"]
        currency = company.currency_id
        differences = []
        for activity in activities:
            scheme = scheme_at(activity, end)
            floor = scheme.yearly_floor if scheme else 0.0
            target = max(0.0, floor - totals[activity.id, False]) if floor else 0.0
            amount = currency.round(target - totals[activity.id, True])
            if currency.is_zero(amount):
                continue
            differences.append(
                {
                    "activity": activity,
                    "source": self.env["account.move"],
                    "date": end,
                    "scheme": scheme,
                    "base": 0.0,
                    "amount": amount,
                    "kind": "floor",
                }
            )
        return differences

    @api.model
    def _coop_compute_amounts(self, differences):
        """Fill the amounts that depend on the activity's cumulative base of the
        fiscal year: the rounded yearly amount after minus before."""
        cumulative = [d for d in differences if d["amount"] is None]
        if not cumulative:
            return differences
        fiscal_years = {}

        def fiscal_year(company, date):
            if (company, date) not in fiscal_years:
                dates = company.compute_fiscalyear_dates(date)
                fiscal_years[company, date] = (dates["date_from"], dates["date_to"])
            return fiscal_years[company, date]

        activities = self.env["hr.employee"].union(*(d["activity"] for d in cumulative))
        years = [fiscal_year(d["activity"].company_id, d["date"]) for d in cumulative]
        groups = self._read_group(
            [
                ("activity_id", "in", activities.ids),
                ("kind", "=", "revenue"),
                ("date", ">=", min(start for start, _end in years)),
                ("date", "<=", max(end for _start, end in years)),
            ],
            ["activity_id", "date:day"],
            ["base:sum"],
        )
        totals = defaultdict(float)
        for activity, date, base in groups:
            totals[activity.id, fiscal_year(activity.company_id, date)] += base
        for difference in sorted(cumulative, key=lambda d: d["date"]):
            activity = difference["activity"]
            company = activity.company_id
            currency = company.currency_id
            scheme = difference["scheme"]
            key = (activity.id, fiscal_year(company, difference["date"]))
            before = totals[key]
            after = before + difference["base"]
            totals[key] = after
            difference["amount"] = currency.round(
                currency.round(scheme._coop_yearly_amount(after, company))
                - currency.round(scheme._coop_yearly_amount(before, company))
            )
        return differences

    @api.model
    def _coop_book(self, differences):
        """Create the contributions and their posted entries, all at once: one
        entry per activity and accounting date (so that the entrepreneur reads
        it), with one pair of lines per contribution."""
        if not differences:
            return self.browse()
        self._coop_compute_amounts(differences)
        open_dates = {}
        entries = defaultdict(list)  # (company, activity, date): [index]
        contribution_vals_list = []
        shifted = defaultdict(set)
        for difference in differences:
            activity = difference["activity"]
            company = activity.company_id
            source = difference["source"]
            contribution_vals_list.append(
                {
                    "activity_id": activity.id,
                    "company_id": company.id,
                    "kind": difference["kind"],
                    "source_move_id": source.id,
                    "payment_id": difference.get("payment_id", False),
                    "date": difference["date"],
                    "scheme_id": difference["scheme"].id,
                    "base": difference["base"],
                    "amount": difference["amount"],
                }
            )
            if company.currency_id.is_zero(difference["amount"]):
                continue
            key = (company, difference["date"])
            if key not in open_dates:
                journal = company._coop_contribution_journal()
                locks = company._get_violated_lock_dates(
                    difference["date"], False, journal
                )
                open_dates[key] = (
                    locks[-1][0] + timedelta(days=1) if locks else difference["date"]
                )
            if open_dates[key] != difference["date"]:
                shifted[source or activity].add((difference["date"], open_dates[key]))
            entries[company, activity, open_dates[key]].append(
                len(contribution_vals_list) - 1
            )
        # Contributions of one activity and date that cancel out need no entry.
        entries = {
            key: indexes
            for key, indexes in entries.items()
            if not key[0].currency_id.is_zero(
                sum(differences[index]["amount"] for index in indexes)
            )
        }
        move_vals_list = [
            self._coop_prepare_move_vals(
                company,
                activity,
                date,
                [differences[index] for index in indexes],
            )
            for (company, activity, date), indexes in entries.items()
        ]
        moves = self.env["account.move"].sudo().create(move_vals_list)
        moves._post(soft=False)
        for indexes, move in zip(entries.values(), moves, strict=True):
            for index in indexes:
                contribution_vals_list[index]["move_id"] = move.id
        contributions = self.sudo().create(contribution_vals_list)
        for record, dates in shifted.items():
            for date, open_date in sorted(dates):
                record.sudo().message_post(
                    body=self.env._(
                        "The contribution of %(date)s falls in a locked period: it "
                        "was booked on %(open_date)s, the first open date.",
                        date=fields.Date.to_string(date),
                        open_date=fields.Date.to_string(open_date),
                    )
                )
        return contributions

    @api.model
    def _coop_prepare_move_vals(self, company, activity, date, differences):
        """The entry of these contributions of one activity: an income-neutral
        pair of lines on the same general account, the activity's analytic
        account bearing the charge and the Structure's receiving it. The
        company's result does not move. One pair for all the contributions of
        the batch (posting 1,000 invoices books 1,000 contributions but one
        entry per activity and date): the contributions name their sources."""
        account = company._coop_contribution_account()
        amount = company.currency_id.round(
            sum(difference["amount"] for difference in differences)
        )
        sources = [d["source"].name for d in differences if d["source"]]
        if len(differences) == 1:
            document = sources[0] if sources else fields.Date.to_string(date)
        else:
            document = self.env._("%(count)s documents", count=len(differences))
        label = self.env._(
            "Contribution of %(activity)s: %(document)s",
            activity=activity.coop_trade_name or activity.name,
            document=document,
        )
        return {
            "move_type": "entry",
            "company_id": company.id,
            "journal_id": company._coop_contribution_journal().id,
            "date": date,
            "ref": label,
            "coop_activity_id": activity.id,
            "coop_is_contribution": True,
            "line_ids": [
                Command.create(
                    {
                        "name": label,
                        "account_id": account.id,
                        "debit": max(amount, 0.0),
                        "credit": max(-amount, 0.0),
                        "analytic_distribution": {
                            str(activity.coop_analytic_account_id.id): 100.0
                        },
                    }
                ),
                Command.create(
                    {
                        "name": label,
                        "account_id": account.id,
                        "debit": max(-amount, 0.0),
                        "credit": max(amount, 0.0),
                        "analytic_distribution": {
                            str(company.coop_structure_account_id.id): 100.0
                        },
                    }
                ),
            ],
        }
