// SPDX-License-Identifier: GPL-3.0-or-later
// The statement file (ledger/statement.h, docs/statement.md): written and read back to the
// same statement with proofs that still verify; every inconsistent or malformed field refused
// with a sentence naming it; tampered values caught by the proofs.

#include "ledger/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using bs::U256;
using bs::crypto::EthAddress;
using bs::crypto::Point;
using bs::crypto::Scalar;
using bs::ledger::Statement;
using bs::ledger::StatementLine;
namespace dleq = bs::crypto::dleq;
namespace elgamal = bs::crypto::elgamal;

namespace {

EthAddress address(std::uint8_t fill)
{
    EthAddress::Bytes b{};
    b.fill(fill);
    return EthAddress(b);
}

// A statement of `values` (eERC units) with real proofs under a fresh key.
Statement
statement(std::vector<std::uint64_t> values, unsigned tokenDecimals = 6, unsigned eercDecimals = 6)
{
    const Scalar s = bs::crypto::randomNonZeroScalar();
    Statement st;
    st.chainId = 31337;
    st.encryptedErc = address(0x11);
    st.registrar = address(0x12);
    st.account = address(0x22);
    st.publicKey = Point::mulBase(s);
    st.tokenSymbol = QStringLiteral("USDC");
    st.tokenDecimals = tokenDecimals;
    st.eercDecimals = eercDecimals;
    st.from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    st.to = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    st.createdAt = QDateTime(QDate(2026, 2, 2), QTime(9, 30), Qt::UTC);
    std::uint64_t block = 100;
    for (std::uint64_t v : values) {
        StatementLine l;
        l.txHash.fill(std::uint8_t(block));
        l.logIndex = 1;
        l.block = block;
        l.time = st.from.addSecs(qint64(block));
        l.from = address(0x33);
        l.value = U256::fromU64(v);
        l.ciphertext = elgamal::encrypt(st.publicKey, Scalar::fromU64(v));
        l.proof = *dleq::prove(st.claim(l), s);
        st.lines.push_back(l);
        block += 7;
    }
    return st;
}

QJsonObject objectOf(const Statement& s)
{
    return QJsonDocument::fromJson(bs::ledger::toJson(s)).object();
}

QByteArray bytesOf(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

// Applies `edit` to line 0 of the JSON.
QJsonObject editLine(QJsonObject o, const std::function<void(QJsonObject&)>& edit)
{
    QJsonArray lines = o.value("lines").toArray();
    QJsonObject line = lines.at(0).toObject();
    edit(line);
    lines.replace(0, line);
    o.insert("lines", lines);
    return o;
}

} // namespace

class TestStatement : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const Statement s = statement({1500000, 250001, 0});
        auto back = bs::ledger::parseStatement(bs::ledger::toJson(s));
        QVERIFY2(back, back ? "" : back.error().message.c_str());
        QVERIFY(*back == s);
        for (const StatementLine& l : back->lines)
            QVERIFY(dleq::verify(back->claim(l), l.proof));
        const QJsonObject o = objectOf(s);
        QCOMPARE(o.value("total").toString(), QStringLiteral("1.750001"));
        QCOMPARE(o.value("count").toInt(), 3);
        QCOMPARE(o.value("lines").toArray().at(0).toObject().value("amount").toString(),
                 QStringLiteral("1.500000"));
        QCOMPARE(o.value("format").toString(), QStringLiteral("backendshield-statement"));
    }

    void amountsAreInTokenUnits()
    {
        // 2 eERC decimals for a 6-decimal token (Ava Labs' deployments): 150 = 1.50 USDC.
        const Statement s = statement({150, 1}, 6, 2);
        const QJsonObject o = objectOf(s);
        const QJsonArray lines = o.value("lines").toArray();
        QCOMPARE(lines.at(0).toObject().value("amount").toString(), QStringLiteral("1.500000"));
        QCOMPARE(lines.at(0).toObject().value("value").toString(), QStringLiteral("150"));
        QCOMPARE(lines.at(1).toObject().value("amount").toString(), QStringLiteral("0.010000"));
        QCOMPARE(o.value("total").toString(), QStringLiteral("1.510000"));
        QVERIFY(bs::ledger::parseStatement(bytesOf(o)));
    }

    void inconsistentOrMalformedFieldsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QJsonObject good = objectOf(statement({1500000, 250001}));
        auto with = [&](const char* key, const QJsonValue& v) {
            QJsonObject o = good;
            o.insert(key, v);
            return bytesOf(o);
        };
        QTest::newRow("format") << with("format", "something-else") << "format";
        QTest::newRow("version") << with("version", 2) << "version";
        QTest::newRow("count") << with("count", 3) << "count";
        QTest::newRow("total") << with("total", "1.750002") << "total";
        QTest::newRow("public key off the curve")
            << with("publicKey", QJsonArray{"1", "2"}) << "publicKey";
        QTest::newRow("chain id text") << with("chainId", "31337") << "chainId";
        QTest::newRow("period reversed")
            << with("period",
                    QJsonObject{{"from", "2026-02-01T00:00:00Z"}, {"to", "2026-01-01T00:00:00Z"}})
            << "period.to";
        QTest::newRow("amount disagrees with value")
            << bytesOf(editLine(good, [](QJsonObject& l) { l.insert("amount", "1.500001"); }))
            << "lines[0].amount";
        QTest::newRow("value not decimal")
            << bytesOf(editLine(good, [](QJsonObject& l) { l.insert("value", "0x10"); }))
            << "lines[0].value";
        QTest::newRow("proof scalar >= l") << bytesOf(editLine(good, [](QJsonObject& l) {
            QJsonObject p = l.value("proof").toObject();
            p.insert("z", "2736030358979909402780800718157159386076813972"
                          "158567259200215660948447373041");
            l.insert("proof", p);
        })) << "lines[0].proof.z";
        QTest::newRow("tx hash short")
            << bytesOf(editLine(good, [](QJsonObject& l) { l.insert("txHash", "0x1234"); }))
            << "lines[0].txHash";
        QTest::newRow("ciphertext missing")
            << bytesOf(editLine(good, [](QJsonObject& l) { l.remove("ciphertext"); }))
            << "lines[0].ciphertext";
        // A line repeated (counted twice) or out of order.
        QJsonObject twice = good;
        QJsonArray lines = good.value("lines").toArray();
        lines.replace(1, lines.at(0));
        twice.insert("lines", lines);
        QTest::newRow("line twice") << bytesOf(twice) << "lines[1].logIndex";
        QTest::newRow("not JSON") << QByteArray("{\"format\":") << "document";
    }

    void inconsistentOrMalformedFieldsAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto s = bs::ledger::parseStatement(json);
        QVERIFY(!s);
        const QString message = QString::fromStdString(s.error().message);
        QVERIFY2(message.contains(field), qPrintable(message));
    }

    // A reader who edits the amount consistently (value, amount, total) gets a file that
    // reads, but whose proof no longer holds: the file format cannot hide a changed amount.
    void consistentTamperingIsCaughtByTheProof()
    {
        const Statement s = statement({1500000, 250001});
        QJsonObject o = editLine(objectOf(s), [](QJsonObject& l) {
            l.insert("value", "1600000");
            l.insert("amount", "1.600000");
        });
        o.insert("total", "1.850001");
        auto back = bs::ledger::parseStatement(bytesOf(o));
        QVERIFY2(back, back ? "" : back.error().message.c_str());
        QVERIFY(!dleq::verify(back->claim(back->lines[0]), back->lines[0].proof));
        QVERIFY(dleq::verify(back->claim(back->lines[1]), back->lines[1].proof));

        // Another chain id, transaction or key: the file reads, every proof fails.
        for (const auto& [key, value] :
             {std::pair<const char*, QJsonValue>{"chainId", 43114},
              {"publicKey", objectOf(statement({1})).value("publicKey")}}) {
            QJsonObject t = objectOf(s);
            t.insert(key, value);
            auto other = bs::ledger::parseStatement(bytesOf(t));
            QVERIFY(other);
            for (const StatementLine& l : other->lines)
                QVERIFY(!dleq::verify(other->claim(l), l.proof));
        }
        QJsonObject t = editLine(objectOf(s), [](QJsonObject& l) {
            l.insert("txHash", QStringLiteral("0x") + QString(64, u'e'));
        });
        auto other = bs::ledger::parseStatement(bytesOf(t));
        QVERIFY(other);
        QVERIFY(!dleq::verify(other->claim(other->lines[0]), other->lines[0].proof));
    }

    void tooLargeIsRefused()
    {
        QByteArray big(bs::ledger::kMaxStatementBytes + 1, ' ');
        QVERIFY(!bs::ledger::parseStatement(big));
    }
};

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
