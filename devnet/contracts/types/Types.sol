// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

// ABI-visible types of the eERC protocol (spec eerc-protocol.md section 5). Field names and
// order are part of the ABI: keep them exactly as they are.

/// Affine BabyJubJub point. (0, 0) is not on the curve and means "unset".
struct Point {
    uint256 x;
    uint256 y;
}

/// Exponential ElGamal ciphertext: c1 = r*B, c2 = v*B + r*PK.
struct EGCT {
    Point c1;
    Point c2;
}

/// Groth16 proof in snarkjs Solidity calldata form (each Fp2 pair of b swapped).
struct ProofPoints {
    uint256[2] a;
    uint256[2][2] b;
    uint256[2] c;
}

struct RegisterProof {
    ProofPoints proofPoints;
    uint256[5] publicSignals;
}

struct MintProof {
    ProofPoints proofPoints;
    uint256[24] publicSignals;
}

struct TransferProof {
    ProofPoints proofPoints;
    uint256[32] publicSignals;
}

struct WithdrawProof {
    ProofPoints proofPoints;
    uint256[16] publicSignals;
}

struct BurnProof {
    ProofPoints proofPoints;
    uint256[19] publicSignals;
}

/// 7-word Poseidon ciphertext [ct0..ct3, authKey.x, authKey.y, nonce] of one credit, tagged
/// with the owner's transactionIndex at the time of the credit.
struct AmountPCT {
    uint256[7] pct;
    uint256 index;
}

/// Validity record of a balance snapshot (see EncryptedUserBalances).
struct BalanceHistory {
    uint256 index;
    bool isValid;
}

/// Per (user, tokenId) encrypted balance. Member order matters: the public auto-getter
/// `balances(address,uint256)` returns (eGCT, nonce, transactionIndex).
struct EncryptedBalance {
    EGCT eGCT;
    mapping(uint256 => BalanceHistory) balanceList;
    uint256 nonce;
    uint256 transactionIndex;
    uint256[7] balancePCT;
    AmountPCT[] amountPCTs;
}
