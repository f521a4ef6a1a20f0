#!/usr/bin/env bash
# Reference operator server as a background process (development only).
#   bin/server.sh start|stop|status
# Needs the throwaway database (bin/pg.sh up; started here if down). Listens on
# 127.0.0.1:${BS_SERVER_PORT:-8787}; pid file devnet/state/server.pid; log devnet/state/logs/server.log.
# The server's environment passes through (src/config.mjs), e.g. the devnet test switch
# BS_SERVER_MISBEHAVE (+ BS_SERVER_ALLOW_MISBEHAVE), which status then reports.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# A second devnet (devnet/devnet with BS_DEVNET_INSTANCE) keeps its pid file and logs in its own dir.
state="${BS_DEVNET_RUN_DIR:-$(cd "$root/.." && pwd)/state}"
pidfile="$state/server.pid"
modefile="$state/server.misbehave"
logdir="$state/logs"
port="${BS_SERVER_PORT:-8787}"

alive() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

describe() {
    local m=""
    [[ -s "$modefile" ]] && m=" MISBEHAVING ON PURPOSE: $(cat "$modefile")"
    echo "running (pid $(cat "$pidfile")) on http://127.0.0.1:$port/api/v1$m"
}

start() {
    if alive; then describe; return; fi
    [[ -d "$root/node_modules" ]] || (cd "$root" && npm ci --no-audit --no-fund >/dev/null)
    mkdir -p "$logdir"
    BS_DATABASE_URL="${BS_DATABASE_URL:-$("$here/pg.sh" up)}"
    export BS_DATABASE_URL BS_SERVER_PORT="$port"
    nohup node "$root/src/main.mjs" >>"$logdir/server.log" 2>&1 &
    echo $! >"$pidfile"
    printf '%s' "${BS_SERVER_MISBEHAVE:-}" >"$modefile"
    for _ in $(seq 1 100); do
        if curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/network"; then
            echo "started: $(describe)"; return
        fi
        alive || { echo "server exited: $(tail -1 "$logdir/server.log")" >&2; rm -f "$pidfile" "$modefile"; exit 1; }
        sleep 0.2
    done
    echo "server did not answer within 20 s; see $logdir/server.log" >&2
    exit 1
}

stop() {
    if alive; then
        local pid; pid="$(cat "$pidfile")"
        kill -TERM "$pid"
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    fi
    rm -f "$pidfile" "$modefile"
    echo "stopped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) if alive; then describe; else echo "stopped"; exit 3; fi ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
