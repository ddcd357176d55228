# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The login page, as a visitor gets it: the cooperative's logo, never Odoo's
"Your logo" placeholder (issue 13)."""

import base64
import re

from odoo.tests import HttpCase, tagged
from odoo.tools.misc import file_open

LOGO = re.compile(r'<img [^>]*src="(/web/binary/company_logo[^"]*)"')


@tagged("post_install", "-at_install")
class TestLoginPage(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The company the login page's logo route serves to visitors.
        cls.company = cls.env.ref("base.user_root").company_id

    def _login_page_logos(self):
        response = self.url_open("/web/login")
        self.assertEqual(response.status_code, 200)
        return LOGO.findall(response.text)

    def test_login_page_shows_the_company_logo(self):
        with file_open("coop_cae/static/img/coopconnexion_logo.png", "rb") as image:
            logo = image.read()
        self.company.logo = base64.b64encode(logo)
        [src] = self._login_page_logos()
        served = self.url_open(src)
        self.assertEqual(served.status_code, 200)
        self.assertEqual(served.content, base64.b64decode(self.company.logo_web))
        self.assertEqual(served.headers["Content-Type"], "image/png")

    def test_login_page_shows_no_placeholder(self):
        self.company.logo = False
        self.assertTrue(self.company.uses_default_logo)
        self.assertEqual(self._login_page_logos(), [])
