# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The ledger fence over the whole registry: every model an entrepreneur can
read is either shared on purpose or fenced to their activity, and nothing of
another activity comes back through any of them (issue 12)."""

from pathlib import Path

import psycopg2

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Domain
from odoo.tests import tagged
from odoo.tools import mute_logger

from .test_ledger_fence import LedgerFenceCase

# A wizard created with nothing but ids may fail on what it lacks.
BAD_INPUT = (
    AttributeError,
    IndexError,
    KeyError,
    TypeError,
    ValueError,
    psycopg2.Error,
)

# Models an entrepreneur reads whole: configuration and reference data shared by
# the cooperative, holding no activity's business (readme/SECURITY.md says why).
# Any other model they can read must be fenced to their activity
# (FENCED_MODELS in models/base.py, or a record rule that gives them less than
# the staff).
SHARED_MODELS = frozenset(
    {
        "account.account",
        "account.account.tag",
        "account.analytic.account",
        "account.analytic.distribution.model",
        "account.cash.rounding",
        "account.fiscal.position",
        "account.fiscal.position.account",
        "account.incoterms",
        "account.journal",
        "account.journal.group",
        "account.lock_exception",
        "account.payment.method",
        "account.payment.method.line",
        "account.payment.term",
        "account.payment.term.line",
        "account.reconcile.model",
        "account.reconcile.model.line",
        "account.tax",
        "account.tax.group",
        "account.tax.repartition.line",
        "account_edi_proxy_client.user",
        "auth.passkey.key",
        "auth_totp.device",
        "base_import.mapping",
        "coop.coworking.busy.slot",
        "coop.coworking.resource",
        "coop.member.college",
        "date.range",
        "date.range.type",
        "digest.tip",
        "discuss.call.history",
        "discuss.channel",
        "discuss.channel.member",
        "discuss.gif.favorite",
        "hr.department",
        "hr.employee.category",
        "hr.employee.location",
        "hr.employee.public",
        "hr.employee.skill",
        "hr.job",
        "hr.job.skill",
        "hr.resume.line",
        "hr.resume.line.type",
        "hr.skill",
        "hr.skill.level",
        "hr.skill.type",
        "hr.work.location",
        "iap.account",
        "iap.service",
        "ir.actions.report",
        "ir.default",
        "ir.embedded.actions",
        "ir.exports",
        "ir.exports.line",
        "ir.filters",
        "ir.module.category",
        "ir.module.module",
        "ir.module.module.dependency",
        "ir.module.module.exclusion",
        "ir.sequence",
        "ir.sequence.date_range",
        "ir.ui.menu",
        "mail.activity.plan",
        "mail.activity.plan.template",
        "mail.activity.type",
        "mail.alias",
        "mail.alias.domain",
        "mail.canned.response",
        "mail.guest",
        "mail.message.subtype",
        "mail.scheduled.message",
        "mail.template",
        "mis.report",
        "mis.report.kpi",
        "mis.report.kpi.expression",
        "mis.report.query",
        "mis.report.style",
        "mis.report.subkpi",
        "mis.report.subreport",
        "payment.method",
        "product.attribute",
        "product.attribute.custom.value",
        "product.attribute.value",
        "product.category",
        "product.combo",
        "product.combo.item",
        "product.document",
        "product.pricelist",
        "product.pricelist.item",
        "product.supplierinfo",
        "product.tag",
        "product.template.attribute.exclusion",
        "product.template.attribute.line",
        "product.template.attribute.value",
        "product.uom",
        "report.layout",
        "report.paperformat",
        "res.bank",
        "res.company",
        "res.country",
        "res.country.group",
        "res.country.state",
        "res.currency",
        "res.currency.rate",
        "res.device",
        "res.device.log",
        "res.groups",
        "res.groups.privilege",
        "res.lang",
        "res.partner.category",
        "res.partner.industry",
        "res.role",
        "res.users",
        "res.users.apikeys",
        "res.users.settings",
        "res.users.settings.embedded.action",
        "res.users.settings.volumes",
        "resource.calendar",
        "resource.calendar.attendance",
        "resource.calendar.leaves",
        "resource.resource",
        "sms.template",
        "spreadsheet.dashboard",
        "spreadsheet.dashboard.group",
        "spreadsheet.dashboard.share",
        "uom.uom",
        "web_tour.tour",
        "web_tour.tour.step",
    }
)


@tagged("post_install", "-at_install")
class TestRegistryFence(LedgerFenceCase):
    """Every model of the registry: entrepreneur A reaches nothing of B's."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        token = "Zorglub"
        cls.client_b.sudo().ref = token
        invoice_b = cls.invoice_b.sudo()
        invoice_b.ref = token
        cls._register_payment(cls.invoice_b.with_user(cls.staff))
        cls.bill_b.sudo().ref = token
        cls.env["product.template"].create(
            {"name": f"{token} session", "coop_activity_id": cls.activity_b.id}
        )
        invoice_b.message_post(body=token, partner_ids=cls.staff.partner_id.ids)
        invoice_b.message_subscribe(partner_ids=cls.client_b.ids)
        invoice_b.activity_schedule(
            "mail.mail_activity_data_todo", user_id=cls.staff.id, summary=token
        )
        cls.env["ir.attachment"].create(
            {
                "name": f"{token}.pdf",
                "res_model": "account.move",
                "res_id": invoice_b.id,
                "datas": "SGVsbG8=",
            }
        )
        cls.token = token
        cls.b_records = cls._activity_records(cls.activity_b, cls.user_b)

    @classmethod
    def _activity_records(cls, activity, user):
        """{model: ids} of what belongs to `activity` alone."""
        env = cls.env
        moves = env["account.move"].search([("coop_activity_id", "=", activity.id)])
        lines = moves.line_ids
        partners = env["res.partner"].search([("coop_activity_id", "=", activity.id)])
        documents = [("account.move", moves.ids), ("res.partner", partners.ids)]
        records = {
            "account.move": moves,
            "account.move.line": lines,
            "account.payment": env["account.payment"].search(
                [("coop_activity_id", "=", activity.id)]
            ),
            "account.partial.reconcile": lines.matched_debit_ids
            | lines.matched_credit_ids,
            "account.full.reconcile": lines.full_reconcile_id,
            "account.analytic.line": lines.analytic_line_ids,
            "res.partner": partners,
            "res.partner.bank": partners.bank_ids,
            "product.template": env["product.template"].search(
                [("coop_activity_id", "=", activity.id)]
            ),
        }
        records["product.product"] = records["product.template"].product_variant_ids
        for model, field in (
            ("ir.attachment", "res_model"),
            ("mail.message", "model"),
            ("mail.followers", "res_model"),
            ("mail.activity", "res_model"),
        ):
            records[model] = env[model].search(
                Domain.OR(
                    Domain(field, "=", name) & Domain("res_id", "in", ids)
                    for name, ids in documents
                )
            )
        records["mail.notification"] = records["mail.message"].notification_ids
        return {model: found.ids for model, found in records.items() if found}

    def _readable_models(self):
        Env = self.env(user=self.user_a)
        return sorted(
            name
            for name, model in self.env.registry.items()
            if not model._abstract and Env[name].has_access("read")
        )

    def _rule_limited(self, name):
        """A record rule gives entrepreneur A less of `name` than the staff."""
        Rule = self.env["ir.rule"]
        return Rule.with_user(self.user_a)._compute_domain(name, "read") != (
            Rule.with_user(self.staff)._compute_domain(name, "read")
        )

    def test_every_readable_model_declares_its_isolation(self):
        fenced = set(self.env["base"]._coop_fenced_models())
        undeclared = [
            name
            for name in self._readable_models()
            if not self.env[name]._transient
            and name not in SHARED_MODELS
            and name not in fenced
            and not self._rule_limited(name)
        ]
        self.assertFalse(
            undeclared,
            "Entrepreneurs can read these models, which are neither shared "
            "(SHARED_MODELS, readme/SECURITY.md) nor fenced to their activity "
            "(FENCED_MODELS): " + ", ".join(undeclared),
        )

    def test_the_readme_lists_the_shared_models(self):
        readme = (Path(__file__).parent.parent / "readme" / "SECURITY.md").read_text()
        missing = [
            name
            for name in sorted(SHARED_MODELS | self.env["base"]._coop_fenced_models())
            if f"`{name}`" not in readme
        ]
        self.assertFalse(missing, "not in readme/SECURITY.md: " + ", ".join(missing))

    def test_nothing_of_b_is_reached(self):
        self.assertGreaterEqual(len(self.b_records), 10)
        Env = self.env(user=self.user_a)
        reached = []
        for name in self._readable_models():
            Model = Env[name]
            if Model._transient:
                continue
            try:
                reached += self._probe(Model, self.b_records.get(name))
            except AccessError:
                continue  # refused: nothing reached
        self.assertFalse(reached, "A reaches B's records: " + ", ".join(reached))

    def _probe(self, Model, ids):
        """What of B's `Model` (as A) returns: by id, grouped, by name, and
        through its fields that point to B's records."""
        name = Model._name
        reached = []
        if ids:
            domain = [("id", "in", ids)]
            if Model.search_read(domain, ["display_name"]):
                reached.append(f"{name}: search_read")
            groups = Model.formatted_read_group(domain, [], ["__count"])
            if groups and groups[0]["__count"]:
                reached.append(f"{name}: read_group")
        rec_field = Model._fields.get(Model._rec_name or "")
        searchable = rec_field and (rec_field.store or rec_field.search)
        if searchable and Model.name_search(self.token):
            reached.append(f"{name}: name_search")
        for field in Model._fields.values():
            target = self.b_records.get(field.comodel_name)
            if (
                target
                and field.store
                and field.type in ("many2one", "many2many")
                and Model.search_count([(field.name, "in", target)], limit=1)
            ):
                reached.append(f"{name}.{field.name}")
        return reached

    def test_wizards_opened_with_b_ids_show_nothing_of_b(self):
        Env = self.env(user=self.user_a)
        shown = []
        for name in self._readable_models():
            Wizard = Env[name]
            if not Wizard._transient or not Wizard.has_access("create"):
                continue
            for model in (
                "account.move",
                "account.move.line",
                "account.payment",
                "res.partner",
            ):
                ids = self.b_records[model]
                context = {
                    "active_model": model,
                    "active_ids": ids,
                    "active_id": ids[0],
                }
                try:
                    with mute_logger("odoo.sql_db"), self.env.cr.savepoint():
                        wizard = Wizard.with_context(**context).create({})
                        values = wizard.read()[0]
                except (AccessError, UserError, ValidationError) + BAD_INPUT:
                    continue  # refused, or the wizard wants more than ids
                for field_name, value in values.items():
                    field = Wizard._fields[field_name]
                    target = set(self.b_records.get(field.comodel_name, ()))
                    if not target or not value:
                        continue
                    value_ids = {value[0]} if field.type == "many2one" else set(value)
                    if value_ids & target:
                        shown.append(f"{name}.{field_name}")
        self.assertFalse(shown, "Wizards show B's records: " + ", ".join(shown))

    def test_staff_reach_both_activities(self):
        for name, ids in self.b_records.items():
            with self.subTest(model=name):
                found = self.env[name].with_user(self.staff).search([("id", "in", ids)])
                self.assertEqual(sorted(found.ids), sorted(ids))
