// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/profile.h"

#include <QDir>

namespace bs::wallet {

namespace {

Result<void> applyOptions(chain::Network& network, const OpenOptions& options)
{
    if (options.description) {
        const chain::Deployment& a = options.description->deployment;
        const chain::Deployment& b = network.deployment;
        if (a.chainId != b.chainId || a.encryptedErc != b.encryptedErc ||
            a.registrar != b.registrar)
            return fail(BS_TR("wallet", "the network file describes another deployment than the "
                                        "profile's."));
        const bool allowPlainHttp = network.allowPlainHttp;
        network = *options.description;
        network.allowPlainHttp = allowPlainHttp;
    }
    if (options.rpcUrl)
        network.rpcUrl = *options.rpcUrl;
    network.allowPlainHttp = network.allowPlainHttp || options.allowPlainHttp;
    return {};
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
           host == QLatin1String("::1");
}

} // namespace

Profile::Profile(std::unique_ptr<SharedVault> vault,
                 vault::Profile info,
                 Keys keys,
                 chain::Network network,
                 QString artifactDir)
    : m_vault(std::move(vault))
    , m_info(std::move(info))
    , m_keys(std::move(keys))
    , m_address(m_keys->wallet.address())
    , m_network(std::move(network))
    , m_artifactDir(std::move(artifactDir))
{}

Profile::~Profile()
{
    close();
}

Result<std::shared_ptr<Profile>>
Profile::open(vault::Vault unlocked, QString artifactDir, const OpenOptions& options)
{
    auto info = unlocked.profile();
    if (!info)
        return info.error();
    auto keys = keysOf(unlocked);
    if (!keys)
        return keys.error();
    if (!info->network)
        return fail(BS_TR("wallet", "the profile has no network; create it again from the "
                                    "network's description (bshield vault create --network, or "
                                    "add the profile in the app)."));
    chain::Network network = *info->network;
    // Profiles made before the vault kept the whole description kept it in the operator
    // cache under this key.
    if (network.circuits.isEmpty()) {
        auto saved = unlocked.cache().get(QStringLiteral("network-description"));
        if (saved && *saved) {
            auto description =
                chain::parseNetwork((*saved)->json, chain::NetworkSource::OperatorAnswer);
            if (description && description->deployment == network.deployment) {
                network.circuits = description->circuits;
                network.operatorAddress = description->operatorAddress;
            }
        }
    }
    if (auto ok = applyOptions(network, options); !ok)
        return ok.error();
    const QString path = unlocked.path();
    std::shared_ptr<Profile> p(new Profile(std::make_unique<SharedVault>(std::move(unlocked)),
                                           std::move(*info), std::move(*keys), std::move(network),
                                           std::move(artifactDir)));
    p->m_vaultPath = path;
    p->m_confirmations = options.confirmations;
    return p;
}

Result<std::shared_ptr<Profile>> Profile::transient(crypto::EcdsaPrivateKey walletKey,
                                                    chain::Network network,
                                                    QString artifactDir,
                                                    const OpenOptions& options)
{
    auto eerc = eerc::EercKey::deriveFromWallet(walletKey);
    if (!eerc)
        return eerc.error();
    if (auto ok = applyOptions(network, options); !ok)
        return ok.error();
    vault::Profile info;
    info.name = QStringLiteral("key file");
    info.network = network;
    std::shared_ptr<Profile> p(new Profile(nullptr, std::move(info),
                                           Keys{std::move(walletKey), std::move(*eerc)},
                                           std::move(network), std::move(artifactDir)));
    p->m_confirmations = options.confirmations;
    return p;
}

QString Profile::setting(const char* key, const QString& fallback) const
{
    if (m_vault) {
        auto value = m_vault->with(
            [&](vault::Vault& v) { return v.settings().value(QString::fromLatin1(key), fallback); });
        return value ? *value : fallback;
    }
    const std::lock_guard guard(m_memoryMutex);
    const auto it = m_memorySettings.find(key);
    return it == m_memorySettings.end() ? fallback : it->second;
}

Result<void> Profile::setSetting(const char* key, const QString& value)
{
    if (m_vault)
        return m_vault->with(
            [&](vault::Vault& v) { return v.settings().set(QString::fromLatin1(key), value); });
    const std::lock_guard guard(m_memoryMutex);
    m_memorySettings[key] = value;
    return {};
}

chain::SendOptions Profile::sendOptions() const
{
    chain::SendOptions send;
    bool ok = false;
    const unsigned confirmations = setting(kSettingConfirmations).toUInt(&ok);
    send.confirmations = m_confirmations ? *m_confirmations
                         : ok && confirmations >= 1 && confirmations <= 100
                             ? confirmations
                             : (isLoopback(m_network.rpcUrl) ? 1 : 3);
    if (const auto fee = U256::fromDecimal(setting(kSettingMaxFeePerGas).toStdString());
        fee && !fee->isZero())
        send.limits.maxFeePerGas = *fee;
    const qulonglong gas = setting(kSettingMaxGasLimit).toULongLong(&ok);
    if (ok && gas > 0)
        send.limits.maxGasLimit = gas;
    return send;
}

Result<void>
exportBackup(Profile& profile, const QString& outPath, std::span<const char> passphrase)
{
    SharedVault* vault = profile.vault();
    if (!vault)
        return fail(BS_TR("wallet", "this profile has no vault to back up."));
    return vault->with([&](vault::Vault& v) { return v.exportBackup(outPath, passphrase); });
}

void Profile::close()
{
    m_keys.reset();
    if (m_vault)
        m_vault->lock();
}

} // namespace bs::wallet
