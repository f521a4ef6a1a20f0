pragma circom 2.1.0;

// Test circuit for failures: an equality constraint check (===) and an assert(), each in a
// nested template so the error trace has several levels.
template Inner() {
    signal input a;
    signal input b;
    signal input c;
    signal output out;
    out <== a * b;
    out === c;
}

template Bounded() {
    signal input v;
    signal output out;
    assert(v < 1000);
    out <== v + 1;
}

template Checks() {
    signal input a;
    signal input b;
    signal input c;
    signal input v;
    signal output out;
    component inner = Inner();
    inner.a <== a;
    inner.b <== b;
    inner.c <== c;
    component bounded = Bounded();
    bounded.v <== v;
    out <== inner.out + bounded.out;
}

component main = Checks();
