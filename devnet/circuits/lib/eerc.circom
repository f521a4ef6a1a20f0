pragma circom 2.1.0;

// Shared sub-checks of the eERC circuits (spec eerc-protocol.md section 6), written from the
// protocol description. All points are affine BabyJubJub points (x, y); B = Base8.
// On-curve checks do not test subgroup membership (as in the protocol).

include "circomlib/circuits/babyjub.circom";
include "circomlib/circuits/bitify.circom";
include "circomlib/circuits/comparators.circom";
include "circomlib/circuits/escalarmulany.circom";
include "circomlib/circuits/escalarmulfix.circom";
include "circomlib/circuits/poseidon.circom";

function babyOrder() {
    // l, the prime subgroup order (< 2^251)
    return 2736030358979909402780800718157159386076813972158567259200215660948447373041;
}

function base8() {
    return [
        5299619240641551281634865583518297030282874472190772894086521144482721001553,
        16950150798460657717958625567821834550301663161624707787222815936182638968203
    ];
}

// Enforces in < l. Range-checks `in` to 252 bits first so LessThan cannot wrap around.
template LessThanOrder() {
    signal input in;
    component bits = Num2Bits(252);
    bits.in <== in;
    component lt = LessThan(252);
    lt.in[0] <== in;
    lt.in[1] <== babyOrder();
    lt.out === 1;
}

// out = e * B for a 253-bit scalar given as a field element (range-checked to 253 bits).
template MulBase() {
    signal input e;
    signal output out[2];
    component bits = Num2Bits(253);
    bits.in <== e;
    component mul = EscalarMulFix(253, base8());
    for (var i = 0; i < 253; i++) {
        mul.e[i] <== bits.out[i];
    }
    out <== mul.out;
}

// out = e * P for any point P and a 253-bit scalar (range-checked to 253 bits).
template MulPoint() {
    signal input e;
    signal input p[2];
    signal output out[2];
    component bits = Num2Bits(253);
    bits.in <== e;
    component mul = EscalarMulAny(253);
    for (var i = 0; i < 253; i++) {
        mul.e[i] <== bits.out[i];
    }
    mul.p <== p;
    out <== mul.out;
}

template OnCurve() {
    signal input p[2];
    component check = BabyCheck();
    check.x <== p[0];
    check.y <== p[1];
}

template PointAdd() {
    signal input a[2];
    signal input b[2];
    signal output out[2];
    component add = BabyAdd();
    add.x1 <== a[0];
    add.y1 <== a[1];
    add.x2 <== b[0];
    add.y2 <== b[1];
    out[0] <== add.xout;
    out[1] <== add.yout;
}

// PK check: sk != 0, sk < l, PK on curve, PK = sk * B.
template CheckPublicKey() {
    signal input sk;
    signal input pk[2];

    component isZero = IsZero();
    isZero.in <== sk;
    isZero.out === 0;

    component range = LessThanOrder();
    range.in <== sk;

    component onCurve = OnCurve();
    onCurve.p <== pk;

    component derived = MulBase();
    derived.e <== sk;
    derived.out[0] === pk[0];
    derived.out[1] === pk[1];
}

// Value check: c1, c2 on curve, v < l, and ElGamal decryption under sk gives v * B,
// i.e. c2 == v * B + sk * c1.
template CheckElGamalValue() {
    signal input sk;
    signal input c1[2];
    signal input c2[2];
    signal input v;

    component c1On = OnCurve();
    c1On.p <== c1;
    component c2On = OnCurve();
    c2On.p <== c2;

    component range = LessThanOrder();
    range.in <== v;

    component shared = MulPoint();
    shared.e <== sk;
    shared.p <== c1;

    component vB = MulBase();
    vB.e <== v;

    component sum = PointAdd();
    sum.a <== vB.out;
    sum.b <== shared.out;
    sum.out[0] === c2[0];
    sum.out[1] === c2[1];
}

// Receiver VTT check: v < l, r < 2^253, c1 == r * B, c2 == v * B + r * PK.
template CheckElGamalEncryption() {
    signal input pk[2];
    signal input c1[2];
    signal input c2[2];
    signal input v;
    signal input r;

    component range = LessThanOrder();
    range.in <== v;

    component rB = MulBase();   // range-checks r to 253 bits
    rB.e <== r;
    rB.out[0] === c1[0];
    rB.out[1] === c1[1];

    component rPk = MulPoint();
    rPk.e <== r;
    rPk.p <== pk;

    component vB = MulBase();
    vB.e <== v;

    component sum = PointAdd();
    sum.a <== vB.out;
    sum.b <== rPk.out;
    sum.out[0] === c2[0];
    sum.out[1] === c2[1];
}

// PCT check: PK and authKey on curve, r < l, authKey == r * B, K = r * PK, and the 4-element
// Poseidon ciphertext decrypts under (K, nonce) to [v] with length 1: the two padding
// elements must decrypt to 0 and the tag must match. nonce < 2^128.
template CheckPoseidonCiphertext() {
    signal input pk[2];
    signal input authKey[2];
    signal input pct[4];
    signal input nonce;
    signal input r;
    signal input v;

    component pkOn = OnCurve();
    pkOn.p <== pk;
    component authOn = OnCurve();
    authOn.p <== authKey;

    component rRange = LessThanOrder();
    rRange.in <== r;

    component rB = MulBase();
    rB.e <== r;
    rB.out[0] === authKey[0];
    rB.out[1] === authKey[1];

    component key = MulPoint();
    key.e <== r;
    key.p <== pk;

    component nonceBits = Num2Bits(128);
    nonceBits.in <== nonce;

    // Block 1: state = perm([0, Kx, Ky, nonce + length * 2^128]); plaintext = ct - state[1..3].
    component first = PoseidonEx(3, 4);
    first.initialState <== 0;
    first.inputs[0] <== key.out[0];
    first.inputs[1] <== key.out[1];
    first.inputs[2] <== nonce + 1 * (1 << 128);

    pct[0] - first.out[1] === v;
    pct[1] - first.out[2] === 0;   // padding
    pct[2] - first.out[3] === 0;   // padding

    // Tag: perm([state0, ct0, ct1, ct2])[1] == ct3.
    component tag = PoseidonEx(3, 4);
    tag.initialState <== first.out[0];
    tag.inputs[0] <== pct[0];
    tag.inputs[1] <== pct[1];
    tag.inputs[2] <== pct[2];
    tag.out[1] === pct[3];
}

// a <= b for a, b < l (both must already be range-checked below l by the caller).
template LessEqBelowOrder() {
    signal input a;
    signal input b;
    component lt = LessThan(252);
    lt.in[0] <== a;
    lt.in[1] <== b + 1;
    lt.out === 1;
}
