pragma circom 2.1.0;

// eERC withdraw circuit. Proves: v < l; v <= SenderBalance; the sender owns SenderPublicKey;
// SenderBalanceC1/C2 decrypts to SenderBalance; AuditorPCT is a Poseidon ciphertext of v to
// the auditor. The amount v is public (the contract pays it out).
// Public-signal order = declaration order of the public inputs below (spec section 6).

include "lib/eerc.circom";

template Withdraw() {
    signal input ValueToWithdraw;
    signal input SenderPrivateKey;
    signal input SenderPublicKey[2];
    signal input SenderBalance;
    signal input SenderBalanceC1[2];
    signal input SenderBalanceC2[2];
    signal input AuditorPublicKey[2];
    signal input AuditorPCT[4];
    signal input AuditorPCTAuthKey[2];
    signal input AuditorPCTNonce;
    signal input AuditorPCTRandom;

    component vRange = LessThanOrder();
    vRange.in <== ValueToWithdraw;

    component sender = CheckPublicKey();
    sender.sk <== SenderPrivateKey;
    sender.pk <== SenderPublicKey;

    component balance = CheckElGamalValue();
    balance.sk <== SenderPrivateKey;
    balance.c1 <== SenderBalanceC1;
    balance.c2 <== SenderBalanceC2;
    balance.v <== SenderBalance;

    component enough = LessEqBelowOrder();
    enough.a <== ValueToWithdraw;
    enough.b <== SenderBalance;

    component auditorPct = CheckPoseidonCiphertext();
    auditorPct.pk <== AuditorPublicKey;
    auditorPct.authKey <== AuditorPCTAuthKey;
    auditorPct.pct <== AuditorPCT;
    auditorPct.nonce <== AuditorPCTNonce;
    auditorPct.r <== AuditorPCTRandom;
    auditorPct.v <== ValueToWithdraw;
}

component main { public [
    ValueToWithdraw, SenderPublicKey, SenderBalanceC1, SenderBalanceC2,
    AuditorPublicKey, AuditorPCT, AuditorPCTAuthKey, AuditorPCTNonce
] } = Withdraw();
