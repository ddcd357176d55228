# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What should be booked: the amounts the schemes give, less what is booked."""

from collections import defaultdict
from datetime import timedelta

from odoo import api, models

from .coop_contribution import SOURCE_MOVE_TYPES


class CoopContribution(models.Model):
    # The engine that computes the amounts, apart from the records and their
    # booking: one concern per file keeps each under 500 lines.
    _inherit = "coop.contribution"

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
            "coop_cae_contribution.coop_contribution_scheme_default",
            raise_if_not_found=False,
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
