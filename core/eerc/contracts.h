// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The eERC contracts as the client sees them (spec eerc-protocol.md section 5): where they
// are, and the functions and events it uses, by canonical signature. Selectors and topics
// are computed from the signatures and tested against the vectors of abi.json.
#include "chain/abi.h"
#include "chain/network.h" // Deployment
#include "crypto/secp256k1.h"

#include <cstdint>

namespace bs::eerc {

namespace abi {

// Registrar
const chain::AbiFunction& registerUser();     // register(((a,b,c),uint256[5]))
const chain::AbiFunction& getUserPublicKey(); // (address) -> uint256[2]

// EncryptedERC
const chain::AbiFunction&
balanceOf(); // (address,uint256) -> (EGCT,nonce,AmountPCT[],uint256[7],txIndex)
const chain::AbiFunction& auditorPublicKey(); // () -> (uint256,uint256)
const chain::AbiFunction& auditor();          // () -> address
const chain::AbiFunction& tokenIds();         // (address) -> uint256
const chain::AbiFunction& decimals();         // () -> uint8 (eERC and ERC-20 alike)
const chain::AbiFunction& withdraw();         // (uint256,((a,b,c),uint256[16]),uint256[7])
const chain::AbiFunction& transfer();         // (address,uint256,((a,b,c),uint256[32]),uint256[7])
const chain::AbiFunction& deposit();          // (uint256,address,uint256[7])

// ERC-20
const chain::AbiFunction& erc20BalanceOf(); // (address) -> uint256

// Events
const chain::AbiEvent&
privateTransferEvent();                 // PrivateTransfer(from I, to I, uint256[7], auditor I)
const chain::AbiEvent& depositEvent();  // Deposit(user I, amount, dust, tokenId)
const chain::AbiEvent& withdrawEvent(); // Withdraw(user I, amount, tokenId, uint256[7], auditor I)
const chain::AbiEvent& auditorChangedEvent(); // AuditorChanged(old I, new I)
const chain::AbiEvent& erc20TransferEvent();  // Transfer(from I, to I, value)

} // namespace abi

// The address as a 32-byte topic (left-padded), for log filters.
crypto::Hash256 addressTopic(const crypto::EthAddress& address);

} // namespace bs::eerc
