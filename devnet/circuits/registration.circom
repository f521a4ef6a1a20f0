pragma circom 2.1.0;

// eERC registration circuit: proves knowledge of sk for SenderPublicKey and binds it to
// (ChainID, SenderAddress) via RegistrationHash = Poseidon3(ChainID, sk, SenderAddress).
// Public-signal order (declaration order): SenderPublicKey[2], SenderAddress, ChainID,
// RegistrationHash.

include "lib/eerc.circom";

template Registration() {
    signal input SenderPrivateKey;
    signal input SenderPublicKey[2];
    signal input SenderAddress;
    signal input ChainID;
    signal input RegistrationHash;

    component pk = CheckPublicKey();
    pk.sk <== SenderPrivateKey;
    pk.pk <== SenderPublicKey;

    component hash = Poseidon(3);
    hash.inputs[0] <== ChainID;
    hash.inputs[1] <== SenderPrivateKey;
    hash.inputs[2] <== SenderAddress;
    hash.out === RegistrationHash;
}

component main { public [SenderPublicKey, SenderAddress, ChainID, RegistrationHash] } = Registration();
