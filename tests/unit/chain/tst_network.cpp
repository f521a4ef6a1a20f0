// SPDX-License-Identifier: GPL-3.0-or-later
// The one network description reader: the devnet's network.json (a file) and the operator's
// GET /network answer (stricter), their error sentences, and toJson, which the vault stores
// and reads back to an equal network.
#include "../testing.h"
#include "chain/network.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace bs;
using chain::NetworkSource;
using chain::parseNetwork;

namespace {

QJsonObject fileSample()
{
    return QJsonDocument::fromJson(test::readData("vault/network-devnet.json")).object();
}

QByteArray answerSample()
{
    return test::readData("operator/network.json");
}

QString errorOf(const QJsonObject& o, NetworkSource source = NetworkSource::File)
{
    const auto r = parseNetwork(QJsonDocument(o).toJson(), source);
    return r.ok() ? QString() : QString::fromStdString(r.error().message);
}

// The sample answer with circuits.withdraw.zkey replaced by `zkey`.
QJsonObject withWithdrawZkey(QJsonObject o, const QJsonObject& zkey)
{
    QJsonObject circuits = o["circuits"].toObject();
    QJsonObject withdraw = circuits["withdraw"].toObject();
    withdraw["zkey"] = zkey;
    circuits["withdraw"] = withdraw;
    o["circuits"] = circuits;
    return o;
}

} // namespace

class TestNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void devnetFile()
    {
        const auto n =
            chain::readNetworkFile(QStringLiteral(BS_TEST_DATA_DIR "/vault/network-devnet.json"));
        QVERIFY2(n.ok(), n.ok() ? "" : n.error().message.c_str());
        QCOMPARE(n->name, QStringLiteral("Local devnet"));
        QCOMPARE(n->deployment.chainId, quint64(31337));
        QCOMPARE(n->rpcUrl, QUrl(QStringLiteral("http://127.0.0.1:8545")));
        QVERIFY(!n->operatorUrl); // null
        QCOMPARE(n->deployment.deploymentBlock, quint64(7));
        // All-lowercase input comes back EIP-55 checksummed.
        QCOMPARE(n->deployment.registrar.toChecksumHex(),
                 std::string("0x5FbDB2315678afecb367f032d93F642f64180aa3"));
        QCOMPARE(n->token->symbol, QStringLiteral("USDC"));
        QCOMPARE(n->token->decimals, 6u);
        QCOMPARE(*n->eercDecimals, 2u);
        QVERIFY(!n->tokenId); // null: before the first deposit, not zero
        QCOMPARE(n->operatorAddress->toChecksumHex(),
                 std::string("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QCOMPARE(n->distributionRounding, QStringLiteral("largest-remainder"));
        QVERIFY(!n->allowPlainHttp); // never from a description
    }

    void operatorAnswer()
    {
        const auto n = parseNetwork(answerSample(), NetworkSource::OperatorAnswer);
        QVERIFY2(n.ok(), n.ok() ? "" : n.error().message.c_str());
        const QJsonObject o = QJsonDocument::fromJson(answerSample()).object();
        QCOMPARE(n->name, o["chainName"].toString());
        QCOMPARE(n->deployment.chainId, std::uint64_t(o["chainId"].toInteger()));
        QCOMPARE(QString::fromStdString(n->deployment.encryptedErc.toChecksumHex()),
                 o["contracts"].toObject()["encryptedErc"].toString());
        QCOMPARE(n->token->symbol, QStringLiteral("USDC"));
        QCOMPARE(n->token->decimals, 6u);
        QVERIFY(n->tokenId.has_value());
        const QJsonArray pk = o["auditor"].toObject()["publicKey"].toArray();
        QCOMPARE(n->auditor->publicKey.toAffine().x, test::fr(pk.at(0)));
        QCOMPARE(n->auditor->publicKey.toAffine().y, test::fr(pk.at(1)));
        const auto& withdraw = n->circuits.value(QStringLiteral("withdraw"));
        const QJsonObject w = o["circuits"].toObject()["withdraw"].toObject();
        QCOMPARE(withdraw.zkeyUrl.toString(), w["zkey"].toObject()["url"].toString());
        QCOMPARE(withdraw.wasmSha256, w["wasm"].toObject()["sha256"].toString());
        QVERIFY(withdraw.zkeyPath.isEmpty());
    }

    void operatorAnswerIsStricter()
    {
        const QJsonObject o = QJsonDocument::fromJson(answerSample()).object();
        for (const char* key : {"token", "eercDecimals", "operatorAddress", "auditor"}) {
            QJsonObject without = o;
            without.remove(QLatin1String(key));
            QVERIFY2(errorOf(without, NetworkSource::OperatorAnswer).contains(QLatin1String(key)),
                     key);
        }
        // A server cannot name a local file: paths are dropped; URL and hash are required.
        QJsonObject zkey = o["circuits"]["withdraw"]["zkey"].toObject();
        zkey["path"] = "/etc/passwd";
        const auto n = parseNetwork(QJsonDocument(withWithdrawZkey(o, zkey)).toJson(),
                                    NetworkSource::OperatorAnswer);
        QVERIFY(n.ok());
        QVERIFY(n->circuits.value(QStringLiteral("withdraw")).zkeyPath.isEmpty());
        zkey.remove(QStringLiteral("url"));
        QVERIFY(errorOf(withWithdrawZkey(o, zkey), NetworkSource::OperatorAnswer)
                    .contains(QLatin1String("withdraw")));
        zkey["url"] = "https://x.example/w.zkey";
        zkey["sha256"] = "ABC";
        QVERIFY(errorOf(withWithdrawZkey(o, zkey), NetworkSource::OperatorAnswer)
                    .contains(QLatin1String("sha256")));
    }

    void toJsonReadsBackEqual()
    {
        auto n = parseNetwork(answerSample(), NetworkSource::OperatorAnswer);
        QVERIFY(n.ok());
        n->rpcUrl = QUrl(QStringLiteral("https://rpc.example/ext/bc/C/rpc"));
        n->operatorUrl = QUrl(QStringLiteral("https://op.example/api/v1"));
        n->deployment.deploymentBlock = 123;
        auto circuit = n->circuits.value(QStringLiteral("withdraw"));
        circuit.wasmPath = QStringLiteral("/cache/w.wasm"); // a file's local path survives
        n->circuits.insert(QStringLiteral("withdraw"), circuit);
        const auto back = parseNetwork(chain::toJson(*n));
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
        QVERIFY(*back == *n);
        // allowPlainHttp is the profile's, never written into a description.
        n->allowPlainHttp = true;
        QVERIFY(!parseNetwork(chain::toJson(*n))->allowPlainHttp);

        const auto file =
            chain::readNetworkFile(QStringLiteral(BS_TEST_DATA_DIR "/vault/network-devnet.json"));
        QVERIFY(*parseNetwork(chain::toJson(*file)) == *file);
    }

    void operatorUrlAndBigNumbers()
    {
        QJsonObject o = fileSample();
        o[QStringLiteral("operatorUrl")] = QStringLiteral("https://op.example/");
        o[QStringLiteral("chainId")] = QStringLiteral("9223372036854775807"); // as a string
        const auto n = parseNetwork(QJsonDocument(o).toJson());
        QVERIFY(n.ok());
        QCOMPARE(*n->operatorUrl, QUrl(QStringLiteral("https://op.example/")));
        QCOMPARE(n->deployment.chainId, quint64(9223372036854775807ull));
        // Above 2^63 - 1 the vault could not store it: refused when the file is read.
        for (const char* big : {"9223372036854775808", "18446744073709551615"}) {
            o[QStringLiteral("chainId")] = QString::fromLatin1(big);
            QVERIFY(errorOf(o).contains(QLatin1String("chainId")));
        }
        // "" is no operator server, like null.
        o = fileSample();
        o[QStringLiteral("operatorUrl")] = QStringLiteral(" ");
        QVERIFY(!parseNetwork(QJsonDocument(o).toJson())->operatorUrl);
    }

    void errors()
    {
        QVERIFY(!parseNetwork("not json").ok());
        QVERIFY(!parseNetwork("[1,2]").ok());
        QJsonObject o = fileSample();
        o.remove(QStringLiteral("chainId"));
        QVERIFY(errorOf(o).contains(QLatin1String("chainId")));
        for (const QJsonValue& bad : {QJsonValue(1.5), QJsonValue(-1), QJsonValue(0)}) {
            o = fileSample();
            o[QStringLiteral("chainId")] = bad;
            QVERIFY(errorOf(o).contains(QLatin1String("chainId")));
        }
        o = fileSample();
        o.remove(QStringLiteral("rpcUrl"));
        QVERIFY(errorOf(o).contains(QLatin1String("rpcUrl")));
        o = fileSample();
        o[QStringLiteral("rpcUrl")] = QStringLiteral("ftp://x.example");
        QVERIFY(errorOf(o).contains(QLatin1String("rpcUrl")));
        o = fileSample();
        o[QStringLiteral("operatorUrl")] = 5;
        QVERIFY(errorOf(o).contains(QLatin1String("operatorUrl")));
        o = fileSample();
        o.remove(QStringLiteral("contracts"));
        QVERIFY(errorOf(o).contains(QLatin1String("contracts")));
        for (const char* key : {"registrar", "encryptedErc", "token"}) {
            o = fileSample();
            QJsonObject c = o[QStringLiteral("contracts")].toObject();
            c[QLatin1String(key)] = QStringLiteral("0x1234");
            o[QStringLiteral("contracts")] = c;
            QVERIFY2(errorOf(o).contains(QLatin1String(key)), key);
            c.remove(QLatin1String(key));
            o[QStringLiteral("contracts")] = c;
            QVERIFY2(errorOf(o).contains(QLatin1String(key)), key);
        }
        // A mixed-case address with a wrong checksum is a typo: refused.
        o = fileSample();
        QJsonObject c = o[QStringLiteral("contracts")].toObject();
        c[QStringLiteral("token")] = QStringLiteral("0x9Fe46736679d2D9a65F0992F2272dE9f3c7fa6e0");
        o[QStringLiteral("contracts")] = c;
        QVERIFY(errorOf(o).contains(QLatin1String("token")));
        // A present field is read strictly: an auditor key off the curve is refused.
        o = fileSample();
        o[QStringLiteral("auditor")] =
            QJsonObject{{"address", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"},
                        {"publicKey", QJsonArray{"1", "2"}}};
        QVERIFY(errorOf(o).contains(QLatin1String("auditor.publicKey")));
        o = fileSample();
        o[QStringLiteral("token")] = QJsonObject{{"symbol", "USDC"}, {"decimals", 78}};
        QVERIFY(errorOf(o).contains(QLatin1String("token.decimals")));
        QVERIFY(!chain::readNetworkFile(QStringLiteral("/nonexistent/network.json")).ok());
    }
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
