// SPDX-License-Identifier: GPL-3.0-or-later
// EIP-1559 transactions. Reference: chain/transactions.json, made with ethers v6
// Wallet(key).signTransaction for several keys, nonces, fees, data sizes, contract creation
// and chain ids 43112/43113/43114/1/31337: our signing must be byte-identical (RFC 6979), the
// hashes equal, and decoding must recover ethers' sender. Malformed raw transactions are
// refused.
#include "chain/rlp.h"
#include "chain/transaction.h"
#include "chain_testing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace bs;
using namespace bs::chain;
using bs::test::hexOf;
using bs::test::loadJson;
using bs::test::pattern;
using bs::test::u256;
using bs::test::unhex;

namespace {

QJsonArray cases()
{
    return loadJson("chain/transactions.json")[QLatin1String("cases")].toArray();
}

QString str(const QJsonObject& o, const char* k)
{
    return o[QLatin1String(k)].toString();
}

uint64_t u64(const QJsonObject& o, const char* k)
{
    return u256(o[QLatin1String(k)]).toU64();
}

Eip1559Transaction txOf(const QJsonObject& c)
{
    Eip1559Transaction tx;
    tx.chainId = u64(c, "chainId");
    tx.nonce = u64(c, "nonce");
    tx.maxPriorityFeePerGas = u256(c[QLatin1String("maxPriorityFeePerGas")]);
    tx.maxFeePerGas = u256(c[QLatin1String("maxFeePerGas")]);
    tx.gasLimit = u64(c, "gasLimit");
    if (!c[QLatin1String("to")].isNull())
        tx.to = *crypto::EthAddress::fromString(str(c, "to").toStdString());
    tx.value = u256(c[QLatin1String("value")]);
    tx.data = c.contains(QLatin1String("dataPattern"))
                  ? pattern(std::size_t(c[QLatin1String("dataPattern")].toInteger()))
                  : unhex(c[QLatin1String("data")]);
    return tx;
}

// A small valid raw transaction to mutate: the first vector without big data.
std::pair<std::vector<uint8_t>, QJsonObject> sample()
{
    for (const auto& cv : cases()) {
        const QJsonObject c = cv.toObject();
        if (c.contains(QLatin1String("raw")) && !c[QLatin1String("to")].isNull())
            return {unhex(c[QLatin1String("raw")]), c};
    }
    qFatal("no sample transaction");
}

// Re-encodes the fields of a raw transaction after `edit` changed them.
template <class Edit>
std::vector<uint8_t> edited(const std::vector<uint8_t>& raw, Edit edit)
{
    auto item = *rlpDecode(std::span(raw).subspan(1));
    auto fields = *item.asList();
    edit(fields);
    std::vector<uint8_t> out{0x02};
    const auto body = rlpEncode(RlpItem::list(fields));
    out.insert(out.end(), body.begin(), body.end());
    return out;
}

} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void ethersVectors()
    {
        const QJsonArray cs = cases();
        QVERIFY(cs.size() >= 25);
        int creations = 0, big = 0;
        QSet<uint64_t> chains;
        for (const auto& cv : cs) {
            const QJsonObject c = cv.toObject();
            const Eip1559Transaction tx = txOf(c);
            chains.insert(tx.chainId);
            creations += tx.to ? 0 : 1;
            QVERIFY(tx.validate().ok());
            QCOMPARE(hexOf(tx.signingHash()), str(c, "signingHash"));
            const auto key = crypto::EcdsaPrivateKey::fromHex(str(c, "key").toStdString());
            QVERIFY(key.ok());
            const auto raw = tx.sign(*key);
            if (c.contains(QLatin1String("raw"))) {
                QCOMPARE(hexOf(raw), str(c, "raw"));
            } else {
                ++big;
                QCOMPARE(qint64(raw.size()), c[QLatin1String("rawLength")].toInteger());
                QCOMPARE(hexOf(crypto::keccak256(raw)), str(c, "rawKeccak"));
            }
            QCOMPARE(hexOf(transactionHash(raw)), str(c, "hash"));
            const auto dec = decodeSignedTransaction(raw);
            QVERIFY2(dec.ok(), dec.ok() ? "" : dec.error().message.c_str());
            QVERIFY(dec->tx == tx);
            QCOMPARE(QString::fromStdString(dec->from.toChecksumHex()), str(c, "from"));
            QCOMPARE(hexOf(dec->hash), str(c, "hash"));
            // Signing is deterministic.
            QVERIFY(tx.sign(*key) == raw);
        }
        QVERIFY(creations >= 2);
        QVERIFY(big >= 1);
        for (uint64_t id : {43112u, 43113u, 43114u})
            QVERIFY(chains.contains(id));
    }

    void validateRefusesPriorityAboveMax()
    {
        Eip1559Transaction tx;
        tx.maxPriorityFeePerGas = U256::fromU64(2);
        tx.maxFeePerGas = U256::fromU64(1);
        QVERIFY(!tx.validate().ok());
        tx.maxFeePerGas = U256::fromU64(2);
        QVERIFY(tx.validate().ok());
    }

    void malformedIsRefused()
    {
        const auto [raw, c] = sample();
        QVERIFY(decodeSignedTransaction(raw).ok());
        auto refused = [](const std::vector<uint8_t>& r) {
            const auto d = decodeSignedTransaction(r);
            return !d.ok() && !d.error().message.empty();
        };
        QVERIFY(refused({}));
        QVERIFY(refused({0x02}));
        auto t = raw;
        t[0] = 0x01; // EIP-2930
        QVERIFY(refused(t));
        QVERIFY(refused(std::vector<uint8_t>(raw.begin() + 1, raw.end()))); // legacy-looking
        t = raw;
        t.push_back(0);
        QVERIFY(refused(t)); // trailing byte
        for (std::size_t cut = 1; cut < raw.size(); cut += 7)
            QVERIFY(refused(std::vector<uint8_t>(raw.begin(), raw.end() - std::ptrdiff_t(cut))));
        // Field count.
        QVERIFY(refused(edited(raw, [](auto& f) { f.pop_back(); })));
        QVERIFY(refused(edited(raw, [](auto& f) { f.push_back(RlpItem()); })));
        // Non-canonical integer (leading zero) and out-of-range chain id.
        QVERIFY(refused(edited(raw, [](auto& f) {
            auto b = *f[1].asBytes();
            b.insert(b.begin(), 0);
            f[1] = RlpItem::bytes(b);
        })));
        QVERIFY(refused(edited(raw, [](auto& f) {
            f[0] = RlpItem::uint(U256::fromLimbs({0, 1, 0, 0}));
        })));
        // `to` of 19 bytes, a list where bytes belong, a non-empty access list.
        QVERIFY(refused(
            edited(raw, [](auto& f) { f[5] = RlpItem::bytes(std::vector<uint8_t>(19, 1)); })));
        QVERIFY(refused(edited(raw, [](auto& f) { f[7] = RlpItem::list({}); })));
        QVERIFY(refused(edited(raw, [](auto& f) {
            f[8] = RlpItem::list(
                {RlpItem::list({RlpItem::bytes(std::vector<uint8_t>(20, 1)), RlpItem::list({})})});
        })));
        // Priority fee above the maximum.
        QVERIFY(refused(edited(raw, [](auto& f) { f[2] = RlpItem::uint(U256::max()); })));
        // Signature: yParity 2, r = 0, s = 0, r >= n, high s (the malleable twin of a valid
        // signature: n - s with the other parity recovers the same key but EIP-2 forbids it).
        QVERIFY(refused(edited(raw, [](auto& f) { f[9] = RlpItem::uint(2); })));
        QVERIFY(refused(edited(raw, [](auto& f) { f[10] = RlpItem::uint(0); })));
        QVERIFY(refused(edited(raw, [](auto& f) { f[11] = RlpItem::uint(0); })));
        const U256 n =
            *U256::fromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        QVERIFY(refused(edited(raw, [&](auto& f) { f[10] = RlpItem::uint(n); })));
        QVERIFY(refused(edited(raw, [&](auto& f) {
            const U256 s = *f[11].asU256();
            f[11] = RlpItem::uint(*n.checkedSub(s));
            f[9] = RlpItem::uint(1 - *f[9].asU64());
        })));
        // A changed field with the old signature recovers some other sender (ECDSA recovery
        // cannot tell); the sender check is the caller's.
        const auto other =
            decodeSignedTransaction(edited(raw, [](auto& f) { f[1] = RlpItem::uint(12345); }));
        if (other.ok())
            QVERIFY(QString::fromStdString(other->from.toChecksumHex()) != str(c, "from"));
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
