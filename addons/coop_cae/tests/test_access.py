# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError

from .common import CoopCaeCase


class TestAccess(CoopCaeCase):
    def test_staff_manage_entrepreneurs(self):
        Employee = self.env["hr.employee"].with_user(self.staff_user)
        entrepreneur = Employee.create(
            {
                "name": "Fatima Zerrouki",
                "is_entrepreneur": True,
                "coop_trade_name": "N62",
            }
        )
        self.assertEqual(
            Employee.search([("coop_trade_name", "=", "N62")]), entrepreneur
        )
        entrepreneur.write({"coop_stage": "cesa", "coop_trade_name": "Nuisibles 62"})
        self.assertEqual(entrepreneur.read(["coop_stage"])[0]["coop_stage"], "cesa")
        entrepreneur.action_archive()
        self.assertFalse(entrepreneur.active)

    def test_plain_employee_cannot_read_or_create_entrepreneurs(self):
        entrepreneur = self._create_entrepreneur()
        Employee = self.env["hr.employee"].with_user(self.plain_user)
        with self.assertRaises(AccessError):
            Employee.create(
                {"name": "Intruder", "is_entrepreneur": True, "coop_trade_name": "X"}
            )
        with self.assertRaises(AccessError):
            Employee.browse(entrepreneur.id).read(["coop_stage"])

    def test_staff_cannot_change_the_cooperative_settings(self):
        with self.assertRaises(AccessError):
            self.env["res.config.settings"].with_user(self.staff_user).create(
                {"coop_legal_form": "SARL"}
            )
        with self.assertRaises(AccessError):
            self.company.with_user(self.staff_user).coop_legal_form = "SARL"
        self.assertEqual(self.company.coop_legal_form, "SCIC SAS")

    def test_cooperative_menu_is_for_staff_only(self):
        root = self.env.ref("coop_cae.coop_cae_menu_root")
        settings = self.env.ref("coop_cae.res_config_settings_menu")
        Menu = self.env["ir.ui.menu"]
        staff_menus = Menu.with_user(self.staff_user)._visible_menu_ids()
        self.assertIn(root.id, staff_menus)
        self.assertNotIn(settings.id, staff_menus)
        self.assertIn(
            settings.id, Menu.with_user(self.manager_user)._visible_menu_ids()
        )
        self.assertNotIn(root.id, Menu.with_user(self.plain_user)._visible_menu_ids())

    def test_entrepreneur_views_load_for_staff(self):
        action = self.env.ref("coop_cae.hr_employee_action_entrepreneur")
        views = (
            self.env["hr.employee"]
            .with_user(self.staff_user)
            .get_views([(view.view_id.id, view.view_mode) for view in action.view_ids])
        )
        self.assertEqual(set(views["views"]), {"kanban", "list", "form"})
        self.assertIn("coop_trade_name", views["models"]["hr.employee"]["fields"])
