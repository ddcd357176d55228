# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The contribution on the entrepreneur's home: their own activity's of this
fiscal year, as the staff read it on the entrepreneur's form."""

from freezegun import freeze_time

from odoo.tests import tagged

from .test_contribution import CoopContributionCase


@tagged("post_install", "-at_install")
@freeze_time("2026-12-01")
class TestEntrepreneurHomeContribution(CoopContributionCase):
    def _home(self, user):
        return self.env["coop.entrepreneur.home"].with_user(user).create({})

    def test_each_sees_their_own_contribution_to_the_cent(self):
        for user, activity in (
            (self.user_a, self.activity_a),
            (self.user_b, self.activity_b),
        ):
            with self.subTest(user=user.login):
                expected = sum(
                    self.Contribution.search(
                        [("activity_id", "=", activity.id)]
                    ).mapped("amount")
                )
                # 10% of the 1,000 € invoice of 10 March 2026.
                self.assertAlmostEqual(expected, 100.0)
                home = self._home(user)
                self.assertAlmostEqual(home.contribution_this_year, expected, places=2)
                self.assertEqual(
                    home.contribution_this_year,
                    activity.with_user(self.staff).coop_contribution_this_year,
                )

    def test_the_contribution_button_opens_her_own(self):
        home = self._home(self.user_a)
        Contribution = self.Contribution.with_user(self.user_a)
        found = Contribution.search(home.action_open_contributions()["domain"])
        self.assertTrue(found)
        self.assertEqual(found.activity_id, self.activity_a)
