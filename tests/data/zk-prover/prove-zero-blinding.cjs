// SPDX-License-Identifier: GPL-3.0-or-later
// Makes snarkjs's Groth16 proof deterministic by forcing its blinding scalars r = s = 0, so a
// native prover run with the same blinding must produce the identical proof.json.
// Usage: node prove-zero-blinding.cjs NODE_MODULES_DIR circuit.zkey witness.wtns out.json
const [nm, zkey, wtns, out] = process.argv.slice(2);
const fs = require("fs");
const ff = require(nm + "/ffjavascript");
const snarkjs = require(nm + "/snarkjs");

(async () => {
    // snarkjs takes the shared bn128 instance that ffjavascript caches: patch its RNG.
    const curve = await ff.buildBn128();
    curve.Fr.random = () => curve.Fr.zero;
    const { proof } = await snarkjs.groth16.prove(zkey, wtns);
    fs.writeFileSync(out, JSON.stringify(proof, null, 1));
    await curve.terminate();
})().catch((e) => {
    console.error(e);
    process.exit(1);
});
