// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

// Custom errors of the eERC contracts; selectors are part of the protocol (abi.json).
error InvalidProof();
error UserNotRegistered();
error InvalidChainId();
error InvalidNullifier();
error InvalidOperation();
error TransferFailed();
error UnknownToken();
error ZeroAddress();
error TokenBlacklisted(address token);
error InvalidSender();
error InvalidRegistrationHash();
error UserAlreadyRegistered();
