# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.tests import new_test_user

from odoo.addons.coop_cae_contribution.tests.test_contribution import (
    CoopContributionCase,
)


class CoopBooksCase(CoopContributionCase):
    """A year of books of the two entrepreneurs of CoopContributionCase (their
    invoices of 1,000 € of 10 March 2026): a credit note of A, a bill and a
    payment of B, an expense report of A, a share subscription paid, the
    contributions booked, and an accountant who is no staff."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.accountant = new_test_user(
            cls.env,
            login="books_accountant",
            password="books_accountant_password",
            name="Agnès Comptable",
            groups="base.group_user,coop_cae.coop_cae_group_accountant",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.refund_a = cls._post(cls.activity_a, 200.0, "2026-04-15", "out_refund")
        cls.bill_b = cls._post(cls.activity_b, 300.0, "2026-05-04", "in_invoice")
        (
            cls.env["account.payment.register"]
            .with_user(cls.staff)
            .with_context(active_model="account.move", active_ids=cls.invoice_b.ids)
            .create({"payment_date": "2026-04-02"})
            ._create_payments()
        )
        cls.expense_a = cls._post_expense(cls.user_a, 64.0, "2026-03-15")
        cls._subscribe_shares("2026-06-01")
        cls._book_queued()

    @classmethod
    def _post(cls, activity, price, date, move_type):
        """Post a document of `activity` for `price`, without taxes."""
        document = (
            cls.env["account.move"]
            .with_user(cls.staff)
            .create(
                {
                    "move_type": move_type,
                    "partner_id": cls.partner_a.id,
                    "coop_activity_id": activity.id,
                    "invoice_date": date,
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "product_id": cls.product_a.id,
                                "price_unit": price,
                                "tax_ids": [Command.clear()],
                            }
                        )
                    ],
                }
            )
        )
        document.action_post()
        return document.sudo(False)

    @classmethod
    def _post_expense(cls, user, amount, date):
        """An expense report the entrepreneur files, approved and posted by the
        staff: the entry the cooperative owes the entrepreneur."""
        product = cls._create_product(
            name="Billet de train", can_be_expensed=True, standard_price=0.0
        )
        expense = (
            cls.env["hr.expense"]
            .with_user(user)
            .create(
                {
                    "name": "Lille - Paris",
                    "product_id": product.id,
                    "total_amount_currency": amount,
                    "date": date,
                }
            )
        )
        expense.action_submit()
        expense = expense.with_user(cls.staff)
        expense.action_approve()
        action = expense.sudo().action_post()
        cls.env[action["res_model"]].browse(action["res_id"]).with_context(
            **action["context"]
        ).action_post_entry()
        return expense.sudo(False)

    @classmethod
    def _subscribe_shares(cls, date):
        """Two shares subscribed and paid by bank: the register's entries."""
        college = (
            cls.env["coop.member.college"]
            .sudo()
            .create({"name": "Partenaires", "company_id": cls.company.id})
        )
        subscription = (
            cls.env["coop.share.subscription"]
            .with_user(cls.staff)
            .create(
                {
                    "partner_id": cls.partner_b.id,
                    "college_id": college.id,
                    "shares": 2,
                    "date": date,
                    "signed": True,
                    "company_id": cls.company.id,
                }
            )
        )
        subscription.action_validate()
        cls.env["coop.share.payment"].with_user(cls.staff).create(
            {
                "member_id": subscription.member_id.id,
                "amount": subscription.amount,
                "date": date,
                "payment_method": "bank",
                "journal_id": cls.company_data["default_journal_bank"].id,
            }
        ).action_confirm()
        cls.share_subscription = subscription

    @classmethod
    def _submitted_invoice(cls, user, partner, price=500.0):
        """A draft invoice an entrepreneur who may not post submits."""
        invoice = (
            cls.env["account.move"]
            .with_user(user)
            .create(
                {
                    "move_type": "out_invoice",
                    "partner_id": partner.id,
                    "invoice_date": "2026-06-10",
                    "invoice_line_ids": [
                        Command.create(
                            {"product_id": cls.product_a.id, "price_unit": price}
                        )
                    ],
                }
            )
        )
        invoice.action_coop_submit()
        return invoice
