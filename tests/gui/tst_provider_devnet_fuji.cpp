// SPDX-License-Identifier: GPL-3.0-or-later
// The Avalanche presets of onboarding with an operator's address (issue 20): a provider picks
// "Avalanche Fuji", enters the operator's URL, and the network comes from its GET /network,
// checked to be chain 43113; the same server under the C-Chain preset is refused. Run against
// a second devnet deployed like Ava Labs' Fuji reference (chain 43113, 2 eERC decimals; see
// tests/CMakeLists.txt, e2e_gui_onboard_fuji_alt). The provider then registers with our prover,
// receives a payout from the devnet's own JavaScript eERC client and sees it verified.
// Without ALT_NETWORK_JSON and DEVNET_DIR (the plain gui run) it skips.
#include "account_model.h"
#include "appsettings.h"
#include "format.h"
#include "gui_driver.h"
#include "onboarding.h"
#include "provider_pages.h"
#include "registration_model.h"
#include "secretfield.h"
#include "session.h"
#include "task.h"
#include "vault/kdf.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bs::gui;
using bs::test::finish;

namespace {

// The devnet's side (tests/e2e/devnet_wallet.mjs) with the alternative devnet's network.json.
QJsonObject devnet(const QStringList& args)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("BS_NODE", QStringLiteral("node")));
    const QString devnetDir = qEnvironmentVariable("DEVNET_DIR");
    process.setArguments(QStringList{devnetDir + QStringLiteral("/../tests/e2e/devnet_wallet.mjs")} +
                         args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETWORK_JSON"), qEnvironmentVariable("ALT_NETWORK_JSON"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start();
    if (!process.waitForFinished(300000) || process.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
}

} // namespace

class TestProviderDevnetFuji : public QObject
{
    Q_OBJECT

private slots:
    void onboardThroughTheFujiPreset();
};

void TestProviderDevnetFuji::onboardThroughTheFujiPreset()
{
    const QString file = qEnvironmentVariable("ALT_NETWORK_JSON");
    if (file.isEmpty() || qEnvironmentVariableIsEmpty("DEVNET_DIR"))
        QSKIP("ALT_NETWORK_JSON and DEVNET_DIR name no second devnet (run through ctest -L e2e)");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject described = QJsonDocument::fromJson(f.readAll()).object();
    const QString operatorUrl = described.value(QStringLiteral("operatorUrl")).toString();
    QCOMPARE(described.value(QStringLiteral("chainId")).toInt(), 43113);
    QVERIFY(!operatorUrl.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    bs::vault::testing::allowWeakKdf(true);
    AppSettings settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                                     QSettings::IniFormat));
    Session session(dir.filePath(QStringLiteral("profiles")), &settings);
    Onboarding onboarding(&session);

    // The C-Chain preset with this server: another chain than the user chose, refused.
    onboarding.fetchNetwork(operatorUrl, QString(), false, QStringLiteral("mainnet"));
    QVERIFY(!finish(onboarding.task()));
    QVERIFY2(onboarding.task()->error().contains(QStringLiteral("chain 43113")) &&
                 onboarding.task()->error().contains(QStringLiteral("43114")),
             qPrintable(onboarding.task()->error()));
    QVERIFY(onboarding.network().isEmpty());

    // Fuji with the operator's address (plain http is loopback here): the description from
    // GET /network, the precision from the contracts, with the provider's dust warning.
    onboarding.fetchNetwork(operatorUrl, QString(), false, QStringLiteral("fuji"));
    QVERIFY(finish(onboarding.task()));
    const QVariantMap network = onboarding.network();
    QCOMPARE(network.value(QStringLiteral("chainId")).toString(), QStringLiteral("43113"));
    QCOMPARE(network.value(QStringLiteral("rpcUrl")).toString(),
             described.value(QStringLiteral("rpcUrl")).toString());
    QCOMPARE(network.value(QStringLiteral("eercDecimals")).toInt(),
             described.value(QStringLiteral("eercDecimals")).toInt());
    const int eercDecimals = described.value(QStringLiteral("eercDecimals")).toInt();
    QCOMPARE(network.value(QStringLiteral("keepsDust")).toBool(),
             eercDecimals < described.value(QStringLiteral("token"))
                                .toObject()
                                .value(QStringLiteral("decimals"))
                                .toInt());
    QVERIFY(!network.value(QStringLiteral("precision")).toString().isEmpty());

    onboarding.generateKey();
    const QString address = onboarding.address();
    QVERIFY(address.startsWith(QStringLiteral("0x")));
    SecretField pass, confirm;
    pass.append(QStringLiteral("plum kettle orbit 42 lantern"));
    confirm.append(QStringLiteral("plum kettle orbit 42 lantern"));
    onboarding.create(QStringLiteral("Fuji Weather"), &pass, &confirm);
    QVERIFY(finish(onboarding.task()));
    QVERIFY(onboarding.created());
    onboarding.fetchCircuits();
    QVERIFY(finish(onboarding.task(), 600));
    QVERIFY(onboarding.circuitsReady());
    onboarding.finish();
    QCOMPARE(session.state(), QStringLiteral("unlocked"));
    ProviderPages* provider = session.provider();
    QVERIFY(provider);

    // Registered with our prover, paid by the devnet's JavaScript client: verified.
    QVERIFY(finish(provider->refreshTask())); // the first read, on opening
    QVERIFY(!devnet({QStringLiteral("fund"), address}).isEmpty());
    provider->registration()->registerOnChain();
    QVERIFY(finish(provider->registration()->task(), 600));
    QVERIFY(finish(provider->refreshTask()));
    QVERIFY(provider->account()->onchainRegistered());
    const QJsonObject paid = devnet({QStringLiteral("pay"), address, QStringLiteral("1.234567")});
    QVERIFY(paid.value(QStringLiteral("tx")).toString().startsWith(QStringLiteral("0x")));
    provider->refresh();
    QVERIFY(finish(provider->refreshTask()));
    QCOMPARE(provider->account()->balanceState(), AccountModel::BalanceVerified);
    const auto carried =
        bs::U256::fromDecimal(paid.value(QStringLiteral("amount")).toString().toStdString());
    QVERIFY(carried);
    const int tokenDecimals =
        described.value(QStringLiteral("token")).toObject().value(QStringLiteral("decimals")).toInt();
    QCOMPARE(provider->account()->balance(), displayAmount(*carried, unsigned(tokenDecimals)));
    QVERIFY(provider->account()->keepsDust());
    bs::vault::testing::allowWeakKdf(false);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TestProviderDevnetFuji test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_provider_devnet_fuji.moc"
