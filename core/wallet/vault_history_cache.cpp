// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/vault_history_cache.h"

#include "util/hex.h"

namespace bs::wallet {

namespace {

QString hexOf(std::span<const std::uint8_t> bytes)
{
    return QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(bytes));
}

} // namespace

QString VaultHistoryCache::scanNameFor(const chain::Deployment& deployment,
                                       const crypto::EthAddress& me)
{
    return QStringLiteral("eerc-history:%1:%2:%3")
        .arg(deployment.chainId)
        .arg(QString::fromStdString(deployment.encryptedErc.toLowerHex()),
             QString::fromStdString(me.toLowerHex()));
}

Result<vault::HistoryEntry> toStored(const ledger::HistoryEntry& e)
{
    if (!e.tokenId.fitsU64())
        return fail(BS_TR("wallet", "a history entry has a token id too large to store."));
    vault::HistoryEntry s;
    s.tokenId = e.tokenId.toU64();
    s.kind = QLatin1String(ledger::toString(e.kind));
    s.source = QLatin1String(ledger::toString(e.source));
    s.blockNumber = e.blockNumber;
    s.blockTime = e.blockTime;
    s.txHash = hexOf(e.transactionHash);
    s.logIndex = e.logIndex;
    s.counterparty =
        e.counterparty ? QString::fromStdString(e.counterparty->toChecksumHex()) : QString();
    s.decrypted = e.amount.has_value();
    // The vault wants a number in every row; an unread amount is marked by `decrypted`.
    s.amount = e.amount ? QString::fromStdString(e.amount->toDecimal()) : QStringLiteral("0");
    return s;
}

Result<ledger::HistoryEntry> fromStored(const vault::HistoryEntry& s)
{
    const auto damaged = [] {
        return fail(BS_TR("wallet", "the vault's history cache holds an entry that does not "
                                    "parse; it will be scanned again."));
    };
    ledger::HistoryEntry e;
    if (s.kind == QLatin1String("credit"))
        e.kind = ledger::HistoryEntry::Kind::Credit;
    else if (s.kind == QLatin1String("debit"))
        e.kind = ledger::HistoryEntry::Kind::Debit;
    else
        return damaged();
    if (s.source == QLatin1String("transfer"))
        e.source = ledger::HistoryEntry::Source::Transfer;
    else if (s.source == QLatin1String("deposit"))
        e.source = ledger::HistoryEntry::Source::Deposit;
    else if (s.source == QLatin1String("withdraw"))
        e.source = ledger::HistoryEntry::Source::Withdraw;
    else
        return damaged();
    e.tokenId = U256::fromU64(s.tokenId);
    e.blockNumber = s.blockNumber;
    e.blockTime = s.blockTime;
    e.logIndex = s.logIndex;
    const std::string tx = s.txHash.toStdString();
    if (!tx.starts_with("0x") ||
        !util::hexDecodeInto(std::string_view(tx).substr(2), e.transactionHash))
        return damaged();
    if (!s.counterparty.isEmpty()) {
        auto a = crypto::EthAddress::fromString(s.counterparty.toStdString());
        if (!a)
            return damaged();
        e.counterparty = *a;
    }
    if (s.decrypted) {
        const auto amount = U256::fromDecimal(s.amount.toStdString());
        if (!amount)
            return damaged();
        e.amount = *amount;
    }
    return e;
}

Result<std::optional<std::uint64_t>> VaultHistoryCache::checkpoint() const
{
    auto c = m_vault.with([&](vault::Vault& v) { return v.history().checkpoint(m_scanName); });
    if (!c)
        return c.error();
    return c->has_value() ? std::optional<std::uint64_t>(**c) : std::nullopt;
}

Result<void> VaultHistoryCache::dropFrom(std::uint64_t block)
{
    return m_vault.with([&](vault::Vault& v) { return v.history().dropFrom(m_scanName, block); });
}

Result<void> VaultHistoryCache::append(const std::vector<ledger::HistoryEntry>& entries,
                                       std::uint64_t scannedTo)
{
    std::vector<vault::HistoryEntry> stored;
    stored.reserve(entries.size());
    for (const ledger::HistoryEntry& e : entries) {
        auto s = toStored(e);
        if (!s)
            return s.error();
        stored.push_back(std::move(*s));
    }
    return m_vault.with(
        [&](vault::Vault& v) { return v.history().append(stored, m_scanName, scannedTo); });
}

Result<std::vector<ledger::HistoryEntry>> VaultHistoryCache::entries() const
{
    auto stored = m_vault.with([&](vault::Vault& v) { return v.history().ofScan(m_scanName); });
    if (!stored)
        return stored.error();
    std::vector<ledger::HistoryEntry> out;
    out.reserve(stored->size());
    for (const vault::HistoryEntry& s : *stored) {
        auto e = fromStored(s);
        if (!e)
            return e.error();
        out.push_back(std::move(*e));
    }
    return out;
}

} // namespace bs::wallet
