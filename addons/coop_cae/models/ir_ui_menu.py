# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models, tools

# Apps an entrepreneur has no use for: the cooperative's dashboards, the
# directory of its employees and the list of apps to install or request.
ENTREPRENEUR_HIDDEN_MENUS = (
    "spreadsheet_dashboard.spreadsheet_dashboard_menu_root",
    "hr.menu_hr_root",
    "base.menu_management",
)


class IrUiMenu(models.Model):
    _inherit = "ir.ui.menu"

    @api.model
    @tools.ormcache("frozenset(self.env.user._get_group_ids())", "debug")
    def _visible_menu_ids(self, debug=False):
        visible = super()._visible_menu_ids(debug)
        # Being staff follows from the groups: the cache key holds.
        if self.env.user._coop_is_staff():
            # The staff's group implies the entrepreneurs': their home, of an
            # activity the staff do not run, would show nothing.
            home = self.env.ref(
                "coop_cae.coop_entrepreneur_home_menu", raise_if_not_found=False
            )
            return frozenset(visible) - set(home.ids) if home else visible
        IrModelData = self.env["ir.model.data"]
        roots = [
            menu_id
            for xmlid in ENTREPRENEUR_HIDDEN_MENUS
            if (
                menu_id := IrModelData._xmlid_to_res_id(xmlid, raise_if_not_found=False)
            )
        ]
        if not roots:
            return visible
        hidden = (
            self.sudo()
            .with_context(active_test=False)
            .search([("id", "child_of", roots)])
        )
        return frozenset(visible) - set(hidden.ids)
