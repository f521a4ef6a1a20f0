#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for the reference operator server (development only).
#   bin/pg.sh up|down|status|url|where|destroy
# $BS_PG_DIR (default devnet/state/pg) names the cluster. It listens only on a unix socket (no
# TCP). Trust auth is safe here only because the socket directory is private to the cluster
# owner (and root).
#
# Who owns the cluster, and where its files live:
#  - as a normal user: that user, in $BS_PG_DIR itself (data/, run/, postgres.log);
#  - as root: initdb refuses root, so the "postgres" system user owns it. postgres may not be
#    able to enter $BS_PG_DIR (a checkout inside root's 0700 home, a 0700 mktemp dir), so the
#    files live in /var/tmp/backendshield-pg-<first 16 hex of sha256(realpath $BS_PG_DIR)>,
#    owned by postgres, mode 0700 ($BS_PG_ROOT_BASE overrides /var/tmp); $BS_PG_DIR then holds
#    only a symlink "cluster" to it (a cluster made in $BS_PG_DIR by an older pg.sh stays there).
#    `where` prints the directory in use.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
state="$(cd "$here/../.." && pwd)/state"
dir="${BS_PG_DIR:-$state/pg}"
db="${BS_PG_DB:-backendshield}"
pgbin="${BS_PG_BIN:-}"
if [[ -z "$pgbin" ]]; then
    for v in 17 16 15; do
        if [[ -x "/usr/lib/postgresql/$v/bin/pg_ctl" ]]; then pgbin="/usr/lib/postgresql/$v/bin"; break; fi
    done
fi
[[ -x "$pgbin/pg_ctl" ]] || { echo "pg.sh: PostgreSQL server binaries not found (set BS_PG_BIN)" >&2; exit 1; }

is_root() { [[ $(id -u) -eq 0 ]]; }

# The directory holding data/, run/ and the logs (see above). A cluster that an older pg.sh
# made in $BS_PG_DIR itself (as root too) stays there, so a running devnet is not orphaned.
if is_root && [[ ! -f "$dir/data/PG_VERSION" ]]; then
    key="$(realpath -m "$dir" | tr -d '\n' | sha256sum | cut -c1-16)"
    home="${BS_PG_ROOT_BASE:-/var/tmp}/backendshield-pg-$key"
else
    home="$dir"
fi
data="$home/data"
run="$home/run"
log="${BS_PG_LOG:-$home/postgres.log}"

# Run a command as the cluster owner.
as_owner() {
    if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() { echo "postgresql:///$db?host=$run&user=postgres"; }

running() { [[ -f "$data/postmaster.pid" ]] && as_owner "$pgbin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

# As root: create the postgres-owned home, or accept an existing one only if it is a real
# directory owned by postgres with mode 0700 (the path is predictable, so another local user
# could have made it first).
make_root_home() {
    id postgres >/dev/null 2>&1 || { echo "pg.sh: running as root needs the 'postgres' user" >&2; exit 1; }
    if [[ ! -e "$home" && ! -L "$home" ]]; then
        mkdir -m 0700 "$home"
        chown postgres: "$home"
    fi
    if [[ -L "$home" || ! -d "$home" || "$(stat -c '%U %a' "$home")" != "postgres 700" ]]; then
        echo "pg.sh: $home exists but is not a directory of user postgres with mode 0700; remove it" >&2
        exit 1
    fi
    ln -sfn "$home" "$dir/cluster"
}

up() {
    mkdir -p "$dir"
    if is_root && [[ "$home" != "$dir" ]]; then make_root_home; fi
    if [[ ! -f "$data/PG_VERSION" ]]; then
        as_owner "$pgbin/initdb" -D "$data" --username=postgres --auth=trust --encoding=UTF8 \
            --locale=C.UTF-8 >"$home/initdb.log" 2>&1 ||
            { echo "pg.sh: initdb failed, see $home/initdb.log" >&2; exit 1; }
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
    where) echo "$home" ;;
    destroy) down >/dev/null; rm -rf "$home" "$dir"; echo "destroyed $dir" ;;
    *) echo "usage: $0 up|down|status|url|where|destroy" >&2; exit 2 ;;
esac
