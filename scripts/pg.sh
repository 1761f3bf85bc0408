#!/usr/bin/env bash
# A private PostgreSQL cluster for Jirga's tests: local use only, trust auth.
#
#   scripts/pg.sh start    initialise if needed, start, print the URL (last line)
#   scripts/pg.sh stop     stop it
#   scripts/pg.sh status   print the URL if running, else exit 1
#
# JIRGA_PG_DIR  cluster directory (default /tmp/jirga-pg-$UID)
# JIRGA_PG_PORT TCP port on 127.0.0.1 (default 54329)
# Works as root (initdb and the server run as the `postgres` system user) and as
# a normal user. Durability is switched off (fsync=off): never keep real data here.
set -euo pipefail

DIR=$(realpath -m "${JIRGA_PG_DIR:-/tmp/jirga-pg-$(id -u)}")
PORT="${JIRGA_PG_PORT:-54329}"
DATA="$DIR/data"
LOG="$DIR/server.log"
DB=jirga_test

die() { echo "pg.sh: $*" >&2; exit 1; }

find_bin() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -z "$d" ]] && command -v pg_ctl >/dev/null 2>&1; then
        d=$(dirname "$(command -v pg_ctl)")
    fi
    if [[ -z "$d" || ! -x "$d/initdb" ]]; then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
            echo "pg.sh: PostgreSQL not found; installing it with apt-get" >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 \
                || die "apt-get install postgresql failed"
            d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
        fi
        [[ -n "$d" && -x "$d/initdb" ]] || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin; install the postgresql package (e.g. sudo apt-get install postgresql)"
    fi
    BIN="$d"
}

# Run a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        if command -v runuser >/dev/null 2>&1; then
            runuser -u postgres -- "$@"
        else
            su -s /bin/sh postgres -c "$(printf '%q ' "$@")"
        fi
    else
        "$@"
    fi
}

url() { echo "postgresql://postgres@127.0.0.1:$1/$DB"; }

running_port() {  # the port of a running server on $DATA, or nothing
    [[ -f "$DATA/postmaster.pid" ]] || return 1
    as_owner "$BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1 || return 1
    sed -n 4p "$DATA/postmaster.pid"
}

ensure_db() {
    local port=$1 i
    for i in $(seq 50); do
        as_owner "$BIN/pg_isready" -q -h 127.0.0.1 -p "$port" && break
        sleep 0.1
    done
    if [[ -z $(as_owner "$BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
            "SELECT 1 FROM pg_database WHERE datname = '$DB'") ]]; then
        as_owner "$BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DB"
    fi
}

start() {
    find_bin
    local port
    if port=$(running_port); then
        ensure_db "$port"
        url "$port"
        return 0
    fi
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
        mkdir -p "$DIR"
        chown postgres: "$DIR"
        chmod 700 "$DIR"
    else
        mkdir -p -m 700 "$DIR"
    fi
    if [[ ! -f "$DATA/PG_VERSION" ]]; then
        as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --no-locale \
            --no-sync >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
        cat >>"$DATA/postgresql.conf" <<CONF

# scripts/pg.sh: private test cluster, TCP on 127.0.0.1 only, no durability
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
CONF
    fi
    if ! as_owner "$BIN/pg_ctl" start -w -t 30 -D "$DATA" -l "$LOG" -o "-p $PORT" >/dev/null; then
        tail -n 20 "$LOG" >&2 || true
        die "the server did not start (is port $PORT in use? set JIRGA_PG_PORT)"
    fi
    ensure_db "$PORT"
    url "$PORT"
}

stop() {
    find_bin
    if running_port >/dev/null; then
        as_owner "$BIN/pg_ctl" stop -w -D "$DATA" -m fast >/dev/null
        echo "stopped $DATA"
    else
        echo "not running ($DATA)"
    fi
}

cd /  # the postgres user may not be able to read the caller's directory
case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) find_bin; port=$(running_port) || { echo "not running ($DATA)"; exit 1; }; url "$port" ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
