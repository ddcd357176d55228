# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The ledger fence: an entrepreneur reaches their own activity only, and changes
the books through the actions only (issue 12)."""

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from .common import RefusalAssertions
from .test_invoicing import CoopInvoicingCase


class LedgerFenceCase(RefusalAssertions, CoopInvoicingCase):
    """Invoicing's two activities, plus a supplier both buy from (the
    cooperative's own contact), a bill each on the same day for the same amount,
    a bank account each and a credit note of A's."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.supplier = cls.env["res.partner"].create(
            {"name": "Papeterie du Bassin", "coop_activity_id": False}
        )
        cls.bill_a = cls._entrepreneur_bill(cls.user_a)
        cls.bill_b = cls._entrepreneur_bill(cls.user_b)
        cls.bill_b.with_user(cls.staff).action_post()
        Bank = cls.env["res.partner.bank"].sudo()
        cls.bank_a = Bank.create(
            {"acc_number": "FR7630006000011111111111111", "partner_id": cls.client_a.id}
        )
        cls.bank_b = Bank.create(
            {"acc_number": "FR7630006000012222222222222", "partner_id": cls.client_b.id}
        )
        cls.coop_bank = Bank.create(
            {
                "acc_number": "FR7630006000013333333333333",
                "partner_id": cls.company.partner_id.id,
            }
        )

    @classmethod
    def _entrepreneur_bill(cls, user, partner=None, amount=240.0):
        return (
            cls.env["account.move"]
            .with_user(user)
            .create(
                {
                    "move_type": "in_invoice",
                    "partner_id": (partner or cls.supplier).id,
                    "invoice_date": "2026-03-12",
                    "invoice_line_ids": [
                        Command.create(
                            {"product_id": cls.product_b.id, "price_unit": amount}
                        )
                    ],
                }
            )
        )

    def _draft_a(self):
        return self._entrepreneur_invoice(self.user_a, self.client_a).with_user(
            self.user_a
        )

    def _credit_note(self, user, partner, price=300.0):
        """A credit note on its own, reversing no invoice."""
        credit_note = self._entrepreneur_invoice(user, partner, price=price)
        credit_note.move_type = "out_refund"
        credit_note.with_user(self.staff).action_post()
        return credit_note


@tagged("post_install", "-at_install")
class TestStateThroughActions(LedgerFenceCase):
    def test_writing_the_state_is_refused(self):
        draft = self._draft_a()
        with self.assertRefused(UserError, "through its buttons"):
            draft.write({"state": "posted"})
        self.assertEqual(draft.state, "draft")
        with self.assertRefused(UserError, "through its buttons"):
            self.invoice_a.with_user(self.user_a).write({"state": "draft"})
        self.assertEqual(self.invoice_a.state, "posted")
        with self.assertRefused(UserError, "through its buttons"):
            self.env["account.move"].with_user(self.user_a).create(
                {
                    "move_type": "out_invoice",
                    "partner_id": self.client_a.id,
                    "state": "posted",
                }
            )

    def test_auto_post_is_refused(self):
        draft = self._draft_a()
        with self.assertRefused(UserError, "through its buttons"):
            draft.write({"auto_post": "at_date"})
        self.assertEqual(draft.auto_post, "no")

    def test_flagging_an_invoice_as_the_cooperative_own_is_refused(self):
        draft = self._draft_a()
        with self.assertRefused(UserError, "through its buttons"):
            draft.write({"coop_is_structure": True})
        self.assertEqual(draft.coop_activity_id, self.activity_a)

    def test_posting_and_resetting_through_the_actions_still_work(self):
        draft = self._draft_a()
        draft.action_post()
        self.assertEqual(draft.state, "posted")
        draft.button_draft()
        self.assertEqual(draft.state, "draft")
        draft.button_cancel()
        self.assertEqual(draft.state, "cancel")

    def test_payment_state_through_its_buttons(self):
        payment = self._register_payment(self.invoice_a.with_user(self.user_a))
        payment = payment.with_user(self.user_a)
        state = payment.state
        with self.assertRefused(UserError, "through its buttons"):
            payment.write({"state": "paid"})
        with self.assertRefused(UserError, "through its buttons"):
            payment.action_validate()
        self.assertEqual(payment.state, state)
        payment.action_draft()
        self.assertEqual(payment.state, "draft")
        payment.action_post()
        self.assertIn(payment.state, ("in_process", "paid"))

    def test_staff_write_the_state(self):
        draft = self._draft_a().with_user(self.staff)
        draft.write({"auto_post": "at_date"})
        self.assertEqual(draft.auto_post, "at_date")

    def test_refusal_is_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(["coop_cae"], ["fr_FR"])
        draft = self._draft_a().with_context(lang="fr_FR")
        with self.assertRefused(UserError, "ses boutons"):
            draft.write({"state": "posted"})


@tagged("post_install", "-at_install")
class TestPostedEntries(LedgerFenceCase):
    def test_changing_a_posted_line_is_refused(self):
        line = self._revenue_lines(self.invoice_a).with_user(self.user_a)
        with self.assertRefused(UserError, "posted"):
            line.write({"price_unit": 1.0})
        self.assertEqual(line.price_unit, 1000.0)
        with self.assertRefused(UserError, "posted"):
            self.invoice_a.with_user(self.user_a).write(
                {"invoice_line_ids": [Command.update(line.id, {"name": "Changed"})]}
            )
        with self.assertRefused(UserError, "posted"):
            line.unlink()

    def test_draft_lines_stay_editable(self):
        draft = self._draft_a()
        self._revenue_lines(draft).write({"price_unit": 800.0})
        self.assertEqual(draft.amount_untaxed, 800.0)

    def test_staff_change_a_posted_line_label(self):
        line = self._revenue_lines(self.invoice_a).with_user(self.staff)
        line.name = "Reportage"
        self.assertEqual(line.name, "Reportage")


@tagged("post_install", "-at_install")
class TestJournals(LedgerFenceCase):
    def test_manual_entries_are_refused(self):
        # Every miscellaneous journal: Odoo's, and the Contributions journal
        # when coop_cae_contribution is installed.
        general = self.env["account.journal"].search(
            [("type", "=", "general"), ("company_id", "=", self.company.id)]
        )
        self.assertIn(self.company_data["default_journal_misc"], general)
        account = self.company_data["default_account_revenue"]
        for journal in general:
            with (
                self.subTest(journal=journal.name),
                self.assertRefused(UserError, "sales and purchase journals"),
            ):
                self.env["account.move"].with_user(self.user_a).create(
                    {
                        "move_type": "entry",
                        "journal_id": journal.id,
                        "line_ids": [
                            Command.create({"account_id": account.id, "debit": 10}),
                            Command.create({"account_id": account.id, "credit": 10}),
                        ],
                    }
                )

    def test_moving_a_draft_to_another_journal_is_refused(self):
        draft = self._draft_a()
        with self.assertRefused(UserError, "sales and purchase journals"):
            draft.journal_id = self.company_data["default_journal_misc"]

    def test_staff_book_manual_entries(self):
        account = self.company_data["default_account_revenue"]
        entry = (
            self.env["account.move"]
            .with_user(self.staff)
            .create(
                {
                    "move_type": "entry",
                    "journal_id": self.company_data["default_journal_misc"].id,
                    "line_ids": [
                        Command.create({"account_id": account.id, "debit": 10}),
                        Command.create({"account_id": account.id, "credit": 10}),
                    ],
                }
            )
        )
        entry.action_post()
        self.assertEqual(entry.state, "posted")


@tagged("post_install", "-at_install")
class TestOthersRecords(LedgerFenceCase):
    def test_wizards_opened_with_another_invoice_are_refused(self):
        for model in (
            "account.move.send.wizard",
            "account.payment.register",
            "account.move.reversal",
        ):
            Wizard = (
                self.env[model]
                .with_user(self.user_a)
                .with_context(
                    active_model="account.move", active_ids=self.invoice_b.ids
                )
            )
            # What the client asks when it opens the wizard: its every field.
            spec = {name: {} for name in Wizard._fields}
            for step in ("create", "onchange"):
                with (
                    self.subTest(model=model, step=step),
                    self.assertRaises(AccessError, msg=f"{model} {step}"),
                    self.env.cr.savepoint(),
                ):
                    if step == "create":
                        Wizard.create({}).read()
                    else:
                        Wizard.onchange({}, [], spec)

    def test_own_wizard_opens(self):
        wizard = (
            self.env["account.move.send.wizard"]
            .with_user(self.user_a)
            .with_context(active_model="account.move", active_ids=self.invoice_a.ids)
            .create({})
        )
        self.assertEqual(wizard.move_id, self.invoice_a)

    def test_bank_accounts_are_their_own(self):
        Bank = self.env["res.partner.bank"].with_user(self.user_a)
        everyone = self.bank_a | self.bank_b | self.coop_bank
        self.assertEqual(
            Bank.search([("id", "in", everyone.ids)]),
            (self.bank_a | self.coop_bank).with_user(self.user_a),
        )
        with self.assertRefused(AccessError, ""):
            self.bank_b.with_user(self.user_a).read(["acc_number"])
        with self.assertRefused(AccessError, ""):
            self.bank_b.with_user(self.user_a).write({"acc_number": "FR76HACK"})
        with self.assertRefused(AccessError, ""):
            self.coop_bank.with_user(self.user_a).write({"acc_number": "FR76HACK"})
        with self.assertRefused(AccessError, ""):
            Bank.create({"acc_number": "FR76HACK", "partner_id": self.client_b.id})
        self.bank_a.with_user(self.user_a).write({"bank_name": "Crédit Mutuel"})
        self.assertEqual(self.bank_a.bank_name, "Crédit Mutuel")

    def test_portal_access_for_own_contacts_only(self):
        self.supplier.email = "contact@papeterie-bassin.fr"
        self.client_a.email = "client.a@example.com"
        Wizard = self.env["portal.wizard"].with_user(self.user_a)
        shared = Wizard.create({"partner_ids": self.supplier.ids}).user_ids
        with self.assertRefused(UserError, "Only the cooperative's staff"):
            shared.action_grant_access()
        self.assertFalse(self.supplier.user_ids)
        own = Wizard.create({"partner_ids": self.client_a.ids}).user_ids
        own.action_grant_access()
        self.assertTrue(self.client_a.user_ids._is_portal())
        by_staff = (
            self.env["portal.wizard"]
            .with_user(self.staff)
            .create({"partner_ids": self.supplier.ids})
            .user_ids
        )
        by_staff.action_grant_access()
        self.assertTrue(self.supplier.user_ids._is_portal())

    def test_products_are_shared_or_their_own(self):
        Product = self.env["product.template"]
        shared = Product.create({"name": "Location de salle", "list_price": 40.0})
        self.assertFalse(shared.coop_activity_id, "the staff's products are shared")
        own = Product.with_user(self.user_a).create(
            {"name": "Séance photo", "type": "service", "list_price": 350.0}
        )
        self.assertEqual(own.coop_activity_id, self.activity_a)
        theirs = Product.with_user(self.user_b).create({"name": "Savon au lait"})
        as_a = Product.with_user(self.user_a)
        found = as_a.search([("id", "in", (shared | own | theirs).ids)])
        self.assertEqual(found, (shared | own).with_user(self.user_a))
        with self.assertRefused(AccessError, ""):
            theirs.with_user(self.user_a).read(["list_price"])
        with self.assertRefused(AccessError, ""):
            shared.with_user(self.user_a).write({"list_price": 1.0})
        with self.assertRefused(AccessError, ""):
            own.with_user(self.user_a).write({"coop_activity_id": self.activity_b.id})
        own.with_user(self.user_a).write({"list_price": 380.0})
        self.assertEqual(own.list_price, 380.0)
        # Her invoice lines take her products and the shared ones, not B's.
        draft = self._draft_a()
        with self.assertRefused(AccessError, ""):
            draft.write(
                {
                    "invoice_line_ids": [
                        Command.create({"product_id": theirs.product_variant_id.id})
                    ]
                }
            )
        draft.write(
            {
                "invoice_line_ids": [
                    Command.create({"product_id": own.product_variant_id.id})
                ]
            }
        )
        self.assertIn("Séance photo", draft.invoice_line_ids.mapped("name"))
        staff = Product.with_user(self.staff)
        self.assertEqual(
            len(staff.search([("id", "in", (shared | own | theirs).ids)])), 3
        )

    def test_online_payments_are_their_own(self):
        provider = (
            self.env["payment.provider"]
            .sudo()
            .create({"name": "Carte bancaire", "company_id": self.company.id})
        )
        method = self.env.ref("payment.payment_method_unknown")
        Token = self.env["payment.token"].sudo()
        token_a, token_b = (
            Token.create(
                {
                    "provider_id": provider.id,
                    "payment_method_id": method.id,
                    "partner_id": client.id,
                    "provider_ref": ref,
                    "payment_details": "4242",
                }
            )
            for client, ref in ((self.client_a, "tok_a"), (self.client_b, "tok_b"))
        )
        Transaction = self.env["payment.transaction"].sudo()
        transactions = {
            invoice: Transaction.create(
                {
                    "provider_id": provider.id,
                    "payment_method_id": method.id,
                    "partner_id": invoice.partner_id.id,
                    "amount": invoice.amount_total,
                    "currency_id": invoice.currency_id.id,
                    "reference": f"TX-{invoice.id}",
                    "invoice_ids": [Command.set(invoice.ids)],
                }
            )
            for invoice in (self.invoice_a, self.invoice_b)
        }
        as_a = self.env(user=self.user_a)
        everyone = (token_a | token_b).ids
        self.assertEqual(
            as_a["payment.token"].search([("id", "in", everyone)]).ids, token_a.ids
        )
        found = as_a["payment.transaction"].search(
            [("id", "in", [tx.id for tx in transactions.values()])]
        )
        self.assertEqual(found.ids, transactions[self.invoice_a].ids)
        with self.assertRefused(AccessError, ""):
            token_b.with_user(self.user_a).read(["payment_details"])
        with self.assertRefused(AccessError, ""):
            transactions[self.invoice_b].with_user(self.user_a).read(["amount"])
        as_staff = self.env(user=self.staff)
        self.assertEqual(
            len(as_staff["payment.token"].search([("id", "in", everyone)])), 2
        )

    def test_another_record_in_a_many2one_is_refused(self):
        draft = self._draft_a()
        with self.assertRefused(AccessError, ""):
            draft.write({"partner_id": self.client_b.id})
        with self.assertRefused(AccessError, ""):
            draft.write({"reversed_entry_id": self.invoice_b.id})
        with self.assertRefused(AccessError, ""):
            self.env["account.move"].with_user(self.user_a).create(
                {"move_type": "out_invoice", "partner_id": self.client_b.id}
            )
        self.assertEqual(draft.partner_id, self.client_a)

    def test_reconciliations_followers_notifications_are_their_own(self):
        self._register_payment(self.invoice_a.with_user(self.user_a))
        self._register_payment(self.invoice_b.with_user(self.staff))
        invoices = self.invoice_a | self.invoice_b
        for invoice, client in (
            (self.invoice_a, self.client_a),
            (self.invoice_b, self.client_b),
        ):
            invoice.sudo().message_subscribe(partner_ids=client.ids)
        self.invoice_b.sudo().message_post(
            body="Relance", partner_ids=self.staff.partner_id.ids
        )
        self.invoice_a.sudo().message_post(
            body="Merci", partner_ids=self.staff.partner_id.ids
        )
        lines = invoices.line_ids
        for model, domain, own in (
            (
                "account.partial.reconcile",
                [
                    "|",
                    ("debit_move_id", "in", lines.ids),
                    ("credit_move_id", "in", lines.ids),
                ],
                self.invoice_a.line_ids.matched_credit_ids,
            ),
            (
                "mail.followers",
                [("res_model", "=", "account.move"), ("res_id", "in", invoices.ids)],
                self.env["mail.followers"].search(
                    [
                        ("res_model", "=", "account.move"),
                        ("res_id", "=", self.invoice_a.id),
                    ]
                ),
            ),
            (
                "mail.notification",
                [("mail_message_id.res_id", "in", invoices.ids)],
                self.env["mail.notification"].search(
                    [
                        ("mail_message_id.model", "=", "account.move"),
                        ("mail_message_id.res_id", "=", self.invoice_a.id),
                    ]
                ),
            ),
        ):
            with self.subTest(model=model):
                self.assertTrue(own)
                found = self.env[model].with_user(self.user_a).search(domain)
                self.assertEqual(found.ids, own.ids)
        full = self.env["account.full.reconcile"].with_user(self.user_a).search([])
        self.assertEqual(full.ids, self.invoice_a.line_ids.full_reconcile_id.ids)


@tagged("post_install", "-at_install")
class TestFigures(LedgerFenceCase):
    def test_shared_contact_totals_count_own_entries(self):
        self.bill_a.with_user(self.user_a).action_post()
        supplier = self.supplier.with_user(self.user_a)
        self.assertEqual(supplier.debit, self.bill_a.amount_total)
        self.env.invalidate_all()
        self.assertEqual(
            self.supplier.with_user(self.staff).debit,
            self.bill_a.amount_total + self.bill_b.amount_total,
        )

    def test_own_bill_with_a_shared_supplier_opens(self):
        self.bill_a.with_user(self.user_a).action_post()
        bill = self.bill_a.with_user(self.user_a)
        self.env.invalidate_all()
        self.assertFalse(bill.duplicated_ref_ids)
        bill.web_read({"duplicated_ref_ids": {}, "display_name": {}})
        self.env.invalidate_all()
        self.assertEqual(
            self.bill_a.with_user(self.staff).duplicated_ref_ids,
            self.bill_b.with_user(self.staff),
        )

    def test_invoicing_dashboard_opens(self):
        Journal = self.env["account.journal"].with_user(self.user_a)
        action = self.env.ref("account.open_account_journal_dashboard_kanban")
        views = Journal.get_views([(False, "kanban")])
        self.assertIn("kanban", views["views"])
        journals = Journal.search(safe_eval(action.domain or "[]"))
        journals.read(["kanban_dashboard", "kanban_dashboard_graph"])

    def test_bank_dashboard_shows_no_cooperative_figures(self):
        self._register_payment(self.invoice_b.with_user(self.staff))
        bank = self.company_data["default_journal_bank"].with_user(self.user_a)
        data = bank._get_journal_dashboard_data_batched()[bank.id]
        for key in (
            "account_balance",
            "last_balance",
            "outstanding_pay_account_balance",
        ):
            self.assertNotIn(key, data)
        staff_data = bank.with_user(self.staff)._get_journal_dashboard_data_batched()
        self.assertIn("account_balance", staff_data[bank.id])

    def test_digest_is_not_theirs(self):
        self.assertFalse(self.env["digest.digest"].with_user(self.user_a).search([]))
        self.assertTrue(self.env["digest.digest"].with_user(self.staff).search([]))

    def test_searching_contacts_by_amount_counts_own_items(self):
        # B's bill owes the shared supplier 240 € + VAT; A's is a draft.
        Partner = self.env["res.partner"].with_user(self.user_a)
        shared = [("id", "=", self.supplier.id)]
        self.assertFalse(Partner.search(shared + [("debit", ">", 0)]))
        staff_partner = self.env["res.partner"].with_user(self.staff)
        self.assertEqual(
            staff_partner.search(shared + [("debit", ">", 0)]), self.supplier
        )
        self.bill_a.with_user(self.user_a).action_post()
        total_a = self.bill_a.amount_total
        self.assertEqual(Partner.search(shared + [("debit", ">", 0)]), self.supplier)
        self.assertEqual(
            Partner.search(shared + [("debit", "<=", total_a)]), self.supplier
        )
        self.assertFalse(Partner.search(shared + [("debit", ">", total_a)]))
        self.assertEqual(
            staff_partner.search(shared + [("debit", ">", total_a)]), self.supplier
        )
        # B's client owes B; A finds no receivable on it.
        self.assertFalse(
            self.env["res.partner"]
            .with_user(self.user_b)
            .search([("id", "=", self.client_a.id), ("credit", ">", 0)])
        )


@tagged("post_install", "-at_install")
class TestNoCrossActivityMatching(LedgerFenceCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Both activities invoice the cooperative's own contact.
        cls.shared_invoice_b = cls._entrepreneur_invoice(cls.user_b, cls.supplier)
        cls.shared_invoice_b.with_user(cls.staff).action_post()
        cls.shared_invoice_a = cls._entrepreneur_invoice(cls.user_a, cls.supplier)
        cls.shared_invoice_a.with_user(cls.user_a).action_post()

    def test_widget_offers_own_activity_credits_only(self):
        credit_note_a = self._credit_note(self.user_a, self.supplier)
        self.env.invalidate_all()
        widget_a = self.shared_invoice_a.with_user(
            self.staff
        ).invoice_outstanding_credits_debits_widget
        self.assertEqual(
            [item["move_id"] for item in widget_a["content"]], credit_note_a.ids
        )
        invoice_b = self.shared_invoice_b.with_user(self.staff)
        self.assertFalse(invoice_b.invoice_outstanding_credits_debits_widget)
        self.assertFalse(invoice_b.invoice_has_outstanding)

    def test_reconciling_two_activities_is_refused(self):
        credit_note_a = self._credit_note(self.user_a, self.supplier)
        line = credit_note_a.line_ids.filtered(
            lambda aml: aml.account_id.account_type == "asset_receivable"
        )
        invoice = self.shared_invoice_b.with_user(self.user_b)
        with self.assertRefused((UserError, AccessError), ""):
            invoice.js_assign_outstanding_line(line.id)
        lines = (
            self.env["account.move.line"]
            .browse((line | self.shared_invoice_b.line_ids).ids)
            .filtered(lambda aml: aml.account_id == line.account_id)
        )
        with self.assertRefused(UserError, "another activity"):
            lines.with_user(self.user_b).sudo().reconcile()
        self.assertEqual(self.shared_invoice_b.payment_state, "not_paid")

    def test_staff_record_an_explicit_transfer(self):
        credit_note_a = self._credit_note(self.user_a, self.supplier)
        line = credit_note_a.line_ids.filtered(
            lambda aml: aml.account_id.account_type == "asset_receivable"
        )
        self.shared_invoice_b.with_user(self.staff).js_assign_outstanding_line(line.id)
        self.assertEqual(self.shared_invoice_b.payment_state, "partial")
