pragma circom 2.1.0;

// Benchmark circuit roughly the size of the eERC withdraw statement (about 10k constraints):
// BabyJubJub public keys and variable-base scalar multiplications, the bulk of withdraw's
// work. (circomlib Poseidon would make the .wasm larger than the 300 KB allowed in git.)
include "circomlib/circuits/babyjub.circom";
include "circomlib/circuits/escalarmulany.circom";
include "circomlib/circuits/bitify.circom";

template Bench(nKeys) {
    signal input keys[nKeys];
    signal input point[2];
    signal output out;

    component pk[nKeys];
    component bits[nKeys];
    component mul[nKeys];
    var acc = 0;
    for (var i = 0; i < nKeys; i++) {
        pk[i] = BabyPbk();
        pk[i].in <== keys[i];
        bits[i] = Num2Bits(253);
        bits[i].in <== keys[i];
        mul[i] = EscalarMulAny(253);
        for (var j = 0; j < 253; j++) {
            mul[i].e[j] <== bits[i].out[j];
        }
        mul[i].p[0] <== point[0];
        mul[i].p[1] <== point[1];
        acc += pk[i].Ax * 3 + pk[i].Ay + mul[i].out[0] * 5 + mul[i].out[1];
    }
    out <== acc;
}

component main = Bench(3);
