#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for the reference operator server (development only).
#   bin/pg.sh up|down|status|url
# Data dir $BS_PG_DIR (default devnet/state/pg); it listens only on a unix socket in
# $BS_PG_DIR/run (no TCP). initdb refuses to run as root, so as root the cluster belongs to the
# "postgres" system user; as a normal user it belongs to that user. Trust auth is safe here only
# because the socket directory is private to the cluster owner (and root).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
state="$(cd "$here/../.." && pwd)/state"
dir="${BS_PG_DIR:-$state/pg}"
data="$dir/data"
run="$dir/run"
log="${BS_PG_LOG:-$dir/postgres.log}"
db="${BS_PG_DB:-backendshield}"
pgbin="${BS_PG_BIN:-}"
if [[ -z "$pgbin" ]]; then
    for v in 17 16 15; do
        if [[ -x "/usr/lib/postgresql/$v/bin/pg_ctl" ]]; then pgbin="/usr/lib/postgresql/$v/bin"; break; fi
    done
fi
[[ -x "$pgbin/pg_ctl" ]] || { echo "pg.sh: PostgreSQL server binaries not found (set BS_PG_BIN)" >&2; exit 1; }

# Run a command as the cluster owner.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() { echo "postgresql:///$db?host=$run&user=postgres"; }

running() { [[ -f "$data/postmaster.pid" ]] && as_owner "$pgbin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

up() {
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || { echo "pg.sh: running as root needs the 'postgres' user" >&2; exit 1; }
        chown postgres: "$dir"
    fi
    if [[ ! -f "$data/PG_VERSION" ]]; then
        as_owner "$pgbin/initdb" -D "$data" --username=postgres --auth=trust --encoding=UTF8 \
            --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
            { echo "pg.sh: initdb failed, see $dir/initdb.log" >&2; exit 1; }
    fi
    as_owner mkdir -p "$run"
    as_owner chmod 700 "$run"
    if ! running; then
        as_owner touch "$log" 2>/dev/null || true
        as_owner "$pgbin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
            -o "-c listen_addresses='' -c unix_socket_directories='$run' -c fsync=off -c full_page_writes=off" \
            start >/dev/null ||
            { echo "pg.sh: postgres did not start, see $log" >&2; exit 1; }
    fi
    # Create the database once.
    if ! as_owner "$pgbin/psql" -h "$run" -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
        as_owner "$pgbin/createdb" -h "$run" -U postgres "$db"
    fi
    url
}

down() {
    if running; then as_owner "$pgbin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; fi
    echo "stopped"
}

case "${1:-}" in
    up) up ;;
    down) down ;;
    status) if running; then echo "running $(url)"; else echo "stopped"; exit 3; fi ;;
    url) url ;;
    destroy) down >/dev/null; rm -rf "$dir"; echo "destroyed $dir" ;;
    *) echo "usage: $0 up|down|status|url|destroy" >&2; exit 2 ;;
esac
