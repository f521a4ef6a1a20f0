#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the circom test circuits' .wasm files and their expected witnesses / errors with
# the reference tools (npm circom2 0.2.23 = circom 2.2.3, circomlib 2.0.5, snarkjs 0.7.6).
# Usage: tests/data/zk/regen.sh [scratch dir]   (needs node/npm and the npm registry)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work" && cd "$work"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund circom2@0.2.23 circomlib@2.0.5 snarkjs@0.7.6 >/dev/null

mkdir -p out
for c in features checks bench; do
    npx circom2 "$here/$c.circom" --wasm --r1cs --O2 -l node_modules -o out >/dev/null
    cp "out/${c}_js/$c.wasm" "$here/$c.wasm"
done

# Expected witnesses (JSON arrays of decimal strings) and console output of snarkjs.
witness() { # circuit input-name
    npx snarkjs wtns calculate "out/$1_js/$1.wasm" "$here/$2.json" "out/$2.wtns" > "out/$2.log" 2>&1
    npx snarkjs wtns check "out/$1.r1cs" "out/$2.wtns" >/dev/null
    npx snarkjs wtns export json "out/$2.wtns" "out/$2.witness.json" >/dev/null
    node -e 'const w=require(process.argv[1]); require("fs").writeFileSync(process.argv[2], JSON.stringify(w) + "\n")' \
        "$work/out/$2.witness.json" "$here/$2.witness.json"
}
witness features features
witness checks checks
witness bench bench
# The bench witness (10k values) is kept as the SHA-256 of its JSON text only.
sha256sum "$here/bench.witness.json" | cut -d' ' -f1 > "$here/bench.witness.sha256"
rm "$here/bench.witness.json"
grep -v 'nodedir' out/features.log > "$here/features.log.txt"

# Failing inputs: snarkjs' error message (the text of the Error its witness calculator throws).
for f in checks_constraint checks_assert; do
    npx snarkjs wtns calculate out/checks_js/checks.wasm "$here/$f.json" "out/$f.wtns" > "out/$f.log" 2>&1 || true
    awk '/snarkJS.*Error: Error: / { sub(/.*Error: Error: /, ""); on = 1 } on && /^$/ { exit } on { print }' \
        "out/$f.log" > "$here/$f.error.txt"
done

echo "regenerated in $here (scratch: $work)"
