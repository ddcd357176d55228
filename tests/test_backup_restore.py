# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""bin/backup then bin/restore give back the same database and files."""

import hashlib
import subprocess
import uuid
from pathlib import Path

import odoo
from odoo import SUPERUSER_ID, api
from odoo.tools import config

ROOT = Path(__file__).resolve().parent.parent
COUNTED = (
    "res_partner",
    "account_account",
    "account_journal",
    "hr_employee",
    "ir_attachment",
)


def _counts_and_checksum(db, fname):
    with odoo.sql_db.db_connect(db).cursor() as cr:
        counts = {}
        for table in COUNTED:
            cr.execute(f"SELECT count(*) FROM {table}")  # noqa: S608 - constant names
            counts[table] = cr.fetchone()[0]
    path = Path(config.filestore(db)) / fname
    return counts, hashlib.sha256(path.read_bytes()).hexdigest()


def _run(*args):
    done = subprocess.run(
        [str(ROOT / "bin" / args[0]), *args[1:]],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


def test_backup_restore_round_trip(tmp_path):
    db = config["db_name"]
    db = db[0] if isinstance(db, list) else db
    restored = f"{db}_restored_{uuid.uuid4().hex[:6]}"
    content = b"Bulletin de souscription - " + uuid.uuid4().hex.encode()
    registry = odoo.modules.registry.Registry(db)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        attachment = env["ir.attachment"].create(
            {"name": "bulletin.txt", "raw": content}
        )
        fname = attachment.store_fname
    try:
        archive = tmp_path / "backup.zip"
        _run("backup", db, str(archive))
        _run("restore", str(archive), restored)
        original = _counts_and_checksum(db, fname)
        copy = _counts_and_checksum(restored, fname)
        assert copy == original
        assert copy[1] == hashlib.sha256(content).hexdigest()
    finally:
        with registry.cursor() as cr:
            api.Environment(cr, SUPERUSER_ID, {})["ir.attachment"].browse(
                attachment.id
            ).unlink()
        if restored in odoo.service.db.list_dbs(force=True):
            odoo.service.db.exp_drop(restored)
