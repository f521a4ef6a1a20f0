#!/usr/bin/env bash
# CTest fixture around the devnet: `fixture.sh up STAMP` starts it (chain, PostgreSQL,
# operator server) unless it already runs, and remembers in STAMP whether it did;
# `fixture.sh down STAMP` stops it only if `up` started it, so a developer's running
# devnet is left alone.
set -euo pipefail
devnet="$(cd "$(dirname "$0")/../.." && pwd)/devnet/devnet"
stamp=${2:?usage: fixture.sh up|down STAMP}
case "$1" in
    up)
        # Read the whole status first: with pipefail, grep -q quitting early would kill
        # `status` with SIGPIPE and make a running devnet look stopped.
        status="$("$devnet" status 2>/dev/null || true)"
        if grep -q "chain: up" <<<"$status"; then
            echo "devnet already running: using it" >&2
            echo kept >"$stamp"
        else
            echo started >"$stamp"
        fi
        "$devnet" up
        ;;
    down)
        if [[ "$(cat "$stamp" 2>/dev/null)" == started ]]; then
            "$devnet" down
        fi
        rm -f "$stamp"
        ;;
    *) echo "usage: fixture.sh up|down STAMP" >&2; exit 2 ;;
esac
