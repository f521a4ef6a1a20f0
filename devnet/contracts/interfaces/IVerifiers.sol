// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

// Groth16 verifiers as exported by snarkjs; they return false (never revert) on a bad proof
// or a public signal >= p.

interface IRegistrationVerifier {
    function verifyProof(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[5] calldata publicSignals
    ) external view returns (bool);
}

interface IWithdrawVerifier {
    function verifyProof(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[16] calldata publicSignals
    ) external view returns (bool);
}

interface ITransferVerifier {
    function verifyProof(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[32] calldata publicSignals
    ) external view returns (bool);
}
