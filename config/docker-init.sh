#!/usr/bin/env bash
# First start of docker-compose.yml: creates the coopconnexion database (France,
# French, coop_cae with its demo data) when it is missing, with the same steps
# as bin/run. Run by the "init" service; does nothing once the database exists.
set -euo pipefail
export COOP_VAR=/var/lib/odoo/coop
export COOP_ADDONS_DIR=/mnt/extra-addons
export COOP_CONF_TEMPLATE=/etc/odoo/odoo-docker.conf
export COOP_DATA_DIR=/var/lib/odoo
export COOP_DB_HOST=${HOST:-db} COOP_DB_PORT=${PORT:-5432}
export COOP_DB_USER=${USER:-odoo} COOP_DB_PASSWORD=${PASSWORD:-odoo}
export ODOO_PYTHON=python3
# shellcheck source=bin/lib.sh
. /opt/coop/bin/lib.sh

# The official image's Odoo: nothing to set up (its Python is the system's).
coop_find_odoo || coop_die "The image has no Odoo 19 importable by python3."
for _ in $(seq 60); do
    coop_psql -d postgres -c 'select 1' >/dev/null 2>&1 && break
    sleep 1
done
coop_write_config
coop_create_database "${COOP_DB:-coopconnexion}" demo
