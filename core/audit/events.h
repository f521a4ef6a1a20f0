// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The chain events an auditor keeps (spec eerc-protocol.md 5.2 and 7): what moved value out of
// (or into) the operator's eERC account, and every change of auditor. Amounts under an
// auditor PCT are kept decrypted, so that a later run only decrypts what is new.
//
//   Payout          PrivateTransfer with from = operator: recipient, the PCT's auditor, the
//                   decrypted amount (eERC units)
//   Withdraw        Withdraw with user = operator: the event's amount (eERC units) and the
//                   decrypted auditor PCT, which must agree
//   Burn            PrivateBurn with user = operator (standalone deployments): decrypted amount
//   Deposit         Deposit with user = operator: amount and dust (token units), no PCT
//   AuditorChanged  old and new auditor: the epochs of which key can read which PCTs
#include "crypto/keccak.h"
#include "crypto/secp256k1.h"
#include "util/result.h"
#include "util/u256.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace bs::audit {

// A verification, scan or decryption stopped by its stop token.
inline constexpr Text kCancelled = BS_TR("audit", "cancelled");
// decodeEvent's refusal (%1 the block, %2 the log index): the cache can be dropped and read
// from the chain again.
inline constexpr Text kCacheDamaged =
    BS_TR("audit",
          "the auditor's cache in the vault is damaged (event at block %1, log %2); it "
          "is rebuilt from the chain by the next verification.");

enum class EventKind : std::uint8_t
{
    Payout = 1,
    Withdraw = 2,
    Deposit = 3,
    Burn = 4,
    AuditorChanged = 5,
};
// "payout", "withdraw", "deposit", "burn", "auditor-changed".
QString eventKindName(EventKind kind);

// What became of the event's auditor PCT.
enum class PctStatus : std::uint8_t
{
    None = 0,          // the event has none (Deposit, AuditorChanged)
    Decrypted = 1,     // `amount` holds it
    Undecryptable = 2, // wrong key (another auditor's epoch), or not a valid PCT at all
};
// "none", "decrypted", "undecryptable".
QString pctStatusName(PctStatus status);

struct ChainEvent
{
    std::uint64_t blockNumber = 0;
    std::int64_t blockTime = 0; // seconds since the epoch
    crypto::Hash256 txHash{};
    std::uint32_t logIndex = 0;
    EventKind kind = EventKind::Payout;
    PctStatus pct = PctStatus::None;
    // Payout: the recipient. AuditorChanged: the new auditor. Otherwise zero.
    crypto::EthAddress counterparty{crypto::EthAddress::Bytes{}};
    // Payout, Withdraw, Burn: the auditor the PCT was made for (the event's indexed
    // auditorAddress). AuditorChanged: the old auditor. Otherwise zero.
    crypto::EthAddress auditor{crypto::EthAddress::Bytes{}};
    U256 amount;      // the decrypted auditor PCT (eERC units), when pct == Decrypted
    U256 eventAmount; // Withdraw: the event's amount (eERC units); Deposit: amount (token units)
    U256 dust;        // Deposit: the part returned to the depositor (token units)

    bool operator==(const ChainEvent&) const = default;
};

// The event's position in the chain, for ordering and lookups.
inline bool before(const ChainEvent& a, const ChainEvent& b)
{
    return a.blockNumber != b.blockNumber ? a.blockNumber < b.blockNumber : a.logIndex < b.logIndex;
}

// A compact, versioned byte form of everything but the block number and log index (the key
// under which a store keeps it), and its strict reader: anything but what encodeEvent wrote
// is refused with a sentence saying the cache is damaged.
QByteArray encodeEvent(const ChainEvent& event);
Result<ChainEvent>
decodeEvent(std::uint64_t blockNumber, std::uint32_t logIndex, const QByteArray& bytes);

} // namespace bs::audit
