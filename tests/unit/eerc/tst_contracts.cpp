// SPDX-License-Identifier: GPL-3.0-or-later
// Our contract bindings against the compiled snapshot ABI (tests/data/abi.json, made with
// solc + ethers): every function we call has the selector and output layout of the real
// contract, every event we decode has its topic; and the calldata we build for register /
// withdraw decodes back with the reference layout of abi.json's encoding examples.
#include "../testing.h"
#include "eerc/contracts.h"
#include "eerc/operations.h"
#include "util/hex.h"

#include <QtTest>

using namespace bs;

Q_DECLARE_METATYPE(const bs::chain::AbiFunction*)

namespace {

QJsonObject entry(const char* contract, const char* kind, const QString& signature)
{
    const QJsonArray all = bs::test::loadJson("abi.json")
                               .value(QLatin1String(contract))
                               .toObject()
                               .value(QLatin1String(kind))
                               .toArray();
    for (const QJsonValue& v : all)
        if (v.toObject().value("signature").toString() == signature)
            return v.toObject();
    qFatal("%s not in abi.json", qPrintable(signature));
}

QString hex(std::span<const std::uint8_t> bytes)
{
    return QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(bytes));
}

// "uint256,uint256" from abi.json's output list (tuple components written out).
QString canonicalType(const QJsonObject& param)
{
    const QString type = param.value("type").toString();
    if (!type.startsWith(QLatin1String("tuple")))
        return type;
    QStringList parts;
    for (const QJsonValue& c : param.value("components").toArray())
        parts << canonicalType(c.toObject());
    return QStringLiteral("(") + parts.join(u',') + u')' + type.mid(5);
}

} // namespace

class TestContracts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void functionsMatchTheSnapshot_data()
    {
        QTest::addColumn<const chain::AbiFunction*>("function");
        QTest::addColumn<QString>("contract");
        QTest::newRow("register") << &eerc::abi::registerUser() << "Registrar";
        QTest::newRow("getUserPublicKey") << &eerc::abi::getUserPublicKey() << "Registrar";
        QTest::newRow("balanceOf") << &eerc::abi::balanceOf() << "EncryptedERC";
        QTest::newRow("auditorPublicKey") << &eerc::abi::auditorPublicKey() << "EncryptedERC";
        QTest::newRow("auditor") << &eerc::abi::auditor() << "EncryptedERC";
        QTest::newRow("tokenIds") << &eerc::abi::tokenIds() << "EncryptedERC";
        QTest::newRow("decimals") << &eerc::abi::decimals() << "EncryptedERC";
        QTest::newRow("withdraw") << &eerc::abi::withdraw() << "EncryptedERC";
        QTest::newRow("transfer") << &eerc::abi::transfer() << "EncryptedERC";
        QTest::newRow("deposit") << &eerc::abi::deposit() << "EncryptedERC";
    }
    void functionsMatchTheSnapshot()
    {
        QFETCH(const chain::AbiFunction*, function);
        QFETCH(QString, contract);
        const QString signature = QString::fromStdString(function->signature());
        const QJsonObject ref = entry(contract.toLatin1().constData(), "functions", signature);
        QCOMPARE(hex(function->selector()), ref.value("selector").toString());
        QStringList outputs;
        for (const QJsonValue& o : ref.value("outputs").toArray())
            outputs << canonicalType(o.toObject());
        QStringList ours;
        for (const chain::AbiType& t : function->outputs())
            ours << QString::fromStdString(t.canonical());
        QCOMPARE(ours, outputs);
    }

    void eventsMatchTheSnapshot()
    {
        const std::pair<const chain::AbiEvent*, const char*> events[] = {
            {&eerc::abi::privateTransferEvent(), "EncryptedERC"},
            {&eerc::abi::depositEvent(), "EncryptedERC"},
            {&eerc::abi::withdrawEvent(), "EncryptedERC"},
            {&eerc::abi::auditorChangedEvent(), "EncryptedERC"},
        };
        for (const auto& [event, contract] : events) {
            const QJsonObject ref =
                entry(contract, "events", QString::fromStdString(event->signature()));
            QCOMPARE(hex(event->topic0()), ref.value("topic0").toString());
            const QJsonArray inputs = ref.value("inputs").toArray();
            QCOMPARE(std::size_t(inputs.size()), event->indexed().size());
            for (int i = 0; i < inputs.size(); ++i)
                QCOMPARE(event->indexed()[std::size_t(i)],
                         inputs.at(i).toObject().value("indexed").toBool());
        }
    }

    void calldataHasTheReferenceLayout()
    {
        // abi.json's examples: proof a=[1,2], b=[[3,4],[5,6]], c=[7,8] and signals 100.. in
        // the contract's (already swapped) order, encoded by ethers. Decoding the reference
        // calldata with our binding and re-encoding it must give the same bytes.
        const QJsonArray calls = bs::test::loadJson("abi.json")
                                     .value("encodingExamples")
                                     .toObject()
                                     .value("calls")
                                     .toArray();
        int checked = 0;
        for (const QJsonValue& v : calls) {
            const QJsonObject c = v.toObject();
            const chain::AbiFunction* f = nullptr;
            if (c.value("function").toString() == "register")
                f = &eerc::abi::registerUser();
            else if (c.value("function").toString() == "withdraw")
                f = &eerc::abi::withdraw();
            else if (c.value("function").toString() == "transfer")
                f = &eerc::abi::transfer();
            if (!f)
                continue;
            const auto bytes = util::hexDecode(c.value("calldata").toString().toStdString(),
                                               util::HexPrefix::Optional);
            QVERIFY(bytes);
            const auto args = f->decodeCall(*bytes);
            QVERIFY2(args.ok(), args.ok() ? "" : args.error().message.c_str());
            const auto again = f->encodeCall(*args);
            QVERIFY(again.ok());
            QCOMPARE(hex(*again), c.value("calldata").toString());
            ++checked;
        }
        QCOMPARE(checked, 3);
    }

    void addressTopicIsLeftPadded()
    {
        const auto a = crypto::EthAddress::fromString("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        QVERIFY(a.ok());
        QCOMPARE(
            hex(eerc::addressTopic(*a)),
            QStringLiteral("0x00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"));
    }
};

QTEST_GUILESS_MAIN(TestContracts)
#include "tst_contracts.moc"
