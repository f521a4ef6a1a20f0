// SPDX-License-Identifier: GPL-3.0-or-later
// RLP. Reference: chain/rlp-vectors.json (ethers v6 encodeRlp of nested lists, edge lengths
// 55/56/255/256/65536 and random items). Non-canonical and hostile encodings are refused.
#include "chain/rlp.h"
#include "chain_testing.h"
#include "crypto/keccak.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <random>

using namespace bs;
using namespace bs::chain;
using bs::test::hexOf;
using bs::test::loadJson;
using bs::test::pattern;
using bs::test::unhex;

namespace {

RlpItem fromJson(const QJsonValue& v)
{
    if (v.isArray()) {
        std::vector<RlpItem> items;
        for (const auto& e : v.toArray())
            items.push_back(fromJson(e));
        return RlpItem::list(std::move(items));
    }
    if (v.isObject())
        return RlpItem::bytes(pattern(std::size_t(v[QLatin1String("pattern")].toInteger())));
    return RlpItem::bytes(unhex(v));
}

bool decodes(const std::vector<uint8_t>& d)
{
    return rlpDecode(d).ok();
}

} // namespace

class TestRlp : public QObject
{
    Q_OBJECT

private slots:
    void ethersVectors()
    {
        const QJsonArray cases =
            loadJson("chain/rlp-vectors.json")[QLatin1String("cases")].toArray();
        QVERIFY(cases.size() >= 80);
        int big = 0;
        for (const auto& cv : cases) {
            const QJsonObject c = cv.toObject();
            const RlpItem item = fromJson(c[QLatin1String("item")]);
            const auto enc = rlpEncode(item);
            if (c.contains(QLatin1String("encoded"))) {
                QCOMPARE(hexOf(enc), c[QLatin1String("encoded")].toString());
            } else {
                ++big;
                QCOMPARE(qint64(enc.size()), c[QLatin1String("encodedLength")].toInteger());
                QCOMPARE(hexOf(crypto::keccak256(enc)),
                         c[QLatin1String("encodedKeccak")].toString());
                QCOMPARE(hexOf(std::span(enc).first(8)),
                         c[QLatin1String("encodedPrefix")].toString());
            }
            const auto dec = rlpDecode(enc);
            QVERIFY2(dec.ok(), dec.ok() ? "" : dec.error().message.c_str());
            QVERIFY(*dec == item);
            // Any truncation or extension of a canonical encoding is refused.
            for (std::size_t cut : {std::size_t{1}, enc.size() / 2, enc.size()}) {
                if (cut == 0 || cut > enc.size())
                    continue;
                QVERIFY(!rlpDecode(std::span(enc).first(enc.size() - cut)).ok());
            }
            auto longer = enc;
            longer.push_back(0);
            QVERIFY(!rlpDecode(longer).ok());
        }
        QVERIFY(big >= 3);
    }

    void integers()
    {
        QCOMPARE(hexOf(rlpEncode(RlpItem::uint(0))), QStringLiteral("0x80"));
        QCOMPARE(hexOf(rlpEncode(RlpItem::uint(1))), QStringLiteral("0x01"));
        QCOMPARE(hexOf(rlpEncode(RlpItem::uint(0x7f))), QStringLiteral("0x7f"));
        QCOMPARE(hexOf(rlpEncode(RlpItem::uint(0x80))), QStringLiteral("0x8180"));
        QCOMPARE(hexOf(rlpEncode(RlpItem::uint(0x0400))), QStringLiteral("0x820400"));
        QCOMPARE(hexOf(rlpEncode(RlpItem::uint(U256::max()))),
                 QStringLiteral("0xa0") + QString(64, QLatin1Char('f')));
        QCOMPARE(*RlpItem::bytes(std::vector<uint8_t>{}).asU256(), U256::zero());
        QCOMPARE(*RlpItem::bytes(std::vector<uint8_t>{1, 0}).asU64(), uint64_t{256});
        QVERIFY(!RlpItem::bytes(std::vector<uint8_t>{0}).asU256());    // leading zero
        QVERIFY(!RlpItem::bytes(std::vector<uint8_t>{0, 1}).asU256()); // leading zero
        QVERIFY(!RlpItem::bytes(std::vector<uint8_t>(33, 1)).asU256());
        QVERIFY(!RlpItem::bytes(std::vector<uint8_t>(9, 1)).asU64());
        QCOMPARE(*RlpItem::bytes(std::vector<uint8_t>(8, 0xff)).asU64(), ~uint64_t{0});
        QVERIFY(!RlpItem::list({}).asU256());
        QVERIFY(!RlpItem::list({}).asBytes());
        QVERIFY(!RlpItem().asList());
    }

    void nonCanonicalIsRefused()
    {
        QVERIFY(decodes({0x7f}));
        QVERIFY(!decodes({0x81, 0x7f})); // single byte not as itself
        QVERIFY(!decodes({0x81, 0x00}));
        QVERIFY(decodes({0x81, 0x80}));
        QVERIFY(!decodes({}));           // nothing
        QVERIFY(!decodes({0x80, 0x80})); // trailing item
        QVERIFY(!decodes({0x82, 0x01})); // truncated
        // Long form for a short length, leading zero in the length, truncated length.
        std::vector<uint8_t> s55(2, 0);
        s55[0] = 0xb8;
        s55[1] = 55;
        s55.resize(2 + 55, 0xaa);
        QVERIFY(!decodes(s55));
        std::vector<uint8_t> s56 = {0xb8, 56};
        s56.resize(2 + 56, 0xaa);
        QVERIFY(decodes(s56));
        std::vector<uint8_t> lead = {0xb9, 0x00, 56};
        lead.resize(3 + 56, 0xaa);
        QVERIFY(!decodes(lead));
        QVERIFY(!decodes({0xb9, 0x01}));
        // Lengths beyond the data, up to 2^64 - 1 (no overflow).
        QVERIFY(!decodes({0xbf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00}));
        QVERIFY(!decodes({0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00}));
        QVERIFY(!decodes({0xbf, 0x01, 0, 0, 0, 0, 0, 0, 0}));
        // Lists: payload must end exactly at an item boundary.
        QVERIFY(decodes({0xc2, 0x01, 0x02}));
        QVERIFY(!decodes({0xc2, 0x82, 0x01})); // child runs past the list
        QVERIFY(!decodes({0xc3, 0x82, 0x01, 0x02, 0x03}));
        QVERIFY(!decodes({0xc1}));
        QVERIFY(!decodes({0xf8, 0x01, 0x01})); // long list form for length 1
        std::vector<uint8_t> l56 = {0xf8, 56};
        l56.resize(2 + 56, 0x01);
        QVERIFY(decodes(l56));
    }

    void nestingIsBounded()
    {
        // kMaxRlpDepth + 1 nested lists decode, one more does not; a very deep input does not
        // exhaust the stack.
        auto nested = [](int n) {
            RlpItem it = RlpItem::list({});
            for (int i = 1; i < n; ++i)
                it = RlpItem::list({it});
            return rlpEncode(it);
        };
        QVERIFY(decodes(nested(kMaxRlpDepth)));
        QVERIFY(!decodes(nested(kMaxRlpDepth + 1)));
        const auto deep = nested(2000);
        const auto r = rlpDecode(deep);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("nested") != std::string::npos);
        // A flat list of many empty lists is fine.
        std::vector<uint8_t> flat = {0xf9, 0x03, 0xe8};
        flat.resize(3 + 1000, 0xc0);
        QCOMPARE(rlpDecode(flat)->asList()->size(), std::size_t{1000});
    }

    void randomBytesNeverCrash()
    {
        // Random and mutated inputs: whatever decodes re-encodes to the same bytes (the
        // decoder accepts canonical encodings only).
        std::mt19937 rng(11);
        const QJsonArray cases =
            loadJson("chain/rlp-vectors.json")[QLatin1String("cases")].toArray();
        int ok = 0;
        for (int i = 0; i < 20000; ++i) {
            std::vector<uint8_t> d;
            if (i % 2 == 0) {
                d.resize(rng() % 40);
                for (auto& b : d)
                    b = static_cast<uint8_t>(rng());
            } else {
                const QJsonObject c = cases[qsizetype(rng() % cases.size())].toObject();
                d = rlpEncode(fromJson(c[QLatin1String("item")]));
                if (d.size() > 5000)
                    continue;
                d[rng() % d.size()] ^= static_cast<uint8_t>(1u << (rng() % 8));
            }
            const auto r = rlpDecode(d);
            if (r.ok()) {
                ++ok;
                QCOMPARE(hexOf(rlpEncode(*r)), hexOf(d));
            }
        }
        QVERIFY(ok > 0);
    }
};

QTEST_GUILESS_MAIN(TestRlp)
#include "tst_rlp.moc"
