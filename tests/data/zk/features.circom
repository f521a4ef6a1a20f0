pragma circom 2.1.0;

// Test circuit for the witness runtime: exercises the circomlib templates the eERC circuits
// use (BabyJubJub add / public key / fixed and variable scalar multiplication,
// comparators, bit decomposition), array inputs (1-D and 2-D) and log().
include "circomlib/circuits/babyjub.circom";
include "circomlib/circuits/escalarmulany.circom";
include "circomlib/circuits/escalarmulfix.circom";
include "circomlib/circuits/comparators.circom";
include "circomlib/circuits/bitify.circom";

template Logger() {
    signal input v;
    signal output out;
    log("logger value", v, "squared", v * v);
    out <== v * v;
}

template Features() {
    signal input x[2];
    signal input k;
    signal input m[2][3];
    signal input small[4];
    signal input neg;
    signal output hash;
    signal output pub[2];
    signal output sum[2];
    signal output lt;
    signal output mixed;

    hash <== x[0] * x[1];

    component pk = BabyPbk();
    pk.in <== k;
    pub[0] <== pk.Ax;
    pub[1] <== pk.Ay;

    component add = BabyAdd();
    add.x1 <== pk.Ax;
    add.y1 <== pk.Ay;
    add.x2 <== pk.Ax;
    add.y2 <== pk.Ay;

    // Variable-base multiplication of the public key by the low 64 bits of x[0].
    component bits = Num2Bits(64);
    bits.in <== small[0] + small[1] * 65536;
    component mul = EscalarMulAny(64);
    for (var i = 0; i < 64; i++) {
        mul.e[i] <== bits.out[i];
    }
    mul.p[0] <== add.xout;
    mul.p[1] <== add.yout;
    sum[0] <== mul.out[0];
    sum[1] <== mul.out[1];

    var BASE8[2] = [
        5299619240641551281634865583518297030282874472190772894086521144482721001553,
        16950150798460657717958625567821834550301663161624707787222815936182638968203
    ];
    component fixbits = Num2Bits(32);
    fixbits.in <== small[2];
    component fix = EscalarMulFix(32, BASE8);
    for (var i = 0; i < 32; i++) {
        fix.e[i] <== fixbits.out[i];
    }

    component cmp = LessThan(32);
    cmp.in[0] <== small[2];
    cmp.in[1] <== small[3];
    lt <== cmp.out;

    component logger = Logger();
    logger.v <== small[3];

    var acc = 0;
    for (var i = 0; i < 2; i++) {
        for (var j = 0; j < 3; j++) {
            acc += m[i][j] * (i * 3 + j + 1);
        }
    }
    mixed <== acc + neg + fix.out[0] + logger.out;
}

component main {public [x]} = Features();
