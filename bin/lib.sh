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
# and the project's own var/venv/bin/python (made by coop_setup_odoo) that
# imports Odoo 19. Returns 1 when none does.
coop_find_odoo() {
    local py version
    for py in "${ODOO_PYTHON:-}" python3 /opt/odoo/venv/bin/python "$COOP_VAR/venv/bin/python"; do
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

# Finds Odoo 19, or sets it up under var/ when there is none (coop_setup_odoo),
# then makes sure requirements.txt is installed in its Python.
coop_require_odoo() {
    coop_find_odoo || coop_setup_odoo
    coop_install_requirements
}

# Prints the command that starts Odoo's server as a program: the `odoo`
# script pip installs beside its Python, else the source tree's odoo-bin.
# A multi-worker server re-runs its own command line for its gevent
# (websocket) process, which `python -m odoo` cannot give it.
coop_odoo_bin() {
    local script
    script=$(dirname "$ODOO_PY")/odoo
    if [ ! -x "$script" ]; then
        script=$(cd / && "$ODOO_PY" -c 'import odoo, os; print(os.path.join(os.path.dirname(os.path.dirname(odoo.__file__)), "odoo-bin"))')
    fi
    [ -f "$script" ] || coop_die "Found no odoo script or odoo-bin for $ODOO_PY."
    echo "$script"
}

# A Python 3.11 or newer to make the virtual environment with.
coop_base_python() {
    local py
    for py in python3 python3.13 python3.12 python3.11; do
        command -v "$py" >/dev/null 2>&1 || continue
        if "$py" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$py"
            return 0
        fi
    done
    return 1
}

# Installs Odoo 19.0 Community under var/: a virtual environment in var/venv
# where Odoo's source is registered with pip (so that the OCA's odoo-addon-*
# packages resolve). The source is $COOP_ODOO_SRC when set (a local Odoo 19
# source tree, used in place), else a shallow clone of the official
# repository's 19.0 branch in var/odoo. A second run reuses both.
coop_setup_odoo() {
    local venv=$COOP_VAR/venv src py
    [ -z "${ODOO_PYTHON:-}" ] || coop_die "ODOO_PYTHON=$ODOO_PYTHON does not import Odoo 19: fix it, or unset it to let the scripts install Odoo under $COOP_VAR."
    py=$(coop_base_python) || coop_die "No Odoo 19 found, and no Python 3.11 or newer with venv to install it (Debian: apt-get install python3 python3-venv)."
    if [ -n "${COOP_ODOO_SRC:-}" ]; then
        src=$(cd "$COOP_ODOO_SRC" 2>/dev/null && pwd) \
            || coop_die "COOP_ODOO_SRC=$COOP_ODOO_SRC is not a folder."
        grep -qs "^version_info = (19, 0," "$src/odoo/release.py" \
            || coop_die "COOP_ODOO_SRC=$COOP_ODOO_SRC is not an Odoo 19.0 source tree (no odoo/release.py of version 19.0)."
    else
        src=$COOP_VAR/odoo
        if [ ! -f "$src/odoo/release.py" ]; then
            command -v git >/dev/null 2>&1 || coop_die "No Odoo 19 found and git is missing to download it: install git, or set COOP_ODOO_SRC to a local Odoo 19 source tree."
            coop_say "No Odoo 19 found: downloading Odoo 19.0 Community (the official repository's 19.0 branch, shallow, about 400 MB) into $src..."
            rm -rf "$src.partial"
            mkdir -p "$COOP_VAR"
            git clone --depth 1 --branch 19.0 --single-branch --progress \
                "${COOP_ODOO_REPOSITORY:-https://github.com/odoo/odoo.git}" "$src.partial" \
                || { rm -rf "$src.partial"; coop_die "Could not download Odoo's source (no network here?): set COOP_ODOO_SRC to a local Odoo 19 source tree, or ODOO_PYTHON to a Python that imports Odoo 19."; }
            mv "$src.partial" "$src"
        fi
    fi
    if [ ! -x "$venv/bin/python" ]; then
        coop_say "Creating a virtual environment in $venv with $py..."
        "$py" -m venv "$venv" || coop_die "Could not create the virtual environment $venv."
    fi
    coop_say "Registering Odoo's source $src with pip in $venv..."
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps -e "$src" \
        || coop_die "Could not register Odoo's source $src in $venv."
    ODOO_PY=$venv/bin/python
    export ODOO_PY
}

# Installs requirements.txt into Odoo's Python once per version of the file:
# a stamp in var/ remembers what was installed, so a second run skips it.
coop_install_requirements() {
    local stamp sum
    sum=$(cat "$COOP_ROOT/requirements.txt" | cksum | cut -d' ' -f1)
    stamp="$COOP_VAR/requirements-$(printf '%s' "$ODOO_PY" | cksum | cut -d' ' -f1).installed"
    [ "$(cat "$stamp" 2>/dev/null)" = "$sum" ] && return 0
    coop_say "Installing requirements.txt into $ODOO_PY (the libraries Odoo and the addons need, the test tools)..."
    "$ODOO_PY" -m pip install --disable-pip-version-check --progress-bar off -q -r "$COOP_ROOT/requirements.txt" \
        || coop_die "Could not install requirements.txt into $ODOO_PY (no access to the package index?)."
    mkdir -p "$COOP_VAR"
    printf '%s\n' "$sum" >"$stamp"
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
        # PostgreSQL's own default when PGPORT is not set.
        COOP_DB_PORT=${COOP_DB_PORT:-${PGPORT:-5432}}
        COOP_DB_USER=${COOP_DB_USER:-${PGUSER:-$(id -un)}}
        COOP_DB_PASSWORD=${COOP_DB_PASSWORD:-${PGPASSWORD:-}}
        return 0
    fi
    local bindir
    bindir=$(coop_pg_bindir || coop_install_postgres) || exit 1
    COOP_PGDATA=${COOP_PGDATA:-$COOP_VAR/pgdata}
    COOP_DB_HOST=127.0.0.1
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
    coop_pg_pick_port
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

# Without PostgreSQL's server programs: installs Debian's when this is root
# with apt-get, else stops with one line saying what to do. Prints the bindir.
coop_install_postgres() {
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        coop_say "No PostgreSQL server programs found: installing Debian's postgresql..."
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-client; } >/dev/null \
            || coop_die "Could not install PostgreSQL with apt-get."
        coop_pg_bindir && return 0
    fi
    coop_die "No PostgreSQL server is reachable and none is installed: install PostgreSQL 15 or newer (Debian: apt-get install postgresql), or set PGHOST/PGPORT/PGUSER/PGPASSWORD."
}

# The programs behind PDF reports and browser tests: Debian's wkhtmltopdf,
# chromium (Odoo's tours) and pdftotext (poppler-utils, the PDF tests).
# Installed when this is root with apt-get; otherwise one line says what is
# missing and what it costs. In CI (CI=true) a missing one stops the run: a
# skipped browser test must not pass for a green one.
coop_ensure_report_tools() {
    local pkgs=()
    command -v wkhtmltopdf >/dev/null 2>&1 || pkgs+=(wkhtmltopdf)
    command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
        || command -v google-chrome >/dev/null 2>&1 || pkgs+=(chromium)
    command -v pdftotext >/dev/null 2>&1 || pkgs+=(poppler-utils)
    # Debian's build is not the "patched qt" one Odoo asks for: it ignores the
    # header and footer pages, so coop_cae prints the letterhead and the legal
    # identity in each document's body instead (the Docker image has the
    # patched build, which repeats them on every page).
    if command -v wkhtmltopdf >/dev/null 2>&1 && ! wkhtmltopdf --version 2>/dev/null | grep -q "patched qt"; then
        coop_say "wkhtmltopdf is not the patched-Qt build: PDFs print their letterhead and legal identity once, at the top and the end of each document, not on every page (the Docker image has the patched build)."
    fi
    [ ${#pkgs[@]} -eq 0 ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        coop_say "Installing Debian's ${pkgs[*]} (PDF reports, browser tests)..."
        if { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}"; } >/dev/null 2>&1; then
            return 0
        fi
        coop_say "Could not install ${pkgs[*]} with apt-get."
    fi
    [ "${CI:-}" != true ] || coop_die "Missing ${pkgs[*]}: the PDF and browser tests cannot run (Debian: apt-get install ${pkgs[*]})."
    coop_say "Missing ${pkgs[*]}: PDFs print as HTML pages and the browser tests are skipped (Debian: apt-get install ${pkgs[*]})."
}

# True when something listens on 127.0.0.1:$1.
coop_port_taken() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Sets COOP_DB_PORT for the project's own cluster: the port it runs on when
# it is up, else COOP_PG_PORT when set (it must be free), else the port it
# had last time or 5433, or the next free one when another program (another
# checkout's cluster) holds it. Remembered in var/pgport.
coop_pg_pick_port() {
    local pidfile=$COOP_PGDATA/postmaster.pid port
    if [ -f "$pidfile" ] && coop_pg_as_owner "$bindir/pg_ctl" -D "$COOP_PGDATA" status >/dev/null 2>&1; then
        COOP_DB_PORT=$(sed -n 4p "$pidfile")
        return 0
    fi
    if [ -n "${COOP_PG_PORT:-}" ]; then
        coop_port_taken "$COOP_PG_PORT" && coop_die "COOP_PG_PORT=$COOP_PG_PORT is taken by another program on 127.0.0.1: choose another port."
        COOP_DB_PORT=$COOP_PG_PORT
    else
        port=$(cat "$COOP_VAR/pgport" 2>/dev/null || echo 5433)
        while coop_port_taken "$port"; do
            port=$((port + 1))
            [ "$port" -le 5499 ] || coop_die "No free port between 5433 and 5499 on 127.0.0.1 for the project's PostgreSQL cluster: set COOP_PG_PORT."
        done
        if [ "$port" != "$(cat "$COOP_VAR/pgport" 2>/dev/null || echo 5433)" ]; then
            coop_say "Port $(cat "$COOP_VAR/pgport" 2>/dev/null || echo 5433) is taken: the project's PostgreSQL cluster listens on 127.0.0.1:$port."
        fi
        COOP_DB_PORT=$port
    fi
    mkdir -p "$COOP_VAR"
    printf '%s\n' "$COOP_DB_PORT" >"$COOP_VAR/pgport"
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
if "${COOP_ADMIN_PASSWD:-}":
    conf["options"]["admin_passwd"] = "${COOP_ADMIN_PASSWD:-}"
with open(sys.argv[2], "w") as out:
    out.write(f"; Written by bin/lib.sh from {sys.argv[1]}: edit that file instead.\n")
    conf.write(out)
PY
}

# The master password of the production configuration: made at random on
# first use, kept in var/admin-passwd (readable by its owner only).
coop_admin_passwd() {
    local file=$COOP_VAR/admin-passwd
    if [ ! -s "$file" ]; then
        mkdir -p "$COOP_VAR"
        (umask 077 && "$ODOO_PY" -c 'import secrets; print(secrets.token_urlsafe(24))' >"$file")
        coop_say "Generated the server's master password in $file."
    fi
    cat "$file"
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
