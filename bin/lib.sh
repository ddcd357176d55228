# shellcheck shell=bash
# Shared by bin/run and bin/test: find Odoo 19, reach (or start) PostgreSQL,
# and write the server configuration they both use. Source it, don't run it.

COOP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COOP_VAR=${COOP_VAR:-$COOP_ROOT/var}
COOP_CONF="$COOP_VAR/odoo.conf"
# Where the addons and the configuration template are (the Docker setup mounts
# them elsewhere).
COOP_ADDONS_DIR=${COOP_ADDONS_DIR:-$COOP_ROOT/addons}
COOP_CONF_TEMPLATE=${COOP_CONF_TEMPLATE:-$COOP_ROOT/config/odoo.conf}

coop_say() { printf '%s\n' "$*" >&2; }
coop_die() { coop_say "$*"; exit 1; }

# Sets ODOO_PY to the first of $ODOO_PYTHON, python3, /opt/odoo/venv/bin/python
# that imports Odoo 19. Returns 1 when none does.
coop_find_odoo() {
    local py version
    for py in "${ODOO_PYTHON:-}" python3 /opt/odoo/venv/bin/python; do
        [ -n "$py" ] && command -v "$py" >/dev/null 2>&1 || continue
        version=$(cd / && "$py" -c 'import odoo.release as r; print(r.version_info[0])' 2>/dev/null) || continue
        if [ "$version" = 19 ]; then
            ODOO_PY=$(command -v "$py")
            export ODOO_PY
            return 0
        fi
    done
    return 1
}

coop_require_odoo() {
    coop_find_odoo || coop_die "No Odoo 19 found: set ODOO_PYTHON to a Python that imports odoo 19.0, or install it in /opt/odoo/venv (see README)."
}

# The PostgreSQL programs (initdb, pg_ctl...) of the newest server installed.
coop_pg_bindir() {
    local dir
    for dir in "$(pg_config --bindir 2>/dev/null)" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) \
        "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

# A server that already answers: the one described by the PG* environment
# variables (or COOP_DB_HOST/PORT/USER/PASSWORD), unless that is the
# 'postgres' superuser, which Odoo refuses to use.
coop_pg_reachable() {
    local user=${COOP_DB_USER:-${PGUSER:-$(id -un)}}
    [ "$user" != postgres ] || return 1
    command -v psql >/dev/null 2>&1 || return 1
    PGHOST=${COOP_DB_HOST:-${PGHOST:-}} PGPORT=${COOP_DB_PORT:-${PGPORT:-}} PGUSER=$user \
        PGPASSWORD=${COOP_DB_PASSWORD:-${PGPASSWORD:-}} PGCONNECT_TIMEOUT=3 \
        psql -X -q -d postgres -Atc 'select 1' >/dev/null 2>&1
}

# Runs a PostgreSQL server program as an unprivileged user: the server
# refuses to run as root.
coop_pg_as_owner() {
    if [ "$(id -u)" = 0 ]; then
        (cd / && runuser -u "$COOP_PG_OWNER" -- "$@")
    else
        "$@"
    fi
}

# Makes sure a PostgreSQL server answers and sets COOP_DB_HOST, COOP_DB_PORT,
# COOP_DB_USER and COOP_DB_PASSWORD for Odoo. When none is reachable, starts
# the project's own cluster: data in var/pgdata, listening on 127.0.0.1 only.
coop_ensure_postgres() {
    if [ ! -d "${COOP_PGDATA:-$COOP_VAR/pgdata}" ] && coop_pg_reachable; then
        COOP_DB_HOST=${COOP_DB_HOST:-${PGHOST:-}}
        COOP_DB_PORT=${COOP_DB_PORT:-${PGPORT:-}}
        COOP_DB_USER=${COOP_DB_USER:-${PGUSER:-$(id -un)}}
        COOP_DB_PASSWORD=${COOP_DB_PASSWORD:-${PGPASSWORD:-}}
        return 0
    fi
    local bindir
    bindir=$(coop_pg_bindir) || coop_die "No PostgreSQL server is reachable and none is installed: install PostgreSQL 15 or newer (Debian: apt-get install postgresql), or set PGHOST/PGPORT/PGUSER/PGPASSWORD."
    COOP_PGDATA=${COOP_PGDATA:-$COOP_VAR/pgdata}
    COOP_DB_HOST=127.0.0.1
    COOP_DB_PORT=${COOP_PG_PORT:-5433}
    COOP_DB_USER=odoo
    COOP_DB_PASSWORD=
    COOP_PG_OWNER=$(id -un)
    if [ "$(id -u)" = 0 ]; then
        COOP_PG_OWNER=postgres
        id -u "$COOP_PG_OWNER" >/dev/null 2>&1 || useradd --system --no-create-home "$COOP_PG_OWNER"
    fi
    COOP_PGRUN=$COOP_VAR/pgrun
    COOP_PGLOG=$COOP_VAR/postgresql.log
    mkdir -p "$COOP_PGDATA" "$COOP_PGRUN"
    touch "$COOP_PGLOG"
    if [ "$(id -u)" = 0 ]; then
        chown "$COOP_PG_OWNER" "$COOP_PGDATA" "$COOP_PGRUN" "$COOP_PGLOG"
        if ! runuser -u "$COOP_PG_OWNER" -- test -w "$COOP_PGDATA"; then
            # A checkout in a private folder: the server's user cannot reach
            # var/, so the cluster lives outside it, one per checkout.
            local outside
            outside=/var/tmp/coop-pg-$(printf '%s' "$COOP_ROOT" | cksum | cut -d' ' -f1)
            coop_say "$COOP_PG_OWNER cannot reach $COOP_PGDATA: the cluster goes to $outside."
            COOP_PGDATA=$outside/pgdata COOP_PGRUN=$outside/pgrun COOP_PGLOG=$outside/postgresql.log
            mkdir -p "$COOP_PGDATA" "$COOP_PGRUN"
            touch "$COOP_PGLOG"
            chown "$COOP_PG_OWNER" "$outside" "$COOP_PGDATA" "$COOP_PGRUN" "$COOP_PGLOG"
            chmod 700 "$COOP_PGDATA"
        fi
    fi
    if [ ! -f "$COOP_PGDATA/PG_VERSION" ]; then
        coop_say "Creating the project's PostgreSQL cluster in $COOP_PGDATA (127.0.0.1:$COOP_DB_PORT)..."
        coop_pg_as_owner "$bindir/initdb" -D "$COOP_PGDATA" -U odoo --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
            || coop_die "initdb failed in $COOP_PGDATA."
    fi
    if ! coop_pg_as_owner "$bindir/pg_ctl" -D "$COOP_PGDATA" status >/dev/null 2>&1; then
        coop_pg_as_owner "$bindir/pg_ctl" -D "$COOP_PGDATA" -l "$COOP_PGLOG" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $COOP_DB_PORT -k $COOP_PGRUN" \
            start >/dev/null || { tail -n 5 "$COOP_PGLOG" >&2; coop_die "PostgreSQL did not start: see $COOP_PGLOG."; }
    fi
}

coop_psql() {
    PGHOST=$COOP_DB_HOST PGPORT=$COOP_DB_PORT PGUSER=$COOP_DB_USER PGPASSWORD=$COOP_DB_PASSWORD \
        psql -X -q -v ON_ERROR_STOP=1 -At "$@"
}

coop_db_exists() {
    [ "$(coop_psql -d postgres -c "select 1 from pg_database where datname = '$1'")" = 1 ]
}

coop_module_installed() {
    [ "$(coop_psql -d "$1" -c "select 1 from ir_module_module where name = '$2' and state = 'installed'" 2>/dev/null)" = 1 ]
}

# Writes var/odoo.conf: config/odoo.conf plus what this machine decides
# (addons path, data folder, PostgreSQL connection).
coop_write_config() {
    mkdir -p "$COOP_VAR"
    COOP_ADDONS_PATH="$COOP_ADDONS_DIR${COOP_EXTRA_ADDONS:+,$COOP_EXTRA_ADDONS}"
    "$ODOO_PY" - "$COOP_CONF_TEMPLATE" "$COOP_CONF" <<PY
import configparser, sys
conf = configparser.ConfigParser(interpolation=None)
conf.read(sys.argv[1])
conf["options"].update({
    "addons_path": "$COOP_ADDONS_PATH",
    "data_dir": "${COOP_DATA_DIR:-$COOP_VAR/data}",
    "db_host": "$COOP_DB_HOST",
    "db_port": "$COOP_DB_PORT",
    "db_user": "$COOP_DB_USER",
    "db_password": "$COOP_DB_PASSWORD",
})
with open(sys.argv[2], "w") as out:
    out.write(f"; Written by bin/lib.sh from {sys.argv[1]}: edit that file instead.\n")
    conf.write(out)
PY
}

# The project's addons, dependencies first (coop_cae, then what builds on it).
coop_addons() {
    (cd "$COOP_ADDONS_DIR" && ls -d */ | tr -d / | sort)
}

# Creates database $1 as a French cooperative (main company in France, French
# chart of accounts, EUR, French language) with the project's addons installed.
# $2: "demo" to load their demonstration data. Leaves an existing database
# alone, but finishes it when an earlier run stopped half-way.
coop_create_database() {
    local db=$1 demo=${2:-} module
    if ! coop_db_exists "$db"; then
        coop_say "Creating database $db (France, fr_FR)..."
        "$ODOO_PY" -m odoo db -c "$COOP_CONF" init "$db" --country FR --language fr_FR \
            --username admin --password "${COOP_ADMIN_PASSWORD:-admin}" \
            || coop_die "Could not create database $db."
    fi
    for module in $(coop_addons); do
        if ! coop_module_installed "$db" "$module"; then
            coop_say "Installing $module in $db..."
            "$ODOO_PY" -m odoo module install -c "$COOP_CONF" -d "$db" "$module" \
                || coop_die "Could not install $module in $db."
        fi
        if [ -n "$demo" ]; then
            coop_load_demo "$db" "$module"
        fi
    done
}

# Loads the demo data of one module, once. Odoo's own demo data is left out on
# purpose: it would give the main company a generic chart of accounts in USD
# (account's demo does), where CoopConnexion is a French cooperative.
coop_load_demo() {
    local db=$1 module=$2
    [ "$(coop_psql -d "$db" -c "select demo from ir_module_module where name = '$module'")" = t ] && return 0
    coop_say "Loading the demo data of $module in $db..."
    COOP_DEMO_MODULE=$module "$ODOO_PY" -m odoo shell -c "$COOP_CONF" -d "$db" --no-http \
        --log-level=warn >/dev/null <<'PY' || coop_die "Could not load the demo data of $module in $db."
import os
from odoo.modules.module import get_manifest
from odoo.tools import convert_file
module = os.environ["COOP_DEMO_MODULE"]
# In the database's language, as its users would have typed it (stored names
# computed from translated labels come out in that language).
env = env(context=dict(env.context, lang=env.ref("base.user_admin").lang))
for filename in get_manifest(module).get("demo", []):
    convert_file(env, module, filename, {}, "init", noupdate=True)
env.cr.execute("UPDATE ir_module_module SET demo = true WHERE name = %s", [module])
env.cr.commit()
PY
}

coop_drop_database() {
    "$ODOO_PY" -m odoo db -c "$COOP_CONF" drop "$1" >/dev/null 2>&1 || true
}

# Creates database $1 afresh for tests and measures: main company in France,
# language English (Odoo's own tests match English messages), no demo data,
# modules $2... installed. Its log goes to $COOP_VAR/$1-install.log; stops the
# script when the installation fails or logs an error.
coop_fresh_test_database() {
    local db=$1 log="$COOP_VAR/$1-install.log"
    shift
    coop_db_exists "$db" && coop_drop_database "$db"
    if ! { "$ODOO_PY" -m odoo db -c "$COOP_CONF" init "$db" --country FR --language en_US \
        && "$ODOO_PY" -m odoo module install -c "$COOP_CONF" -d "$db" "$@"; } >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        coop_die "Could not create $db with $* (see $log)."
    fi
    if grep -E " (ERROR|CRITICAL) " "$log" >&2; then
        coop_die "Installing $* in $db logged errors (see $log)."
    fi
}
