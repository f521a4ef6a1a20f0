// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark circuit for bench_prover: a chain of Poseidon(2) hashes, about 240
// constraints per link at --O2 (PoseidonChain(50) ~ 12k constraints, the size of
// the eERC withdraw circuit).
pragma circom 2.0.0;

include "circomlib/circuits/poseidon.circom";

template PoseidonChain(n) {
    signal input seed;
    signal input key;
    signal output out;

    component h[n];
    signal acc[n + 1];
    acc[0] <== seed;
    for (var i = 0; i < n; i++) {
        h[i] = Poseidon(2);
        h[i].inputs[0] <== acc[i];
        h[i].inputs[1] <== key;
        acc[i + 1] <== h[i].out;
    }
    out <== acc[n];
}

component main {public [seed]} = PoseidonChain(50);
