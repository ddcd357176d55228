# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import shutil
import subprocess
from contextlib import contextmanager

from odoo import Command
from odoo.tests import TransactionCase, new_test_user

from odoo.addons.account.tests.common import AccountTestInvoicingHttpCommon

# The legal identity a French cooperative's invoices state, which posting a
# customer invoice or credit note asks for (coop_cae_l10n_fr).
COOP_LEGAL_IDENTITY = {
    "company_registry": "81234567800012",
    "coop_legal_form": "SCIC SAS",
    "coop_capital_variable": True,
    "coop_rcs_city": "Arras",
}


class CoopCompanyIdentity:
    """For test cases on Odoo's AccountTestInvoicingCommon: every company they
    create (their main one included) has the cooperative's legal identity."""

    @classmethod
    def _create_company(cls, **create_values):
        return super()._create_company(**{**COOP_LEGAL_IDENTITY, **create_values})


class RefusalAssertions:
    """For test cases of any base class: assert that an operation is refused."""

    @contextmanager
    def assertRefused(self, exception, regex):
        """The operation raises `exception` matching `regex` and leaves nothing
        behind: the savepoint rolls it back as a request would, and the cache is
        dropped so that what follows reads the database again."""
        with self.assertRaisesRegex(exception, regex), self.env.cr.savepoint():
            yield
        self.env.invalidate_all()


class PdfText:
    """Printed documents as the reader gets them: a real PDF (wkhtmltopdf),
    read back as text (pdftotext). Skips the test when either is missing
    (bin/test installs both when it can; under CI=true it stops without)."""

    def _pdf_text(self, report, records):
        if not (shutil.which("wkhtmltopdf") and shutil.which("pdftotext")):
            self.skipTest(
                "wkhtmltopdf or pdftotext is missing (bin/test installs them)"
            )
        pdf, kind = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf(report, records.ids)
        )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
        text = subprocess.run(
            ["pdftotext", "-layout", "-", "-"],
            input=pdf,
            capture_output=True,
            check=True,
        ).stdout.decode()
        return " ".join(text.split())


class CoopCaeCase(RefusalAssertions, TransactionCase):
    """Staff, a manager, a plain employee and a support worker, built for each test
    class: no demo data is needed."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
        cls.company.write(COOP_LEGAL_IDENTITY)
        cls.staff_user = new_test_user(
            cls.env,
            login="coop_staff",
            name="Nathalie Staff",
            groups="base.group_user,coop_cae.coop_cae_group_user",
        )
        cls.manager_user = new_test_user(
            cls.env,
            login="coop_manager",
            name="Claire Manager",
            groups="base.group_user,base.group_system,coop_cae.coop_cae_group_manager",
        )
        cls.plain_user = new_test_user(
            cls.env, login="coop_plain", name="Paul Plain", groups="base.group_user"
        )
        cls.support_worker = cls.env["hr.employee"].create(
            {"name": "Karim Support", "user_id": cls.staff_user.id}
        )
        cls.plan = cls.env.ref("coop_cae.account_analytic_plan_activities")

    @classmethod
    def _create_entrepreneur(cls, name="Marie Dupont", trade="Photographie", **vals):
        return cls.env["hr.employee"].create(
            {
                "name": name,
                "is_entrepreneur": True,
                "coop_trade_name": trade,
                "coop_support_worker_id": cls.support_worker.id,
                **vals,
            }
        )


class EntrepreneurJsonRpcCase(CoopCompanyIdentity, AccountTestInvoicingHttpCommon):
    """Two entrepreneurs with a user each, a client and a posted invoice each."""

    # A French cooperative's chart, as in production: it brings the
    # Contributions journal and account that posting books into.
    chart_template = "fr"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        company = cls.company = cls.company_data["company"]
        user_vals = {
            "company_id": company.id,
            "company_ids": [Command.set(company.ids)],
            "groups": "base.group_user,coop_cae.coop_cae_group_entrepreneur",
        }
        cls.user_a = new_test_user(
            cls.env, login="rpc_a", password="rpc_a_password", **user_vals
        )
        cls.user_b = new_test_user(
            cls.env, login="rpc_b", password="rpc_b_password", **user_vals
        )
        Employee = cls.env["hr.employee"].sudo()
        cls.activity_a, cls.activity_b = Employee.create(
            [
                {
                    "name": "Sandrine Leclercq",
                    "is_entrepreneur": True,
                    "coop_trade_name": "Savonnerie",
                    "user_id": user.id,
                    "company_id": company.id,
                    "coop_can_post_invoices": True,
                }
                for user in (cls.user_a, cls.user_b)
            ]
        )
        cls.moves = {}
        cls.partners = {}
        for key, user in (("a", cls.user_a), ("b", cls.user_b)):
            partner = (
                cls.env["res.partner"].with_user(user).create({"name": f"Client {key}"})
            )
            move = (
                cls.env["account.move"]
                .with_user(user)
                .create(
                    {
                        "move_type": "out_invoice",
                        "partner_id": partner.id,
                        "invoice_date": "2026-05-04",
                        "invoice_line_ids": [
                            Command.create(
                                {"product_id": cls.product_a.id, "price_unit": 500}
                            )
                        ],
                    }
                )
            )
            move.action_post()
            cls.moves[key], cls.partners[key] = move, partner

    def _search_read(self, model, domain, fields):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": model,
                "method": "search_read",
                "args": [domain],
                "kwargs": {"fields": fields},
            },
        )


class JsonRpcRefusals:
    """For HTTP test cases: call a model's method over JSON-RPC as the user
    logged in, as the web client does, and read what the server answers."""

    def _call_kw_response(self, model, method, args, kwargs=None):
        response = self.opener.post(
            f"{self.base_url()}/web/dataset/call_kw",
            json={
                "id": 0,
                "jsonrpc": "2.0",
                "method": "call",
                "params": {
                    "model": model,
                    "method": method,
                    "args": args,
                    "kwargs": kwargs or {},
                },
            },
            timeout=30,
        )
        response.raise_for_status()
        return response.json()

    def assertRpcRefused(self, exception_name, regex, model, method, args, kw=None):
        """The call is refused with `exception_name` (e.g. "ValidationError")
        and a message matching `regex`; returns the message."""
        answer = self._call_kw_response(model, method, args, kw)
        self.assertIn("error", answer, f"{model}.{method} was not refused")
        data = answer["error"]["data"]
        self.assertTrue(data["name"].endswith(exception_name), data["name"])
        self.assertRegex(data["message"], regex)
        return data["message"]
