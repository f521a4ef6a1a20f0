// SPDX-License-Identifier: GPL-3.0-or-later
// The operator client's ETag cache kept in the profile's vault: rows written through the
// adapter are the vault's own, and the client sends the stored ETag on the next GET.
#include "../operator/scripted_server.h"
#include "../vault/vault_testing.h"
#include "operator/operator_client.h"
#include "vault/vault.h"
#include "wallet/vault_operator_cache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace bs;
using namespace bs::operator_api;
using test::Answer;
using test::clientFor;
using test::ScriptedServer;
using test::SeenRequest;

namespace {

QByteArray networkSample()
{
    return test::readAll(QStringLiteral(BS_TEST_DATA_DIR "/operator/network.json"));
}

} // namespace

class TestVaultOperatorCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vaultCacheAdapter()
    {
        QTemporaryDir dir;
        vault::testing::allowWeakKdf(true); // cheap scrypt for the test
        auto v = vault::Vault::create(dir.filePath(QStringLiteral("c.bsvault")),
                                      test::sampleProfile(), test::pass("pw"), test::kFastKdf);
        QVERIFY2(v.ok(), v.ok() ? "" : v.error().message.c_str());
        wallet::SharedVault shared(std::move(*v));
        wallet::VaultOperatorCache cache(shared);
        QVERIFY(!cache.get(QStringLiteral("k")).has_value());
        cache.put(QStringLiteral("k"), "{\"a\":1}", "W/\"x\"");
        const auto got = cache.get(QStringLiteral("k"));
        QVERIFY(got.has_value());
        QCOMPARE(got->json, QByteArray("{\"a\":1}"));
        QCOMPARE(got->etag, QByteArray("W/\"x\""));
        // Read back through the vault's own API: the same row.
        QCOMPARE(
            (*shared.with([](vault::Vault& v) { return v.cache().get(QStringLiteral("k")); }))->etag,
            QStringLiteral("W/\"x\""));

        // And used by the client: the second GET sends the stored ETag.
        ScriptedServer server;
        server.handler = [](const SeenRequest& r) {
            if (r.headers.value("if-none-match") == "\"n\"")
                return Answer{304, {}, {}, {}};
            return Answer{200, networkSample(), "application/json", {{"ETag", "\"n\""}}};
        };
        auto client = clientFor(server, std::make_shared<wallet::VaultOperatorCache>(shared));
        QVERIFY(client->network().ok());
        QVERIFY(client->network().ok());
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.at(1).headers.value("if-none-match"), QByteArray("\"n\""));
    }
};

QTEST_GUILESS_MAIN(TestVaultOperatorCache)
#include "tst_vault_operator_cache.moc"
