# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CoopContributionQueue(models.Model):
    """The documents whose contributions are to be booked.

    Posting, resetting or paying a document adds a row in the same transaction
    (so it is never lost), and a cron job triggered at commit books them in
    batches: the posting pays one insert instead of a second journal entry.
    Rows are only inserted by the documents' transactions and deleted by the
    booking job, so the two never update the same row."""

    _name = "coop.contribution.queue"
    _description = "Contribution to Book"
    _order = "id"
    _log_access = False

    move_id = fields.Many2one(
        comodel_name="account.move",
        string="Document",
        required=True,
        index=True,
        ondelete="cascade",
        readonly=True,
    )
