// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the provider view-model tests: a decrypted credit, a secret as a span, and a
// provider profile on a chain nobody serves (port 9 on loopback).
#include "ledger/entries.h"
#include "vault/records.h"

#include <QUrl>

#include <cstring>
#include <span>

namespace bs::test {

inline std::span<const char> text(const char* s)
{
    return {s, std::strlen(s)};
}

inline ledger::HistoryEntry
credit(std::uint64_t block, std::int64_t time, std::uint64_t amount, std::uint8_t tag)
{
    ledger::HistoryEntry e;
    e.kind = ledger::HistoryEntry::Kind::Credit;
    e.source = ledger::HistoryEntry::Source::Transfer;
    e.blockNumber = block;
    e.blockTime = time;
    e.transactionHash.fill(tag);
    e.amount = U256::fromU64(amount);
    return e;
}

inline vault::Profile offlineProfile(const QString& name, std::uint64_t chainId = 43112)
{
    vault::Profile profile;
    profile.name = name;
    chain::Network network;
    network.deployment.chainId = chainId;
    network.name = QStringLiteral("Nowhere");
    network.rpcUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    network.deployment.registrar =
        *crypto::EthAddress::fromString("0x1111111111111111111111111111111111111111");
    network.deployment.encryptedErc =
        *crypto::EthAddress::fromString("0x2222222222222222222222222222222222222222");
    network.deployment.token =
        *crypto::EthAddress::fromString("0x3333333333333333333333333333333333333333");
    profile.network = network;
    return profile;
}

} // namespace bs::test
