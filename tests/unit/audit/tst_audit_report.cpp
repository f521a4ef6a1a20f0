// SPDX-License-Identifier: GPL-3.0-or-later
// The signed report: canonical JSON (known answers, refusals), signing and checking without a
// key, what a changed report looks like to report-check (content, signature, signer, sums), a
// strict reader that refuses hand-edited files with a sentence, and the CSV export.
#include "audit/canonical_json.h"
#include "audit/report.h"
#include "audit_testing.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace bs;
using namespace bs::audit;
using bs::test::addrN;
using bs::test::hashN;

namespace {

QDateTime at(int day, int hour = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

Report sampleReport()
{
    Report r;
    r.createdAt = at(30, 12);
    r.software = QStringLiteral("BackendShield test");
    r.from = at(1);
    r.to = at(8);
    r.network.chainId = 43112;
    r.network.registrar = test::testDeployment().registrar;
    r.network.encryptedErc = test::testDeployment().encryptedErc;
    r.network.token = test::testDeployment().token;
    r.network.tokenId = U256::fromU64(1);
    r.network.tokenSymbol = QStringLiteral("USDC");
    r.network.tokenDecimals = 6;
    r.network.eercDecimals = 2;
    r.network.operatorAddress = test::operatorAddress();
    r.network.deploymentBlock = 5;
    r.amountDecimals = 6;
    r.scannedFrom = 5;
    r.scannedTo = 120;
    r.window = BlockRange{10, 120};
    r.reportedSpan = BlockRange{20, 21};
    r.auditor.address = test::auditorWallet().address();
    r.auditor.publicKey = test::auditorKey().publicKey();
    r.auditor.currentAuditor = r.auditor.address;
    r.auditor.currentKeyMatches = true;
    r.auditor.epochs = {Epoch{5, 2, r.auditor.address}};
    r.operatorReport = {QStringLiteral("received"),
                        QStringLiteral("http://127.0.0.1:8787/api/v1"),
                        QString(64, u'a'),
                        1234,
                        QString(),
                        QString()};

    CycleResult c;
    c.cycleId = QStringLiteral("cyc_1");
    c.periodStart = at(1);
    c.periodEnd = at(2);
    c.pool = U256::fromU64(3'000'000);
    c.reportedTotal = U256::fromU64(2'500'000);
    c.reportedCount = 2;
    c.listedCount = 2;
    c.foundCount = 2;
    c.decryptedTotal = U256::fromU64(2'500'000);
    r.cycles.push_back(c);

    const auto payout = [&](std::uint64_t block, std::uint64_t eerc, Attribution a,
                            std::optional<QString> cycle) {
        PayoutRecord p;
        p.txHash = hashN(block);
        p.logIndex = 3;
        p.blockNumber = block;
        p.blockTime = 1'700'000'000 + std::int64_t(block);
        p.to = addrN(std::uint8_t(block));
        p.auditor = r.auditor.address;
        p.decrypted = true;
        p.amount = U256::fromU64(eerc * 10'000);
        p.attribution = a;
        p.cycleId = cycle;
        r.payouts.push_back(p);
    };
    payout(20, 200, Attribution::Cycle, QStringLiteral("cyc_1"));
    payout(21, 50, Attribution::Cycle, QStringLiteral("cyc_1"));
    payout(30, 7, Attribution::Unreported, std::nullopt);

    MovementRecord m;
    m.kind = EventKind::Deposit;
    m.txHash = hashN(15, 0xdd);
    m.blockNumber = 15;
    m.blockTime = 1'700'000'015;
    m.amount = U256::fromU64(5'000'000);
    m.dust = U256::fromU64(0);
    m.reported = true;
    r.movements.push_back(m);

    r.totals.reportedTotal = U256::fromU64(2'500'000);
    r.totals.reportedCount = 2;
    r.totals.decryptedTotal = U256::fromU64(2'500'000);
    r.totals.foundCount = 2;
    r.totals.unreportedTotal = U256::fromU64(70'000);
    r.totals.unreportedCount = 1;
    r.totals.depositedTotal = U256::fromU64(5'000'000);

    Finding f;
    f.kind = QStringLiteral("unreported-payout");
    f.message = QStringLiteral("The operator paid 0.070000 USDC to someone, \"quoted\".");
    f.txHash = hashN(30);
    f.logIndex = 3;
    f.blockNumber = 30;
    f.address = addrN(30);
    f.found = U256::fromU64(70'000);
    r.findings.push_back(f);
    return r;
}

QByteArray signedSample(Report* out = nullptr)
{
    Report r = sampleReport();
    auto json = signReport(r, test::auditorWallet());
    if (!json)
        qFatal("sign: %s", json.error().message.c_str());
    if (out)
        *out = r;
    return *json;
}

QJsonObject objectOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Re-signs a JSON report object as given (for reports whose sums were changed by someone who
// holds the key: the signature is then fine, the sums are not).
QByteArray resign(QJsonObject o, const crypto::EcdsaPrivateKey& key)
{
    o.remove("signature");
    const QByteArray bytes = *canonicalJson(o);
    const auto digest = crypto::eip191Digest(std::span<const std::uint8_t>(
        reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())));
    const auto sig = crypto::signDigest(key, digest).toRsv27();
    o.insert("signature",
             QJsonObject{{"scheme", kSignatureScheme},
                         {"signer", QString::fromStdString(key.address().toChecksumHex())},
                         {"value", test::hexOf(sig)}});
    return *canonicalJson(o);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalForm()
    {
        const QJsonObject o{
            {"b", 1},
            {"a", QJsonArray{true, false, QJsonValue::Null, -5, 9007199254740991.0}},
            {"é", "ü\"\\\n\t\u0001/"},
            {"A", QJsonObject{{"z", ""}, {"y", 0}}}};
        QCOMPARE(
            *canonicalJson(o),
            QByteArray("{\"A\":{\"y\":0,\"z\":\"\"},\"a\":[true,false,null,-5,9007199254740991],"
                       "\"b\":1,\"\xc3\xa9\":\"\xc3\xbc\\\"\\\\\\n\\t\\u0001/\"}"));
        // Key order is by UTF-16 code units: "\u00e9" (0xe9) sorts after every ASCII key, and a
        // key above the BMP (a surrogate pair, 0xd83d...) before U+FF21.
        const QJsonObject keys{{QString::fromUtf8("\xef\xbc\xa1"), 1},
                               {QString::fromUtf8("\xf0\x9f\x98\x80"), 2}};
        QCOMPARE(*canonicalJson(keys), QByteArray("{\"\xf0\x9f\x98\x80\":2,\"\xef\xbc\xa1\":1}"));
        QVERIFY(!canonicalJson(QJsonObject{{"x", 1.5}}));
        QVERIFY(!canonicalJson(QJsonObject{{"x", 9007199254740992.0}}));
        // Raw members merge in key order; a key given twice is refused.
        QCOMPARE(*canonicalJson(QJsonObject{{"b", 2}}, {{"a", "[1]"}, {"c", "{}"}}),
                 QByteArray("{\"a\":[1],\"b\":2,\"c\":{}}"));
        QVERIFY(!canonicalJson(QJsonObject{{"a", 2}}, {{"a", "1"}}));
    }

    void signedReportChecksWithoutAKey()
    {
        Report r;
        const QByteArray json = signedSample(&r);
        // The file is its own canonical form.
        QCOMPARE(*canonicalJson(objectOf(json)), json);
        const auto checked = checkReport(json);
        QVERIFY2(checked.ok(), checked.ok() ? "" : checked.error().message.c_str());
        QCOMPARE(checked->signer, test::auditorWallet().address());
        QCOMPARE(checked->report, r);
        // Formatting does not matter, content does.
        QVERIFY(checkReport(QJsonDocument(objectOf(json)).toJson(QJsonDocument::Indented)).ok());
        // The signature is EIP-191 over the canonical JSON without the signature member.
        QJsonObject unsignedObject = objectOf(json);
        unsignedObject.remove("signature");
        QCOMPARE(*signedBytes(r), *canonicalJson(unsignedObject));
        const auto digest = crypto::eip191Digest(std::span<const std::uint8_t>(
            reinterpret_cast<const std::uint8_t*>(signedBytes(r)->constData()),
            std::size_t(signedBytes(r)->size())));
        QCOMPARE(*crypto::recoverAddress(digest, r.signature->value),
                 test::auditorWallet().address());
    }

    void changedReportsFail_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("an amount")
            << "totals.decryptedTotal" << QJsonValue("2500001") << "signature";
        QTest::newRow("a status") << "status" << QJsonValue("clean") << "status";
        QTest::newRow("a new member") << "note" << QJsonValue("hello") << "signature";
        QTest::newRow("the signer")
            << "signature.signer" << QJsonValue(QString::fromStdString(addrN(1).toChecksumHex()))
            << "signature";
        QTest::newRow("the auditor")
            << "auditor.address" << QJsonValue(QString::fromStdString(addrN(1).toChecksumHex()))
            << "signature";
    }

    void changedReportsFail()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject o = objectOf(signedSample());
        const QStringList parts = path.split('.');
        if (parts.size() == 1) {
            o.insert(parts[0], value);
        } else {
            QJsonObject inner = o.value(parts[0]).toObject();
            inner.insert(parts[1], value);
            o.insert(parts[0], inner);
        }
        const auto checked = checkReport(compact(o));
        QVERIFY(!checked);
        QVERIFY2(QString::fromStdString(checked.error().message).contains(error),
                 checked.error().message.c_str());
    }

    void signedByAnotherKey()
    {
        const QByteArray json =
            resign(objectOf(signedSample()),
                   crypto::EcdsaPrivateKey::fromHex(
                       "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a")
                       .value());
        const auto checked = checkReport(json);
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.find("not by the auditor") != std::string::npos,
                 checked.error().message.c_str());
    }

    void sumsAreChecked_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("cycle total") << "cycles"
                                     << "decryptedTotal" << QJsonValue("2500001");
        QTest::newRow("cycle count") << "cycles"
                                     << "foundCount" << QJsonValue(3);
        QTest::newRow("payout cycle") << "payouts"
                                      << "cycleId" << QJsonValue("cyc_9");
        QTest::newRow("deposit") << "movements"
                                 << "amount" << QJsonValue("4000000");
    }

    void sumsAreChecked()
    {
        // Someone with the auditor's key edits the numbers and signs again: the signature is
        // right, the sums are not.
        QFETCH(QString, member);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject o = objectOf(signedSample());
        QJsonArray array = o.value(member).toArray();
        QJsonObject first = array.at(0).toObject();
        first.insert(field, value);
        array.replace(0, first);
        o.insert(member, array);
        const auto checked = checkReport(resign(o, test::auditorWallet()));
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.find("does not add up") != std::string::npos,
                 checked.error().message.c_str());
    }

    void handEditedFilesGetOneSentence_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QJsonObject good = objectOf(signedSample());
        QJsonObject o = good;
        o.remove("cycles");
        QTest::newRow("missing cycles") << compact(o) << "cycles";
        o = good;
        o.insert("schema", "backendshield-audit-report/2");
        QTest::newRow("other schema") << compact(o) << "schema";
        o = good;
        QJsonObject blocks = o.value("blocks").toObject();
        blocks.insert("window", QJsonObject{{"from", 9}, {"to", 3}});
        o.insert("blocks", blocks);
        QTest::newRow("reversed range") << compact(o) << "blocks.window.to";
        o = good;
        QJsonArray payouts = o.value("payouts").toArray();
        QJsonObject p = payouts.at(0).toObject();
        p.insert("amount", QJsonValue::Null);
        payouts.replace(0, p);
        o.insert("payouts", payouts);
        QTest::newRow("amount without pct state") << compact(o) << "payouts[0].amount";
        o = good;
        o.insert("amountDecimals", 6.5);
        QTest::newRow("fraction") << compact(o) << "amountDecimals";
        o = good;
        payouts = o.value("payouts").toArray();
        p = payouts.at(0).toObject();
        p.insert("amount", "2000001"); // no longer 200 eERC units of 10^4
        payouts.replace(0, p);
        o.insert("payouts", payouts);
        QTest::newRow("amount and eercAmount disagree") << compact(o) << "payouts[0].eercAmount";
        o = good;
        o.remove("signature");
        QTest::newRow("unsigned") << compact(o) << "not signed";
        QTest::newRow("not json") << QByteArray("{\"schema\": ") << "not a JSON object";
        QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
    }

    void handEditedFilesGetOneSentence()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto checked = checkReport(json);
        QVERIFY(!checked);
        QVERIFY2(QString::fromStdString(checked.error().message).contains(error),
                 checked.error().message.c_str());
    }

    void parseRoundTrip()
    {
        Report r = sampleReport();
        r.window.reset();
        r.from.reset();
        r.network.tokenId.reset();
        r.operatorReport.status = QStringLiteral("unavailable");
        r.operatorReport.sha256.clear();
        r.operatorReport.error = QStringLiteral("The operator's server at x is unavailable.");
        r.totals.reportedTotal.reset();
        r.totals.reportedCount.reset();
        const auto json = reportJson(r);
        QVERIFY(json.ok());
        const auto parsed = parseReport(*json);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QCOMPARE(*parsed, r);
        QCOMPARE(objectOf(*json).value("status").toString(), QStringLiteral("findings"));
        QCOMPARE(objectOf(*json).value("summary").toObject().value("high").toInt(), 1);
    }

    void csvRows()
    {
        Report r;
        const QByteArray json = signedSample(&r);
        r.findings[0].cycleId = QStringLiteral("=HYPERLINK(\"x\")");
        const QByteArray csv = reportCsv(r, json);
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(csv.endsWith("\r\n"));
        QCOMPARE(lines.first(), QByteArray("record,kind,severity,cycle_id,tx_hash,log_index,"
                                           "block_number,block_time,address,amount,eerc_amount,"
                                           "reported,found,status,message\r"));
        int payouts = 0, findings = 0, meta = 0;
        for (const QByteArray& l : lines) {
            payouts += l.startsWith("payout,");
            findings += l.startsWith("finding,");
            meta += l.startsWith("meta,");
        }
        QCOMPARE(payouts, 3);
        QCOMPARE(findings, 1);
        QVERIFY(meta >= 20);
        const QByteArray sha = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
        QVERIFY(csv.contains("meta,reportJsonSha256,,,,,,,,,,,,," + sha + "\r\n"));
        QVERIFY(csv.contains("meta,operatorReportSha256,,,,,,,,,,,,," + QByteArray(64, 'a')));
        QVERIFY(csv.contains("meta,chainId,,,,,,,,,,,,,43112\r\n"));
        QVERIFY(csv.contains("payout,cycle,,cyc_1," + test::hexOf(hashN(20)).toLatin1() +
                             ",3,20,2023-11-14T22:13:40Z," +
                             QByteArray::fromStdString(addrN(20).toChecksumHex()) +
                             ",2000000,200,,,decrypted,\r\n"));
        // Quotes doubled, the formula made text.
        QVERIFY(csv.contains("finding,unreported-payout,high,\"'=HYPERLINK(\"\"x\"\")\","));
        QVERIFY(
            csv.contains("\"The operator paid 0.070000 USDC to someone, \"\"quoted\"\".\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_audit_report.moc"
