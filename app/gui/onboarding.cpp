// SPDX-License-Identifier: GPL-3.0-or-later
#include "onboarding.h"

#include "chain/network.h"
#include "error_text.h"
#include "format.h"
#include "guiapp.h"
#include "ledger/money.h"
#include "operator/operator_client.h"
#include "restore_model.h"
#include "secretfield.h"
#include "session.h"
#include "task_progress.h"
#include "vault/vault.h"
#include "wallet/circuits.h"
#include "wallet/operation_progress.h"
#include "wallet/role_keys.h"
#include "wallet/wallet.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace bs::gui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// A file name for a profile: letters, digits and dashes from its name.
QString fileStem(const QString& name)
{
    QString stem;
    for (const QChar c : name.trimmed().toLower())
        stem += c.isLetterOrNumber() && c.unicode() < 0x80 ? c : QChar(u'-');
    stem.replace(QRegularExpression(QStringLiteral("-+")), QStringLiteral("-"));
    stem = stem.mid(0, 40);
    while (stem.startsWith(u'-'))
        stem.remove(0, 1);
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return stem.isEmpty() ? QStringLiteral("profile") : stem;
}

// A use case's refusal ("this key belongs to ...") as a sentence on its own.
QString sentence(const bs::Error& error)
{
    QString text = errorText(error);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

vault::Role vaultRole(Onboarding::Role role)
{
    switch (role) {
    case Onboarding::RoleAuditor:
        return vault::Role::Auditor;
    case Onboarding::RoleOperator:
        return vault::Role::Operator;
    case Onboarding::RoleProvider:
        break;
    }
    return vault::Role::Provider;
}

} // namespace

QString profileVaultPath(const QString& profileDir, const QString& name)
{
    return QDir(profileDir).filePath(fileStem(name) + QStringLiteral(".vault"));
}

QString newProfileNameProblem(const QString& profileDir, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Onboarding::tr("Give the profile a name, e.g. your company's.");
    if (trimmed.size() > 60)
        return Onboarding::tr("At most 60 characters.");
    if (QFileInfo::exists(profileVaultPath(profileDir, trimmed)))
        return Onboarding::tr("A profile with this name exists already.");
    return {};
}

Onboarding::Onboarding(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_restore(new RestoreModel(session, this))
{
    LanguageChange::follow(this, &Onboarding::presetsChanged);
}

Onboarding::~Onboarding()
{
    m_keyTask.stopAndWait();
    m_task.stopAndWait();
}

QVariantList Onboarding::presets() const
{
    // Avalanche's networks: the deployment comes from the operator's GET /network, checked
    // to be on that chain; the RPC is Ava Labs' public node unless the operator names one or
    // the user enters theirs.
    const QString avalanche = tr("Your operator's server address on this network and, if you "
                                 "like, your own RPC node.");
    return {
        QVariantMap{{QStringLiteral("key"), QStringLiteral("devnet")},
                    {QStringLiteral("name"), tr("Local devnet")},
                    // The port devnet/devnet uses for its server (BS_SERVER_PORT, as there).
                    {QStringLiteral("operatorUrl"),
                     QStringLiteral("http://127.0.0.1:%1/api/v1")
                         .arg(qEnvironmentVariableIntValue("BS_SERVER_PORT") > 0
                                  ? qEnvironmentVariableIntValue("BS_SERVER_PORT")
                                  : 8787)},
                    {QStringLiteral("available"), true},
                    {QStringLiteral("note"), tr("The devnet started by devnet/devnet up on this "
                                                "computer.")}},
        QVariantMap{{QStringLiteral("key"), QStringLiteral("fuji")},
                    {QStringLiteral("name"), tr("Avalanche Fuji")},
                    {QStringLiteral("available"), true},
                    {QStringLiteral("needsOperator"), true},
                    {QStringLiteral("chainId"), 43113},
                    {QStringLiteral("rpcUrl"),
                     QStringLiteral("https://api.avax-test.network/ext/bc/C/rpc")},
                    {QStringLiteral("note"), avalanche}},
        QVariantMap{{QStringLiteral("key"), QStringLiteral("mainnet")},
                    {QStringLiteral("name"), tr("Avalanche C-Chain")},
                    {QStringLiteral("available"), true},
                    {QStringLiteral("needsOperator"), true},
                    {QStringLiteral("chainId"), 43114},
                    {QStringLiteral("rpcUrl"), QStringLiteral("https://api.avax.network/ext/bc/C/rpc")},
                    {QStringLiteral("note"), avalanche}},
        QVariantMap{{QStringLiteral("key"), QStringLiteral("custom")},
                    {QStringLiteral("name"), tr("Custom")},
                    {QStringLiteral("available"), true},
                    {QStringLiteral("note"), tr("Your operator's server address and, if you "
                                                "like, your own RPC node.")}},
    };
}

QString Onboarding::address() const
{
    return m_key ? q(m_key->address().toChecksumHex()) : QString();
}

void Onboarding::setRole(Role role)
{
    if (role == m_role)
        return;
    m_role = role;
    // A key made here is a provider's: the auditor's and the operator's exist already.
    if (m_role != RoleProvider && m_keyGenerated) {
        m_key.reset();
        m_keyGenerated = false;
    }
    m_keyError.clear();
    Q_EMIT roleChanged();
    checkKey();
}

QString Onboarding::expectedAddress() const
{
    if (!m_network)
        return {};
    if (m_role == RoleAuditor && m_network->auditor)
        return q(m_network->auditor->address.toChecksumHex());
    if (m_role == RoleOperator && m_network->operatorAddress)
        return q(m_network->operatorAddress->toChecksumHex());
    return {};
}

bool Onboarding::keyAccepted() const
{
    return m_key && (m_role == RoleProvider || (m_keyChecked && m_keyProblem.isEmpty()));
}

void Onboarding::checkKey()
{
    m_keyTask.stopAndWait(); // a check of the key chosen before
    m_keyProblem.clear();
    m_keyChecked = false;
    if (!m_key || m_role == RoleProvider) {
        Q_EMIT keyChanged();
        return;
    }
    if (!m_network) {
        m_keyProblem = tr("Connect to the network first: the key is checked against the "
                          "account it names.");
        Q_EMIT keyChanged();
        return;
    }
    // What needs no connection is said at once; the auditor's key is then read on chain.
    if (auto ok = wallet::checkRoleKeyOffline(vaultRole(m_role), *m_key, *m_network); !ok) {
        m_keyProblem = sentence(ok.error());
        Q_EMIT keyChanged();
        return;
    }
    Q_EMIT keyChanged();
    auto key = std::make_shared<crypto::EcdsaPrivateKey>(m_key->clone());
    const chain::Network network = *m_network;
    const vault::Role role = vaultRole(m_role);
    const QString address = this->address();
    m_keyTask.start(tr("Checking the key against the network"),
                 [this, key, network, role, address](const TaskContext& ctx) -> Result<Task::Apply> {
                     auto ok = wallet::checkRoleKey(role, *key, network, ctx.stopToken());
                     const QString problem = ok ? QString() : sentence(ok.error());
                     return Task::Apply([this, problem, address] {
                         if (this->address() != address)
                             return; // another key was chosen meanwhile
                         m_keyProblem = problem;
                         m_keyChecked = true;
                         Q_EMIT keyChanged();
                     });
                 });
}

void Onboarding::reset()
{
    m_task.stopAndWait();
    m_keyTask.stopAndWait();
    m_role = RoleProvider;
    m_network.reset();
    m_networkView.clear();
    m_key.reset();
    m_keyGenerated = false;
    m_keyError.clear();
    m_keyProblem.clear();
    m_keyChecked = false;
    if (m_created)
        m_created->close();
    m_created.reset();
    m_backupPath.clear();
    m_circuitsReady = false;
    Q_EMIT roleChanged();
    Q_EMIT networkChanged();
    Q_EMIT keyChanged();
    Q_EMIT createdChanged();
}

void Onboarding::fetchNetwork(const QString& operatorUrlText,
                              const QString& rpcUrlText,
                              bool allowHttp,
                              const QString& presetKey)
{
    const QUrl operatorUrl(operatorUrlText.trimmed(), QUrl::StrictMode);
    const QString rpcOverride = rpcUrlText.trimmed();
    QVariantMap preset;
    for (const QVariant& p : presets())
        if (p.toMap().value(QStringLiteral("key")).toString() == presetKey)
            preset = p.toMap();
    const std::uint64_t wantedChain = preset.value(QStringLiteral("chainId")).toULongLong();
    const QString presetName = preset.value(QStringLiteral("name")).toString();
    const QString presetRpc = preset.value(QStringLiteral("rpcUrl")).toString();
    m_task.start(
        tr("Asking the operator's server"),
        [this, operatorUrl, rpcOverride, allowHttp, wantedChain, presetName,
         presetRpc](const TaskContext& ctx) -> Result<Task::Apply> {
            if (!operatorUrl.isValid() || operatorUrl.host().isEmpty())
                return fail(tr("enter the operator's address, e.g. "
                               "https://shield.example.org/api/v1.")
                                .toStdString());
            operator_api::OperatorClientOptions options;
            options.http.allowPlainHttp = allowHttp;
            options.http.timeout = std::chrono::seconds(15);
            auto client = operator_api::OperatorClient::create(operatorUrl, options);
            if (!client)
                return client.error();
            auto network = (*client)->network(ctx.stopToken());
            if (!network)
                return network.error().toError();
            network->operatorUrl = operatorUrl;
            network->allowPlainHttp = allowHttp;
            // A preset's chain is a promise to the user: another chain is not what they chose.
            if (wantedChain != 0 && network->deployment.chainId != wantedChain)
                return fail(tr("this operator's network is chain %1, not %2 (chain %3); check "
                               "the address, or choose Custom to use it anyway.")
                                .arg(network->deployment.chainId)
                                .arg(presetName)
                                .arg(wantedChain)
                                .toStdString());
            if (!rpcOverride.isEmpty())
                network->rpcUrl = QUrl(rpcOverride, QUrl::StrictMode);
            else if ((!network->rpcUrl.isValid() || network->rpcUrl.host().isEmpty()) &&
                     !presetRpc.isEmpty())
                network->rpcUrl = QUrl(presetRpc, QUrl::StrictMode);
            if (!network->rpcUrl.isValid() || network->rpcUrl.host().isEmpty())
                return fail(
                    tr("the operator names no RPC node; enter the address of one.").toStdString());
            // The node must be the chain the operator describes.
            ctx.progress(QObject::tr("Checking the RPC node"));
            auto connection = wallet::connect(*network);
            if (!connection)
                return connection.error();
            // The precision as the contracts hold it (what the operator states is only a claim).
            auto tokenDecimals = connection->reader->tokenDecimals(ctx.stopToken());
            if (!tokenDecimals)
                return tokenDecimals.error();
            auto eercDecimals = connection->reader->eercDecimals(ctx.stopToken());
            if (!eercDecimals)
                return eercDecimals.error();
            const ledger::UnitScale units{*tokenDecimals, *eercDecimals};
            const QString symbol = network->token ? network->token->symbol : QString();
            const QStringList circuits = network->circuits.keys();
            QVariantMap view{
                {QStringLiteral("name"), network->name},
                {QStringLiteral("chainId"), QString::number(network->deployment.chainId)},
                {QStringLiteral("rpcUrl"), network->rpcUrl.toString()},
                {QStringLiteral("operatorUrl"), operatorUrl.toString()},
                {QStringLiteral("token"), symbol},
                {QStringLiteral("circuits"), circuits.join(QStringLiteral(", "))},
                {QStringLiteral("tokenDecimals"), units.tokenDecimals},
                {QStringLiteral("eercDecimals"), units.eercDecimals},
                {QStringLiteral("keepsDust"), units.keepsDust()},
                {QStringLiteral("precision"),
                 precisionSentence(symbol.isEmpty() ? QStringLiteral("USDC") : symbol, units)}};
            return Task::Apply([this, network = std::move(*network), view] {
                m_network = network;
                m_networkView = view;
                Q_EMIT networkChanged();
                checkKey(); // against the accounts it names
            });
        });
}

void Onboarding::generateKey()
{
    if (!canGenerateKey())
        return;
    m_key = crypto::EcdsaPrivateKey::generate();
    m_keyGenerated = true;
    m_keyError.clear();
    Q_EMIT keyChanged();
}

bool Onboarding::importKeyHex(QObject* secretField)
{
    auto* field = qobject_cast<SecretField*>(secretField);
    if (!field)
        return false;
    auto key = wallet::walletKeyFromText(field->secret());
    field->clear();
    return takeKey(std::move(key),
                   tr("That is not a wallet key: enter the 64 hexadecimal digits of the "
                      "private key (0x optional)."));
}

bool Onboarding::importKeyFile(const QUrl& file)
{
    auto key = wallet::readWalletKeyFile(file.isLocalFile() ? file.toLocalFile() : file.toString());
    const QString error = key ? QString() : errorText(key.error());
    return takeKey(std::move(key), error);
}

bool Onboarding::takeKey(Result<crypto::EcdsaPrivateKey> key, const QString& error)
{
    if (key) {
        m_key = std::move(*key);
        m_keyError.clear();
    } else {
        m_keyError = error;
    }
    m_keyGenerated = false;
    checkKey();
    return static_cast<bool>(key);
}

QString Onboarding::passphraseProblem(QObject* passphrase, QObject* confirmation) const
{
    auto* pass = qobject_cast<SecretField*>(passphrase);
    auto* confirm = qobject_cast<SecretField*>(confirmation);
    if (!pass || !confirm)
        return tr("Enter a passphrase.");
    return gui::newPassphraseProblem(*pass, *confirm);
}

QString Onboarding::profileNameProblem(const QString& name) const
{
    return newProfileNameProblem(m_session->profileDir(), name);
}

void Onboarding::create(const QString& profileName, QObject* passphrase, QObject* confirmation)
{
    auto* pass = qobject_cast<SecretField*>(passphrase);
    auto* confirm = qobject_cast<SecretField*>(confirmation);
    if (!pass || !confirm || !keyAccepted() || !m_network || m_created ||
        !passphraseProblem(pass, confirm).isEmpty() || !profileNameProblem(profileName).isEmpty())
        return;
    auto secret = pass->take();
    confirm->clear();
    vault::Profile profile;
    profile.name = profileName.trimmed();
    profile.role = vaultRole(m_role);
    profile.network = *m_network;
    const QString path = profileVaultPath(m_session->profileDir(), profile.name);
    auto key = std::make_shared<crypto::EcdsaPrivateKey>(m_key->clone());
    const QString artifacts = m_session->artifactDir();
    m_task.start(
        tr("Creating the encrypted vault"),
        [this, profile, path, key, secret, artifacts](const TaskContext&) -> Result<Task::Apply> {
            auto keys = wallet::initialKeys(profile.role, *key);
            if (!keys)
                return keys.error();
            auto v = vault::Vault::create(path, profile, secret->chars(), *keys);
            if (!v)
                return v.error();
            auto open = wallet::Profile::open(std::move(*v), artifacts);
            if (!open)
                return open.error();
            return Task::Apply([this, open = std::move(*open)]() mutable {
                m_created = std::move(open);
                Q_EMIT createdChanged();
            });
        });
}

void Onboarding::backup(const QUrl& file, QObject* secretField)
{
    auto* field = qobject_cast<SecretField*>(secretField);
    if (!field || !m_created)
        return;
    if (!gui::passphraseProblem(field->secret()).isEmpty())
        return;
    auto secret = field->take();
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto created = m_created;
    m_task.start(tr("Writing the backup"),
                 [this, created, secret, path](const TaskContext&) -> Result<Task::Apply> {
                     if (auto ok = wallet::exportBackup(*created, path, secret->chars()); !ok)
                         return ok.error();
                     return Task::Apply([this, path] {
                         m_backupPath = path;
                         Q_EMIT createdChanged();
                     });
                 });
}

void Onboarding::fetchCircuits()
{
    if (!m_created)
        return;
    const chain::Network network = m_created->network();
    const QString dir = m_created->artifactDir();
    m_task.start(tr("Fetching the circuit files"),
                 [this, network, dir](const TaskContext& ctx) -> Result<Task::Apply> {
                     TaskProgress progress(ctx);
                     if (auto ok = wallet::fetchAllCircuits(
                             network, dir, wallet::artifactProgress(progress), ctx.stopToken());
                         !ok)
                         return ok.error();
                     return Task::Apply([this] {
                         m_circuitsReady = true;
                         Q_EMIT createdChanged();
                     });
                 });
}

void Onboarding::finish()
{
    if (!m_created || m_task.running())
        return;
    auto created = std::move(m_created);
    m_key.reset();
    m_keyProblem.clear();
    m_keyChecked = false;
    m_backupPath.clear();
    m_circuitsReady = false;
    m_network.reset();
    m_networkView.clear();
    Q_EMIT keyChanged();
    Q_EMIT networkChanged();
    Q_EMIT createdChanged();
    m_session->adopt(std::move(created));
}

} // namespace bs::gui
