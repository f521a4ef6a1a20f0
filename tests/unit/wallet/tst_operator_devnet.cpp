// SPDX-License-Identifier: GPL-3.0-or-later
// The operator client against the devnet's running reference server: GET /network matches
// the devnet's network.json; a fresh random provider registers (201), reads itself back,
// re-registers identically (200, same provider) and is refused with other details (409);
// its (empty) earnings read back; a stale timestamp gets 401 and an operator route 403.
// Skipped when nothing answers on the operator URL.
//
// Environment: NETWORK_JSON (default: the source tree's devnet/state/network.json),
// OPERATOR_URL (default: network.json's operatorUrl, else http://127.0.0.1:8787/api/v1).
#include "crypto/secp256k1.h"
#include "eerc/key_derivation.h"
#include "operator/operator_client.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtTest>

using namespace bs;
using namespace bs::operator_api;

namespace {

QString networkJsonPath()
{
    const QByteArray env = qgetenv("NETWORK_JSON");
    return env.isEmpty() ? QStringLiteral(BS_TEST_DATA_DIR "/../../devnet/state/network.json")
                         : QString::fromLocal8Bit(env);
}

bool answers(const QUrl& url)
{
    QTcpSocket s;
    s.connectToHost(url.host(), static_cast<quint16>(url.port(80)));
    return s.waitForConnected(2000);
}

ProviderDetails freshDetails(const crypto::EcdsaPrivateKey& wallet, const eerc::EercKey& eerc)
{
    ProviderDetails d;
    d.address = wallet.address();
    d.eercPublicKey = eerc.publicKey();
    // Unique per run, so that reruns against the same server never collide.
    d.displayName = QStringLiteral("tst_operator_devnet ") +
                    QString::fromStdString(wallet.address().toLowerHex()).mid(2, 10);
    d.contactEmail = QStringLiteral("ops@provider.example");
    d.api = {QStringLiteral("tst-weather"), QStringLiteral("https://api.provider.example"),
             QStringLiteral("weather"), QStringLiteral("paid")};
    return d;
}

} // namespace

class TestOperatorDevnet : public QObject
{
    Q_OBJECT

    QJsonObject m_network;
    std::unique_ptr<OperatorClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(networkJsonPath());
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("no devnet network.json (set NETWORK_JSON or start the devnet)");
        m_network = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!m_network.isEmpty());
        QUrl url(QString::fromLocal8Bit(qgetenv("OPERATOR_URL")));
        if (url.isEmpty())
            url = QUrl(m_network.value(QLatin1String("operatorUrl"))
                           .toString(QStringLiteral("http://127.0.0.1:8787/api/v1")));
        if (!answers(url))
            QSKIP("the devnet operator server does not answer");
        auto client = OperatorClient::create(url);
        QVERIFY2(client.ok(), client.ok() ? "" : client.error().message.c_str());
        m_client = std::move(*client);
    }

    void networkMatchesTheDevnet()
    {
        const auto n = m_client->network();
        QVERIFY2(n.ok(), n.ok() ? "" : n.error().message.c_str());
        QCOMPARE(n->deployment.chainId,
                 std::uint64_t(m_network.value(QLatin1String("chainId")).toInteger()));
        const QJsonObject contracts = m_network.value(QLatin1String("contracts")).toObject();
        QCOMPARE(QString::fromStdString(n->deployment.registrar.toChecksumHex()),
                 contracts.value(QLatin1String("registrar")).toString());
        QCOMPARE(QString::fromStdString(n->deployment.encryptedErc.toChecksumHex()),
                 contracts.value(QLatin1String("encryptedErc")).toString());
        QCOMPARE(QString::fromStdString(n->deployment.token.toChecksumHex()),
                 contracts.value(QLatin1String("token")).toString());
        QCOMPARE(QString::fromStdString(n->auditor->address.toChecksumHex()),
                 m_network.value(QLatin1String("auditor")).toObject().value("address").toString());
        // Each circuit of the file is offered for download under the same hash.
        const QJsonObject circuits = m_network.value(QLatin1String("circuits")).toObject();
        for (auto it = circuits.begin(); it != circuits.end(); ++it) {
            const auto offered = n->circuits.value(it.key());
            QCOMPARE(offered.zkeySha256,
                     it.value().toObject().value("zkey").toObject().value("sha256").toString());
            QVERIFY(offered.zkeyUrl.toString().endsWith(offered.zkeySha256));
        }
    }

    void registerReadBackAndConflict()
    {
        const auto wallet = crypto::EcdsaPrivateKey::generate();
        auto eerc = eerc::EercKey::deriveFromWallet(wallet);
        QVERIFY(eerc.ok());
        const ProviderDetails details = freshDetails(wallet, *eerc);

        const auto first = m_client->registerProvider(wallet, details);
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
        QVERIFY(first->created);
        const Provider& p = first->provider;
        QVERIFY(p.providerId.startsWith(QLatin1String("prv_")));
        QCOMPARE(p.details.address, wallet.address());
        QCOMPARE(p.details.eercPublicKey, eerc->publicKey());
        QCOMPARE(p.details.displayName, details.displayName);
        QCOMPARE(p.status, ProviderStatus::Registered);
        QVERIFY(!p.onchainRegistered); // a fresh key is not on the chain's registrar

        const auto read = m_client->provider(wallet, p.providerId);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        QCOMPARE(read->details.contactEmail, details.contactEmail);
        QCOMPARE(read->details.api.pricing, QStringLiteral("paid"));
        QCOMPARE(read->createdAt, p.createdAt);

        const auto again = m_client->registerProvider(wallet, details);
        QVERIFY2(again.ok(), again.ok() ? "" : again.error().message.c_str());
        QVERIFY(!again->created);
        QCOMPARE(again->provider.providerId, p.providerId);

        ProviderDetails changed = details;
        changed.displayName += QStringLiteral(" (renamed)");
        const auto conflict = m_client->registerProvider(wallet, changed);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().kind, ApiError::Kind::Http);
        QCOMPARE(conflict.error().status, 409);
        QVERIFY2(conflict.error().message.find(p.providerId.toStdString()) != std::string::npos,
                 conflict.error().message.c_str());

        const auto earnings = m_client->earnings(wallet, p.providerId,
                                                 QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC),
                                                 QDateTime::currentDateTimeUtc().addDays(1));
        QVERIFY2(earnings.ok(), earnings.ok() ? "" : earnings.error().message.c_str());
        QCOMPARE(earnings->providerId, p.providerId);
        QVERIFY(earnings->cycles.empty());
        QVERIFY(earnings->distributed.isZero());

        // Another provider may not read this one.
        const auto stranger = crypto::EcdsaPrivateKey::generate();
        const auto denied = m_client->provider(stranger, p.providerId);
        QCOMPARE(denied.error().status, 403);
    }

    void staleTimestampIsUnauthorized()
    {
        const auto wallet = crypto::EcdsaPrivateKey::generate();
        auto client = OperatorClient::create(QUrl(m_client->serverForDisplay()));
        QVERIFY(client.ok());
        (*client)->setClock([] { return QDateTime::currentSecsSinceEpoch() - 3600; });
        const auto r = (*client)->provider(wallet, QStringLiteral("prv_unknown"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().status, 401);
        QVERIFY2(r.error().message.find("clock") != std::string::npos, r.error().message.c_str());
    }

    void unknownProviderIsNotFound()
    {
        const auto wallet = crypto::EcdsaPrivateKey::generate();
        const auto r = m_client->provider(wallet, QStringLiteral("prv_does_not_exist"));
        QCOMPARE(r.error().status, 404);
    }
};

QTEST_GUILESS_MAIN(TestOperatorDevnet)
#include "tst_operator_devnet.moc"
