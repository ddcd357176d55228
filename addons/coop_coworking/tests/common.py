# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime

import pytz

from odoo import Command
from odoo.tests import TransactionCase, new_test_user

from odoo.addons.coop_cae.tests.common import RefusalAssertions

PARIS = pytz.timezone("Europe/Paris")


def paris(value):
    """Naive UTC datetime of a wall-clock time in Lens ("2026-03-02 09:00")."""
    local = PARIS.localize(datetime.strptime(value, "%Y-%m-%d %H:%M"))
    return local.astimezone(pytz.utc).replace(tzinfo=None)


class CoopCoworkingCase(RefusalAssertions, TransactionCase):
    """Two entrepreneurs with their users, a staff member, and the Lens
    coworking space: a room open on weekdays 8:00-20:00 (Paris time), a desk
    open day and night, a projector and a lendable laptop. No demo data."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
        cls.staff_user = new_test_user(
            cls.env,
            login="cowork_staff",
            name="Isabelle Staff",
            groups="base.group_user,coop_cae.coop_cae_group_user",
            tz="Europe/Paris",
        )
        cls.marie_user = new_test_user(
            cls.env,
            login="cowork_marie",
            name="Marie Dupont",
            groups="base.group_user,coop_cae.coop_cae_group_entrepreneur",
            tz="Europe/Paris",
        )
        cls.julien_user = new_test_user(
            cls.env,
            login="cowork_julien",
            name="Julien Caron",
            groups="base.group_user,coop_cae.coop_cae_group_entrepreneur",
            tz="Europe/Paris",
        )
        Employee = cls.env["hr.employee"]
        cls.marie = Employee.create(
            {
                "name": "Marie Dupont",
                "is_entrepreneur": True,
                "coop_trade_name": "Photographie Marie Dupont",
                "user_id": cls.marie_user.id,
            }
        )
        cls.julien = Employee.create(
            {
                "name": "Julien Caron",
                "is_entrepreneur": True,
                "coop_trade_name": "Sophrologie Julien Caron",
                "user_id": cls.julien_user.id,
            }
        )
        cls.calendar = cls.env["resource.calendar"].create(
            {
                "name": "Coworking Lens",
                "tz": "Europe/Paris",
                "attendance_ids": [Command.clear()]
                + [
                    Command.create(
                        {
                            "name": f"Day {day}",
                            "dayofweek": str(day),
                            "hour_from": 8.0,
                            "hour_to": 20.0,
                            "day_period": "full_day",
                        }
                    )
                    for day in range(5)
                ],
            }
        )
        Resource = cls.env["coop.coworking.resource"]
        cls.room = Resource.create(
            {
                "name": "Salle Germinal",
                "kind": "room",
                "capacity": 12,
                "resource_calendar_id": cls.calendar.id,
                "min_duration": 0.5,
                "max_duration": 10.0,
                "max_advance_days": 0,
                "cancel_deadline_hours": 24.0,
                "price_hour": 20.0,
                "price_half_day": 60.0,
                "price_day": 100.0,
            }
        )
        cls.desk = Resource.create(
            {
                "name": "Bureau 1",
                "kind": "desk",
                "min_duration": 1.0,
                "max_duration": 12.0,
                "max_advance_days": 0,
                "price_hour": 3.0,
            }
        )
        cls.projector = Resource.create(
            {
                "name": "Vidéoprojecteur",
                "kind": "equipment",
                "resource_calendar_id": cls.calendar.id,
                "max_advance_days": 0,
                "price_hour": 5.0,
            }
        )
        cls.laptop = Resource.create(
            {
                "name": "PC portable diagnostic 1",
                "kind": "equipment",
                "is_lendable": True,
                "max_advance_days": 0,
                "max_duration": 0.0,
            }
        )

    @classmethod
    def _book(cls, resource, start, stop, user=None, employee=None, **vals):
        """A booking made by `user` (an entrepreneur by default: Marie) through
        the ORM as that user, with wall-clock Paris times."""
        user = user or cls.marie_user
        if employee is None and user in (cls.marie_user, cls.julien_user):
            employee = cls.marie if user == cls.marie_user else cls.julien
        values = {
            "resource_id": resource.id,
            "start": paris(start),
            "stop": paris(stop),
            **vals,
        }
        if employee:
            values.update(booker_type="entrepreneur", employee_id=employee.id)
        return cls.env["coop.coworking.booking"].with_user(user).create(values)
