// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IRegistrationVerifier} from "./interfaces/IVerifiers.sol";
import {BabyJubJub} from "./libraries/BabyJubJub.sol";
import {
    InvalidChainId,
    InvalidProof,
    InvalidRegistrationHash,
    InvalidSender,
    UserAlreadyRegistered
} from "./types/Errors.sol";
import {Point, RegisterProof} from "./types/Types.sol";

/// Maps addresses to BabyJubJub public keys, each proven with the registration circuit
/// (public signals: PK.x, PK.y, address, chainId, Poseidon3(chainId, sk, address)).
contract Registrar {
    IRegistrationVerifier public immutable registrationVerifier;

    mapping(address userAddress => Point) public userPublicKeys;
    mapping(uint256 registrationHash => bool isRegistered) public isRegistered;

    event Register(address indexed user, Point publicKey);

    constructor(address registrationVerifier_) {
        registrationVerifier = IRegistrationVerifier(registrationVerifier_);
    }

    /// Registers (or, with a new key and hash, re-registers) msg.sender's public key.
    /// Reverts InvalidSender / InvalidChainId / InvalidRegistrationHash / UserAlreadyRegistered /
    /// InvalidProof, in that order of checks.
    function register(RegisterProof calldata proof) external {
        uint256[5] calldata ps = proof.publicSignals;
        address account = address(uint160(ps[2]));
        if (account != msg.sender) revert InvalidSender();
        if (ps[3] != block.chainid) revert InvalidChainId();
        uint256 registrationHash = ps[4];
        if (registrationHash >= BabyJubJub.Q) revert InvalidRegistrationHash();
        if (isRegistered[registrationHash] && isUserRegistered(account)) {
            revert UserAlreadyRegistered();
        }
        if (
            !registrationVerifier.verifyProof(
                proof.proofPoints.a, proof.proofPoints.b, proof.proofPoints.c, ps
            )
        ) revert InvalidProof();

        Point memory publicKey = Point(ps[0], ps[1]);
        userPublicKeys[account] = publicKey;
        isRegistered[registrationHash] = true;
        emit Register(account, publicKey);
    }

    /// True when `user` has a key (both coordinates non-zero).
    function isUserRegistered(address user) public view returns (bool) {
        Point storage key = userPublicKeys[user];
        return key.x != 0 && key.y != 0;
    }

    /// The user's key, or [0, 0] if unregistered.
    function getUserPublicKey(address user) external view returns (uint256[2] memory publicKey) {
        Point storage key = userPublicKeys[user];
        publicKey[0] = key.x;
        publicKey[1] = key.y;
    }
}
