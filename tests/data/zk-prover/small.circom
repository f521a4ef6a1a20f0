// SPDX-License-Identifier: GPL-3.0-or-later
// Test circuit for the Groth16 prover (tests/unit/zk/tst_groth16.cpp).
// Public: out (output), then c (public input); private: a, b.
// Mixes a Poseidon hash (a few hundred constraints) with a plain product so that
// the A/B matrices have wires absent from one of them (infinity bases in the zkey).
pragma circom 2.0.0;

include "circomlib/circuits/poseidon.circom";

template Small() {
    signal input a;
    signal input b;
    signal input c;
    signal output out;

    component h = Poseidon(2);
    h.inputs[0] <== a;
    h.inputs[1] <== b;
    signal t;
    t <== c * a;
    out <== h.out + t;
}

component main {public [c]} = Small();
