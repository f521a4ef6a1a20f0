// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An open profile: what every use case works on, in the app and on the command line alike.
// It holds the unlocked vault (shared between threads behind a lock), the keys taken from it,
// the network, and where circuit files are cached. A profile without a vault serves the command
// line's --key-file mode: nothing is kept between runs.
//
// Keys and network do not change while the profile is open. close() wipes the keys and locks
// the vault; the caller stops every worker that uses the profile first.
#include "chain/network.h"
#include "chain/tx_sender.h"
#include "vault/vault.h"
#include "wallet/activity.h"
#include "wallet/wallet.h"

#include <QString>

#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace bs::wallet {

// A vault used from several threads: every use holds its lock.
class SharedVault
{
public:
    explicit SharedVault(vault::Vault vault)
        : m_vault(std::move(vault))
    {}

    // Runs f(vault) under the lock and returns what it returns.
    template <class F>
    auto with(F&& f)
    {
        const std::lock_guard guard(m_mutex);
        return f(m_vault);
    }

    // Wipes the vault's secrets and closes it.
    void lock()
    {
        const std::lock_guard guard(m_mutex);
        m_vault.lock();
    }

private:
    std::mutex m_mutex;
    vault::Vault m_vault;
};

// Setting keys of a profile (vault settings) that the use cases read.
inline constexpr const char* kSettingProviderId = "operator.providerId";
inline constexpr const char* kSettingRegistration = "operator.registration";
inline constexpr const char* kSettingConfirmations = "chain.confirmations";
inline constexpr const char* kSettingMaxFeePerGas = "fees.maxFeePerGasWei";
inline constexpr const char* kSettingMaxGasLimit = "fees.maxGasLimit";

// Choices of the command line for one run, over what the profile stores.
struct OpenOptions
{
    std::optional<QUrl> rpcUrl; // another RPC node
    // A newer description of the same deployment (a network file), used instead of the stored
    // one for this run; the profile's plain-http permission stays.
    std::optional<chain::Network> description;
    bool allowPlainHttp = false;                // in addition to the profile's permission
    std::optional<unsigned> confirmations;      // instead of the profile's setting
};

class Profile
{
public:
    // An unlocked vault becomes the open profile (its keys read, its network checked).
    static Result<std::shared_ptr<Profile>>
    open(vault::Vault unlocked, QString artifactDir, const OpenOptions& options = {});
    // Keys and network given for one run, without a vault (settings live in memory).
    static Result<std::shared_ptr<Profile>> transient(crypto::EcdsaPrivateKey walletKey,
                                                      chain::Network network,
                                                      QString artifactDir,
                                                      const OpenOptions& options = {});

    Profile(const Profile&) = delete;
    Profile& operator=(const Profile&) = delete;
    ~Profile();

    const vault::Profile& info() const { return m_info; }
    const chain::Network& network() const { return m_network; }
    // The keys; calling it after close() is a bug (throws).
    const Keys& keys() const { return m_keys.value(); }
    crypto::EthAddress address() const { return m_address; }
    const QString& artifactDir() const { return m_artifactDir; }
    // The vault file; empty for a transient profile.
    const QString& vaultPath() const { return m_vaultPath; }
    // nullptr for a transient profile.
    SharedVault* vault() { return m_vault.get(); }
    // What the use cases did on this profile since it was opened.
    ActivityLog& activity() { return m_activity; }

    // Settings (the vault's, or in memory for a transient profile). A read error reads as
    // the fallback.
    QString setting(const char* key, const QString& fallback = {}) const;
    Result<void> setSetting(const char* key, const QString& value);

    // Confirmations to wait for (setting chain.confirmations; default 1 on a loopback node,
    // whose chain mines one block per transaction, else 3) and the fee caps (settings
    // fees.maxFeePerGasWei and fees.maxGasLimit; defaults in chain::FeeLimits).
    chain::SendOptions sendOptions() const;

    // Wipes the keys and locks the vault. Stop the profile's workers first.
    void close();

private:
    Profile(std::unique_ptr<SharedVault> vault,
            vault::Profile info,
            Keys keys,
            chain::Network network,
            QString artifactDir);

    std::unique_ptr<SharedVault> m_vault;
    vault::Profile m_info;
    std::optional<Keys> m_keys;
    crypto::EthAddress m_address;
    chain::Network m_network;
    QString m_artifactDir;
    QString m_vaultPath;
    std::optional<unsigned> m_confirmations; // OpenOptions::confirmations
    ActivityLog m_activity;
    mutable std::mutex m_memoryMutex;
    std::map<std::string, QString> m_memorySettings; // transient profiles
};

// Use case: an encrypted backup of the profile's keys and network to `outPath` (which must not
// exist) under `passphrase`.
Result<void>
exportBackup(Profile& profile, const QString& outPath, std::span<const char> passphrase);

} // namespace bs::wallet
