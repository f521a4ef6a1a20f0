#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a Groth16 test fixture with circom2 + snarkjs (npm) into OUTDIR:
#   make-fixture.sh OUTDIR [small|chain]
# small: small.circom, ptau 2^10 (a few seconds). chain: chain.circom (~12k constraints),
# ptau 2^14 (about 6 minutes for "prepare phase2" on 2 cores).
# Output in OUTDIR/<name>/: circuit.r1cs, circuit_js/circuit.wasm, circuit.zkey,
# verification_key.json, circuit_setup.zkey + verification_key_setup.json (before contribution),
# input.json, witness.wtns, public.json, proof.json (snarkjs's own proof),
# proof_r0s0.json + calldata_r0s0.txt (snarkjs's proof with blinding r = s = 0),
# and OUTDIR/snarkjs, a wrapper that runs the pinned snarkjs CLI.
# Everything is deterministic (fixed entropy) and cached: a second run with the same inputs
# does nothing. These keys come from a toy ceremony: test use only.
# Node modules: $BS_ZK_NPM_DIR if it contains them, else npm installs them into OUTDIR/npm.
set -eu

out=${1:?usage: make-fixture.sh OUTDIR [small|chain]}
name=${2:-small}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)

case "$name" in
    small) power=10; input='{"a": "3", "b": "5", "c": "7"}' ;;
    chain) power=14; input='{"seed": "1", "key": "123456789"}' ;;
    *) echo "make-fixture.sh: unknown fixture '$name'" >&2; exit 2 ;;
esac

npmdir=${BS_ZK_NPM_DIR:-$out/npm}
if [ ! -f "$npmdir/node_modules/snarkjs/package.json" ]; then
    mkdir -p "$npmdir"
    npm install --prefix "$npmdir" --no-audit --no-fund \
        circom2@0.2.23 circomlib@2.0.5 snarkjs@0.7.6 >&2
fi
nm=$npmdir/node_modules
cat > "$out/snarkjs" <<WRAP
#!/bin/sh
exec node "$nm/snarkjs/build/cli.cjs" "\$@"
WRAP
chmod +x "$out/snarkjs"
snarkjs="$out/snarkjs"

dir=$out/$name
stamp=$(cat "$0" "$here/$name.circom" "$here/prove-zero-blinding.cjs" | sha256sum | cut -c1-16)
if [ -f "$dir/stamp" ] && [ "$(cat "$dir/stamp")" = "$stamp" ]; then
    exit 0
fi
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"

cp "$here/$name.circom" circuit.circom
# circom2 (WASI) opens only real paths below the working directory: copy circomlib in.
mkdir lib && cp -R "$nm/circomlib" lib/circomlib
node "$nm/circom2/cli.js" circuit.circom --r1cs --wasm --O2 -l lib -o . >&2
rm -rf lib

# The ptau depends only on the power: share it between fixtures.
ptau=$out/pot${power}_final.ptau
if [ ! -f "$ptau" ]; then
    $snarkjs powersoftau new bn128 "$power" "$out/pot${power}_0.ptau" >&2
    $snarkjs powersoftau contribute "$out/pot${power}_0.ptau" "$out/pot${power}_1.ptau" \
        --name=fixture -e="backendshield fixture ptau" >&2
    $snarkjs powersoftau prepare phase2 "$out/pot${power}_1.ptau" "$ptau.tmp" >&2
    mv "$ptau.tmp" "$ptau"
    rm -f "$out/pot${power}_0.ptau" "$out/pot${power}_1.ptau"
fi

# Keep the fresh setup key too: its sections are in setup order (1,2,4,3,9,8,5,6,7,10), the
# contributed one's in ascending order; readers must handle both.
$snarkjs groth16 setup circuit.r1cs "$ptau" circuit_setup.zkey >&2
$snarkjs zkey contribute circuit_setup.zkey circuit.zkey --name=fixture -e="backendshield fixture zkey" >&2
$snarkjs zkey export verificationkey circuit.zkey verification_key.json >&2
$snarkjs zkey export verificationkey circuit_setup.zkey verification_key_setup.json >&2
echo "$input" > input.json
$snarkjs wtns calculate circuit_js/circuit.wasm input.json witness.wtns >&2
$snarkjs groth16 prove circuit.zkey witness.wtns proof.json public.json >&2
node "$here/prove-zero-blinding.cjs" "$nm" circuit.zkey witness.wtns proof_r0s0.json >&2
$snarkjs zkey export soliditycalldata public.json proof_r0s0.json > calldata_r0s0.txt
echo "$stamp" > stamp
