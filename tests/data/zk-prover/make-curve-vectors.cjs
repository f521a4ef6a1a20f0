// SPDX-License-Identifier: GPL-3.0-or-later
// Generates curve-vectors.json (checked in) with ffjavascript 0.3.1, the curve library of
// snarkjs 0.7.6: multiples k*G of the BN254 G1 and G2 generators, affine, decimal.
// Usage: node make-curve-vectors.cjs NODE_MODULES_DIR > curve-vectors.json
const ff = require(process.argv[2] + "/ffjavascript");

(async () => {
    const curve = await ff.buildBn128(true);
    const ks = ["1", "2", "3", "123456789",
        "21888242871839275222246405745257275088548364400416034343698204186575808495616",
        "6350874878119819312338956282401532409788428879151445726012394534686998597021"];
    const g1 = [], g2 = [];
    for (const k of ks) {
        const e = curve.Fr.e(k);
        g1.push({ k, point: curve.G1.toObject(curve.G1.toAffine(curve.G1.timesFr(curve.G1.g, e)))
            .slice(0, 2).map(String) });
        const p = curve.G2.toObject(curve.G2.toAffine(curve.G2.timesFr(curve.G2.g, e)));
        g2.push({ k, point: p.slice(0, 2).map((c) => c.map(String)) });
    }
    console.log(JSON.stringify({ origin: "ffjavascript 0.3.1 buildBn128: k * generator, affine; " +
        "G2 coordinates as [c0, c1]", g1, g2 }, null, 1));
    await curve.terminate();
})();
