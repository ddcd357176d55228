# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from contextlib import contextmanager

from odoo.tests import TransactionCase, new_test_user


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


class CoopCaeCase(RefusalAssertions, TransactionCase):
    """Staff, a manager, a plain employee and a support worker, built for each test
    class: no demo data is needed."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
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
