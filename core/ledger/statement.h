// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A verifiable statement of a provider's payouts (docs/statement.md): per payout, where it is
// on chain, its amount, the receiver's ElGamal ciphertext and a proof (crypto/dleq.h) that the
// ciphertext decrypts to that amount under the account's registered eERC key. Anyone can check
// it against the chain without the key (wallet/statement.h). This is the file format only:
// writing it, and reading it strictly (it comes from outside).
#include "crypto/dleq.h"
#include "util/result.h"
#include "util/u256.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <vector>

namespace bs::ledger {

inline constexpr const char* kStatementFormat = "backendshield-statement";
inline constexpr int kStatementVersion = 1;
// Bounds for a file from outside: a statement of a busy year stays far below them.
inline constexpr qsizetype kMaxStatementBytes = 32 * 1024 * 1024;
inline constexpr qsizetype kMaxStatementLines = 100000;

struct StatementLine
{
    crypto::Hash256 txHash{};
    std::uint32_t logIndex = 0;
    std::uint64_t block = 0;
    QDateTime time;                                       // the block's time, UTC
    crypto::EthAddress from{crypto::EthAddress::Bytes{}}; // who sent the payout
    U256 value;                                           // eERC base units: what is proven
    crypto::elgamal::Ciphertext ciphertext;               // the receiver's copy on chain
    crypto::dleq::Proof proof;

    bool operator==(const StatementLine&) const = default;
};

struct Statement
{
    std::uint64_t chainId = 0;
    crypto::EthAddress encryptedErc{crypto::EthAddress::Bytes{}};
    crypto::EthAddress registrar{crypto::EthAddress::Bytes{}};
    crypto::EthAddress account{crypto::EthAddress::Bytes{}};
    crypto::Point publicKey;
    QString tokenSymbol; // may be empty
    unsigned tokenDecimals = 0;
    unsigned eercDecimals = 0;
    QDateTime from; // the period [from, to), UTC
    QDateTime to;
    QDateTime createdAt;
    std::vector<StatementLine> lines; // ordered by (block, log index)

    bool operator==(const Statement&) const = default;

    // What line `i` claims, for crypto::dleq.
    crypto::dleq::DecryptionClaim claim(const StatementLine& line) const;
    // A line's value in token base units (rounded down when the eERC keeps more decimals).
    U256 tokenUnits(const U256& value) const;
    // The sum of the lines in token base units.
    U256 total() const;
};

// The statement as indented JSON (stable key order; docs/statement.md).
QByteArray toJson(const Statement& statement);

// Reads a statement strictly: every field checked (points in the subgroup, addresses, hashes,
// times, amounts consistent with the values), lines ordered and unique, at most
// kMaxStatementLines. The proofs are not checked here (that needs the chain).
Result<Statement> parseStatement(const QByteArray& json);

} // namespace bs::ledger
