// SPDX-License-Identifier: GPL-3.0-or-later
// network.json (the devnet's format) -> vault::Network, and its error messages.
#include "vault/network_file.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using bs::vault::parseNetworkJson;
using bs::vault::readNetworkFile;

class TestNetworkFile : public QObject
{
    Q_OBJECT

private:
    static QJsonObject sample()
    {
        QFile f(QStringLiteral(BS_TEST_DATA_DIR "/vault/network-devnet.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read the sample network file");
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    static QString errorOf(const QJsonObject& o)
    {
        const auto r = parseNetworkJson(QJsonDocument(o).toJson());
        return r.ok() ? QString() : QString::fromStdString(r.error().message);
    }

private slots:
    void devnetSample()
    {
        const auto n =
            readNetworkFile(QStringLiteral(BS_TEST_DATA_DIR "/vault/network-devnet.json"));
        QVERIFY2(n.ok(), n.ok() ? "" : n.error().message.c_str());
        QCOMPARE(n->name, QStringLiteral("Local devnet"));
        QCOMPARE(n->chainId, quint64(31337));
        QCOMPARE(n->rpcUrl, QStringLiteral("http://127.0.0.1:8545"));
        QVERIFY(n->operatorUrl.isEmpty()); // null
        QCOMPARE(n->deploymentBlock, quint64(7));
        // All-lowercase input comes back EIP-55 checksummed.
        QCOMPARE(n->registrarAddress, QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3"));
        QCOMPARE(n->eercAddress, QStringLiteral("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"));
        QCOMPARE(n->tokenAddress, QStringLiteral("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"));
        QVERIFY(!n->allowPlainHttp);
    }

    void operatorUrlAndBigNumbers()
    {
        QJsonObject o = sample();
        o[QStringLiteral("operatorUrl")] = QStringLiteral("https://op.example/");
        o[QStringLiteral("chainId")] = QStringLiteral("9223372036854775807"); // as a string
        const auto n = parseNetworkJson(QJsonDocument(o).toJson());
        QVERIFY(n.ok());
        QCOMPARE(n->operatorUrl, QStringLiteral("https://op.example/"));
        QCOMPARE(n->chainId, quint64(9223372036854775807ull));
        // Above 2^63 - 1 the vault could not store it: refused when the file is read.
        for (const char* big : {"9223372036854775808", "18446744073709551615"}) {
            o[QStringLiteral("chainId")] = QString::fromLatin1(big);
            const auto r = parseNetworkJson(QJsonDocument(o).toJson());
            QVERIFY(!r.ok());
            QVERIFY(QString::fromStdString(r.error().message).contains(QLatin1String("too large")));
        }
    }

    void errors()
    {
        QVERIFY(!parseNetworkJson("not json").ok());
        QVERIFY(!parseNetworkJson("[1,2]").ok());
        QJsonObject o = sample();
        o.remove(QStringLiteral("chainId"));
        QVERIFY(errorOf(o).contains(QLatin1String("chainId")));
        o = sample();
        o[QStringLiteral("chainId")] = 1.5;
        QVERIFY(errorOf(o).contains(QLatin1String("chainId")));
        o = sample();
        o[QStringLiteral("chainId")] = -1;
        QVERIFY(errorOf(o).contains(QLatin1String("chainId")));
        o = sample();
        o.remove(QStringLiteral("rpcUrl"));
        QVERIFY(errorOf(o).contains(QLatin1String("rpcUrl")));
        o = sample();
        o[QStringLiteral("operatorUrl")] = 5;
        QVERIFY(errorOf(o).contains(QLatin1String("operatorUrl")));
        o = sample();
        o.remove(QStringLiteral("contracts"));
        QVERIFY(errorOf(o).contains(QLatin1String("contracts")));
        for (const char* key : {"registrar", "encryptedErc", "token"}) {
            o = sample();
            QJsonObject c = o[QStringLiteral("contracts")].toObject();
            c[QLatin1String(key)] = QStringLiteral("0x1234");
            o[QStringLiteral("contracts")] = c;
            QVERIFY2(errorOf(o).contains(QLatin1String(key)), key);
            c.remove(QLatin1String(key));
            o[QStringLiteral("contracts")] = c;
            QVERIFY2(errorOf(o).contains(QLatin1String(key)), key);
        }
        // A mixed-case address with a wrong checksum is a typo: refused.
        o = sample();
        QJsonObject c = o[QStringLiteral("contracts")].toObject();
        c[QStringLiteral("token")] = QStringLiteral("0x9Fe46736679d2D9a65F0992F2272dE9f3c7fa6e0");
        o[QStringLiteral("contracts")] = c;
        QVERIFY(errorOf(o).contains(QLatin1String("token")));
        QVERIFY(!readNetworkFile(QStringLiteral("/nonexistent/network.json")).ok());
    }
};

QTEST_GUILESS_MAIN(TestNetworkFile)
#include "tst_network_file.moc"
