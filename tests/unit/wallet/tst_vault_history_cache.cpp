// SPDX-License-Identifier: GPL-3.0-or-later
// The vault as the history scanner's cache: entries round-trip exactly (amounts beyond 64
// bits, unknown amounts, counterparties), the checkpoint moves with the entries, a reorg
// drop forgets the right blocks and moves the checkpoint back, scans of other accounts are
// untouched, and everything survives lock and unlock.
#include "../vault/vault_testing.h"
#include "wallet/vault_history_cache.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace bs;
using bs::U256;

namespace {

ledger::HistoryEntry entry(std::uint64_t block,
                           std::uint32_t logIndex,
                           std::optional<U256> amount,
                           ledger::HistoryEntry::Kind kind = ledger::HistoryEntry::Kind::Credit)
{
    ledger::HistoryEntry e;
    e.kind = kind;
    e.source = kind == ledger::HistoryEntry::Kind::Credit ? ledger::HistoryEntry::Source::Transfer
                                                          : ledger::HistoryEntry::Source::Withdraw;
    e.tokenId = U256::fromU64(1);
    e.blockNumber = block;
    e.blockTime = 1700000000 + std::int64_t(block);
    e.transactionHash.fill(std::uint8_t(block));
    e.transactionHash[31] = std::uint8_t(logIndex);
    e.logIndex = logIndex;
    if (kind == ledger::HistoryEntry::Kind::Credit)
        e.counterparty =
            *crypto::EthAddress::fromString("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    e.amount = amount;
    return e;
}

} // namespace

class TestHistoryCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { vault::testing::allowWeakKdf(true); }

    void roundTripCheckpointAndReorg()
    {
        const QString path = m_dir.filePath(QStringLiteral("h.bsvault"));
        auto v =
            vault::Vault::create(path, test::sampleProfile(), test::pass("pw"), test::kFastKdf);
        QVERIFY2(v.ok(), v.ok() ? "" : v.error().message.c_str());
        wallet::SharedVault shared(std::move(*v));
        wallet::VaultHistoryCache cache(shared, QStringLiteral("scan-a"));
        wallet::VaultHistoryCache other(shared, QStringLiteral("scan-b"));

        QCOMPARE(*cache.checkpoint(), std::optional<std::uint64_t>());
        const U256 huge = *U256::fromDecimal("123456789012345678901234567890");
        const std::vector<ledger::HistoryEntry> first{
            entry(10, 0, U256::fromU64(1500000)), entry(10, 3, huge),
            entry(12, 1, std::nullopt), // an amount that could not be read
            entry(15, 0, U256::fromU64(7), ledger::HistoryEntry::Kind::Debit)};
        const auto appended = cache.append(first, 20);
        QVERIFY2(appended.ok(), appended.ok() ? "" : appended.error().message.c_str());
        QVERIFY(other.append({entry(11, 0, U256::fromU64(1))}, 30).ok());
        QCOMPARE(*cache.checkpoint(), std::optional<std::uint64_t>(20));
        QCOMPARE(*cache.entries(), first);

        // Idempotent: the same piece again changes nothing.
        QVERIFY(cache.append({first[1]}, 20).ok());
        QCOMPARE(*cache.entries(), first);

        // Reorg at 12: entries from 12 on are gone, the checkpoint is 11, scan-b untouched.
        QVERIFY(cache.dropFrom(12).ok());
        QCOMPARE(*cache.checkpoint(), std::optional<std::uint64_t>(11));
        QCOMPARE(*cache.entries(), (std::vector<ledger::HistoryEntry>{first[0], first[1]}));
        QCOMPARE(other.entries()->size(), std::size_t(1));
        QCOMPARE(*other.checkpoint(), std::optional<std::uint64_t>(30));

        // Survives lock/unlock.
        shared.lock();
        QVERIFY(shared.with([](vault::Vault& v) { return v.unlock(test::pass("pw")); }).ok());
        QCOMPARE(*cache.entries(), (std::vector<ledger::HistoryEntry>{first[0], first[1]}));
    }

    void scanNamesSeparateAccountsAndDeployments()
    {
        chain::Deployment d;
        d.chainId = 43112;
        d.encryptedErc =
            *crypto::EthAddress::fromString("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");
        const auto a =
            *crypto::EthAddress::fromString("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        const auto b =
            *crypto::EthAddress::fromString("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        QVERIFY(wallet::VaultHistoryCache::scanNameFor(d, a) !=
                wallet::VaultHistoryCache::scanNameFor(d, b));
        chain::Deployment fuji = d;
        fuji.chainId = 43113;
        QVERIFY(wallet::VaultHistoryCache::scanNameFor(d, a) !=
                wallet::VaultHistoryCache::scanNameFor(fuji, a));
    }

    void damagedRowsAreRefused()
    {
        vault::HistoryEntry s = *wallet::toStored(entry(5, 0, U256::fromU64(1)));
        QVERIFY(wallet::fromStored(s).ok());
        auto bad = s;
        bad.kind = QStringLiteral("gift");
        QVERIFY(!wallet::fromStored(bad).ok());
        bad = s;
        bad.txHash = QStringLiteral("0x1234");
        QVERIFY(!wallet::fromStored(bad).ok());
        bad = s;
        bad.amount = QStringLiteral("12a");
        QVERIFY(!wallet::fromStored(bad).ok());
        bad = s;
        bad.counterparty =
            QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79c8"); // bad checksum
        QVERIFY(!wallet::fromStored(bad).ok());
    }
};

QTEST_GUILESS_MAIN(TestHistoryCache)
#include "tst_vault_history_cache.moc"
