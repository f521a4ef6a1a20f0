#!/usr/bin/env bash
# Runs the reference server's tests (node --test) on a throwaway PostgreSQL cluster created in a
# temporary directory and destroyed afterwards. Chain tests run only when a devnet chain is up
# (devnet/state/network.json answering); otherwise they skip with a message.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
[[ -d node_modules ]] || npm ci --no-audit --no-fund >/dev/null
export BS_PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/bs-server-test.XXXXXX")"
cleanup() { "$here/bin/pg.sh" destroy >/dev/null 2>&1 || true; }
trap cleanup EXIT
BS_TEST_DATABASE_URL="$("$here/bin/pg.sh" up)"
export BS_TEST_DATABASE_URL
node --test --test-concurrency=2 "$@" test/*.test.mjs
