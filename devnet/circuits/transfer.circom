pragma circom 2.1.0;

// eERC transfer circuit. Proves: v < l; v <= SenderBalance; the sender owns SenderPublicKey;
// SenderBalanceC1/C2 decrypts to SenderBalance and SenderVTT decrypts to v under the sender's
// key; ReceiverVTT encrypts v to ReceiverPublicKey; ReceiverPCT and AuditorPCT are Poseidon
// ciphertexts of v to the receiver and the auditor.
// Public-signal order = declaration order of the public inputs below (spec section 6).

include "lib/eerc.circom";

template Transfer() {
    signal input ValueToTransfer;
    signal input SenderPrivateKey;
    signal input SenderPublicKey[2];
    signal input SenderBalance;
    signal input SenderBalanceC1[2];
    signal input SenderBalanceC2[2];
    signal input SenderVTTC1[2];
    signal input SenderVTTC2[2];
    signal input ReceiverPublicKey[2];
    signal input ReceiverVTTC1[2];
    signal input ReceiverVTTC2[2];
    signal input ReceiverVTTRandom;
    signal input ReceiverPCT[4];
    signal input ReceiverPCTAuthKey[2];
    signal input ReceiverPCTNonce;
    signal input ReceiverPCTRandom;
    signal input AuditorPublicKey[2];
    signal input AuditorPCT[4];
    signal input AuditorPCTAuthKey[2];
    signal input AuditorPCTNonce;
    signal input AuditorPCTRandom;

    component vRange = LessThanOrder();
    vRange.in <== ValueToTransfer;

    component sender = CheckPublicKey();
    sender.sk <== SenderPrivateKey;
    sender.pk <== SenderPublicKey;

    // Also range-checks SenderBalance < l, which LessEqBelowOrder relies on.
    component balance = CheckElGamalValue();
    balance.sk <== SenderPrivateKey;
    balance.c1 <== SenderBalanceC1;
    balance.c2 <== SenderBalanceC2;
    balance.v <== SenderBalance;

    component enough = LessEqBelowOrder();
    enough.a <== ValueToTransfer;
    enough.b <== SenderBalance;

    component senderVtt = CheckElGamalValue();
    senderVtt.sk <== SenderPrivateKey;
    senderVtt.c1 <== SenderVTTC1;
    senderVtt.c2 <== SenderVTTC2;
    senderVtt.v <== ValueToTransfer;

    component receiverVtt = CheckElGamalEncryption();
    receiverVtt.pk <== ReceiverPublicKey;
    receiverVtt.c1 <== ReceiverVTTC1;
    receiverVtt.c2 <== ReceiverVTTC2;
    receiverVtt.v <== ValueToTransfer;
    receiverVtt.r <== ReceiverVTTRandom;

    component receiverPct = CheckPoseidonCiphertext();
    receiverPct.pk <== ReceiverPublicKey;
    receiverPct.authKey <== ReceiverPCTAuthKey;
    receiverPct.pct <== ReceiverPCT;
    receiverPct.nonce <== ReceiverPCTNonce;
    receiverPct.r <== ReceiverPCTRandom;
    receiverPct.v <== ValueToTransfer;

    component auditorPct = CheckPoseidonCiphertext();
    auditorPct.pk <== AuditorPublicKey;
    auditorPct.authKey <== AuditorPCTAuthKey;
    auditorPct.pct <== AuditorPCT;
    auditorPct.nonce <== AuditorPCTNonce;
    auditorPct.r <== AuditorPCTRandom;
    auditorPct.v <== ValueToTransfer;
}

component main { public [
    SenderPublicKey, SenderBalanceC1, SenderBalanceC2, SenderVTTC1, SenderVTTC2,
    ReceiverPublicKey, ReceiverVTTC1, ReceiverVTTC2, ReceiverPCT, ReceiverPCTAuthKey,
    ReceiverPCTNonce, AuditorPublicKey, AuditorPCT, AuditorPCTAuthKey, AuditorPCTNonce
] } = Transfer();
