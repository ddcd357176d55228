# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Random sequences of postings, credit notes, resets, cancellations, payments
and payment reversals over three activities: whatever the sequence, what is
booked per activity and month equals the scheme applied to that month's base
(rounding each source's contribution of a date half-up to the cent), and the
company's result does not move."""

import contextlib
from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from odoo.tests import tagged
from odoo.tools import float_round

from .test_contribution import CoopContributionCase

MONTHS = ["2026-02-10", "2026-03-10", "2026-04-10"]

operation = st.one_of(
    st.tuples(
        st.just("invoice"),
        st.integers(0, 2),
        st.integers(1, 500000),
        st.integers(0, 2),
    ),
    st.tuples(
        st.just("refund"), st.integers(0, 2), st.integers(1, 50000), st.integers(0, 2)
    ),
    st.tuples(st.just("draft"), st.integers(0, 50)),
    st.tuples(st.just("post"), st.integers(0, 50)),
    st.tuples(st.just("cancel"), st.integers(0, 50)),
    st.tuples(st.just("pay"), st.integers(0, 50), st.integers(1, 100)),
    st.tuples(st.just("unpay"), st.integers(0, 50)),
)


class _Rollback(Exception):
    pass


@tagged("post_install", "-at_install")
class TestContributionProperty(CoopContributionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.activities = [
            cls._new_activity("Flat 10", None),
            cls._new_activity("Flat 5", cls.scheme_5),
            cls._new_activity("Cashed 10", cls.scheme_cashed),
        ]
        cls.rates = [10.0, 5.0, 10.0]
        cls._book_queued()

    @settings(
        max_examples=12,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.lists(operation, min_size=1, max_size=8))
    def test_booked_equals_scheme_of_base(self, operations):
        with contextlib.suppress(_Rollback), self.env.cr.savepoint():
            self._run(operations)
            self._check()
            raise _Rollback
        self.env.invalidate_all()

    def _run(self, operations):
        moves = []
        for op in operations:
            kind = op[0]
            if kind in ("invoice", "refund"):
                _kind, index, cents, month = op
                moves.append(
                    self._invoice(
                        self.activities[index],
                        cents / 100,
                        date=MONTHS[month],
                        move_type="out_invoice" if kind == "invoice" else "out_refund",
                    )
                )
            elif not moves:
                continue
            else:
                move = moves[op[1] % len(moves)]
                if kind == "draft" and move.state == "posted":
                    move.button_draft()
                elif kind == "post" and move.state == "draft":
                    move.action_post()
                elif kind == "cancel" and move.state in ("posted", "draft"):
                    move.button_cancel()
                elif (
                    kind == "pay"
                    and move.state == "posted"
                    and move.move_type == "out_invoice"
                    and not move.currency_id.is_zero(move.amount_residual)
                ):
                    amount = move.currency_id.round(move.amount_residual * op[2] / 100)
                    if amount:
                        self._pay(move, amount, "2026-04-20")
                elif kind == "unpay":
                    payments = move.matched_payment_ids.filtered(
                        lambda p: p.state != "canceled" and p.move_id.state == "posted"
                    )
                    if payments:
                        payments[:1].move_id._reverse_moves(cancel=True)
            self._book_queued()

    def _expected(self):
        """{(activity id, month): amount} from the posted sources, computed here
        without the engine."""
        expected = defaultdict(float)
        for activity, rate in zip(self.activities, self.rates, strict=True):
            sources = self.env["account.move"].search(
                [
                    ("coop_activity_id", "=", activity.id),
                    ("state", "=", "posted"),
                    ("move_type", "in", ("out_invoice", "out_refund")),
                ]
            )
            for move in sources:
                base = move.amount_untaxed_signed
                if activity.name != "Cashed 10":
                    bases = {move.date: base}
                else:
                    bases = defaultdict(float)
                    total = abs(
                        sum(
                            move.line_ids.filtered(
                                lambda line: line.account_id.account_type
                                == "asset_receivable"
                            ).mapped("balance")
                        )
                    )
                    for line in move.line_ids.filtered(
                        lambda line: line.account_id.account_type == "asset_receivable"
                    ):
                        for partial in line.matched_credit_ids:
                            if partial.credit_move_id.move_id.is_invoice(True):
                                continue
                            date = max(partial.max_date, move.date)
                            bases[date] += base * partial.amount / total
                for date, date_base in bases.items():
                    date_base = float_round(date_base, 2)
                    expected[activity.id, date.strftime("%Y-%m")] += float_round(
                        date_base * rate / 100, 2
                    )
        return expected

    def _check(self):
        booked = defaultdict(float)
        contributions = self.Contribution.with_user(self.staff).search(
            [("activity_id", "in", [a.id for a in self.activities])]
        )
        for contribution in contributions:
            booked[
                contribution.activity_id.id, contribution.date.strftime("%Y-%m")
            ] += contribution.amount
        expected = self._expected()
        for key in set(booked) | set(expected):
            self.assertAlmostEqual(
                booked.get(key, 0.0), expected.get(key, 0.0), places=2, msg=str(key)
            )
        # The company's result does not move: each entry's lines on income and
        # expense accounts net to zero, and so do its analytic lines.
        entries = contributions.move_id
        pnl = entries.line_ids.filtered(
            lambda line: line.account_id.internal_group in ("income", "expense")
        )
        self.assertAlmostEqual(sum(pnl.mapped("balance")), 0.0, places=2)
        self.assertAlmostEqual(
            sum(entries.line_ids.analytic_line_ids.mapped("amount")), 0.0, places=2
        )
        # The activities' analytic accounts bear exactly the contributions.
        column = self.company.coop_activity_plan_id._column_name()
        accounts = (
            self.env["hr.employee"]
            .browse([a.id for a in self.activities])
            .sudo()
            .coop_analytic_account_id
        )
        borne = entries.line_ids.analytic_line_ids.filtered(
            lambda line: line[column] in accounts
        )
        self.assertAlmostEqual(
            -sum(borne.mapped("amount")),
            sum(contributions.mapped("amount")),
            places=2,
        )
        # A recompute of the year books nothing more.
        wizard = (
            self.env["coop.contribution.recompute"]
            .with_user(self.staff)
            .create({"date_from": "2026-01-01", "date_to": "2026-12-31"})
        )
        wizard.action_preview()
        self.assertFalse(
            wizard.line_ids.filtered(lambda line: line.activity_id in self.activities)
        )
