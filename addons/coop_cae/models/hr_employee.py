# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

# Fields whose change may require the activity's analytic account to follow.
ACTIVITY_FIELDS = {"is_entrepreneur", "coop_trade_name", "coop_stage", "active"}
# Fields that decide which activity a user works for (res.users cache).
USER_ACTIVITY_FIELDS = {"is_entrepreneur", "user_id", "company_id", "active"}


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    # Who is an entrepreneur, and under which trade name, is public within the
    # cooperative (hr.employee.public shows it too): invoices name the activity.
    is_entrepreneur = fields.Boolean(
        string="Entrepreneur",
        tracking=True,
        help="This person runs their own activity inside the cooperative.",
    )
    coop_trade_name = fields.Char(
        string="Trade Name",
        tracking=True,
        help="The name of the entrepreneur's activity, as their clients know it "
        "(e.g. Photographie Marie Dupont). It names the activity's analytic account.",
    )
    coop_can_post_invoices = fields.Boolean(
        string="Posts Own Invoices",
        tracking=True,
        groups="hr.group_hr_user",
        help="When set, the entrepreneur posts their own invoices and bills. "
        "Otherwise they submit them and the staff validate them.",
    )
    coop_analytic_account_id = fields.Many2one(
        comodel_name="account.analytic.account",
        string="Activity Analytic Account",
        readonly=True,
        copy=False,
        ondelete="restrict",
        index="btree_not_null",
        groups="hr.group_hr_user",
        help="Created with the entrepreneur: every revenue and cost of the activity "
        "lands on it.",
    )

    _coop_trade_name_required = models.Constraint(
        "CHECK(NOT is_entrepreneur OR btrim(coalesce(coop_trade_name, '')) <> '')",
        "An entrepreneur needs a trade name.",
    )
    _coop_analytic_account_unique = models.UniqueIndex(
        "(coop_analytic_account_id) WHERE coop_analytic_account_id IS NOT NULL",
        "An analytic account belongs to one activity only.",
    )

    @api.constrains("is_entrepreneur", "coop_trade_name")
    def _check_coop_trade_name(self):
        for employee in self:
            employee._coop_check_trade_name(
                employee.name, employee.is_entrepreneur, employee.coop_trade_name
            )

    def _coop_check_trade_name(self, name, is_entrepreneur, trade_name):
        """The Python side of ``_coop_trade_name_required``, shared by create
        (the database refuses the row on INSERT, before the constraints run)
        and the constraint."""
        if is_entrepreneur and not (trade_name or "").strip():
            raise ValidationError(
                self.env._(
                    "%(name)s is an entrepreneur: please give the trade name of "
                    "their activity.",
                    name=name,
                )
            )

    @api.depends("parent_id", "coop_support_worker_id", "is_entrepreneur")
    def _compute_expense_manager(self):
        # An entrepreneur has no manager in the cooperative: without an
        # approver, Odoo would approve their expense report as them, and
        # refuse. Their support worker approves it.
        res = super()._compute_expense_manager()
        for employee in self.filtered("is_entrepreneur"):
            previous = employee._origin.coop_support_worker_id.user_id
            worker = employee.coop_support_worker_id.user_id
            if (
                worker
                and worker != employee.user_id
                and (
                    not employee.expense_manager_id
                    or employee.expense_manager_id == previous
                )
            ):
                employee.expense_manager_id = worker
        return res

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._coop_check_trade_name(
                vals.get("name"),
                vals.get("is_entrepreneur"),
                vals.get("coop_trade_name"),
            )
        employees = super().create(vals_list)
        employees.filtered("is_entrepreneur")._coop_sync_analytic_account()
        if any(
            vals.get("is_entrepreneur") and vals.get("user_id") for vals in vals_list
        ):
            self.env.registry.clear_cache()
        return employees

    def write(self, vals):
        # Only entrepreneurs are cached: clearing the registry's caches for any
        # employee would also drop the record rules' (and flush mid-request).
        entrepreneurs_change = USER_ACTIVITY_FIELDS.intersection(vals) and (
            "is_entrepreneur" in vals or any(self.sudo().mapped("is_entrepreneur"))
        )
        res = super().write(vals)
        if entrepreneurs_change:
            self.env.registry.clear_cache()
        if ACTIVITY_FIELDS.intersection(vals):
            self.filtered(
                lambda e: e.is_entrepreneur or e.coop_analytic_account_id
            )._coop_sync_analytic_account()
        return res

    def _coop_prepare_analytic_account_vals(self):
        self.ensure_one()
        return {
            "name": self.coop_trade_name.strip(),
            "plan_id": self.company_id.coop_activity_plan_id.id,
            "company_id": self.company_id.id,
            "partner_id": self.work_contact_id.id,
            "active": self._coop_activity_is_open(),
        }

    def _coop_activity_is_open(self):
        self.ensure_one()
        return self.is_entrepreneur and self.active and self.coop_stage != "exited"

    def _coop_sync_analytic_account(self):
        """Keep each activity's analytic account in step with its entrepreneur.

        It is created with the entrepreneur, renamed with the trade name, and
        archived (never deleted, it holds the activity's history) when the
        entrepreneur exits, is archived or stops being an entrepreneur.
        """
        # Staff manage entrepreneurs without being accountants: the analytic
        # account is a consequence of the employee record, written as such.
        # Without a language, the trade name is the account's name in every
        # language, and its chatter's "created" in the user's (mail_thread.py).
        Account = self.env["account.analytic.account"].sudo().with_context(lang=None)
        to_create = self.filtered(
            lambda e: e.is_entrepreneur and not e.coop_analytic_account_id
        )
        if missing_plan := to_create.company_id.filtered(
            lambda c: not c.coop_activity_plan_id
        ):
            missing_plan._coop_setup_cooperative()
        if to_create:
            accounts = Account.create(
                [
                    employee._coop_prepare_analytic_account_vals()
                    for employee in to_create
                ]
            )
            for employee, account in zip(to_create, accounts, strict=True):
                employee.coop_analytic_account_id = account
        for employee in self - to_create:
            account = employee.coop_analytic_account_id.sudo().with_context(
                lang="en_US"
            )
            vals = {"active": employee._coop_activity_is_open()}
            if employee.is_entrepreneur:
                vals["name"] = employee.coop_trade_name.strip()
            vals = {key: value for key, value in vals.items() if account[key] != value}
            if vals:
                account.write(vals)
