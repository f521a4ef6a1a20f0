// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// First run (and "add a profile"): network, key, passphrase, vault, backup, circuit files.
//
// The network comes from the operator's GET /network (the local devnet preset points at the
// devnet's server), checked against the RPC node's chain id. The wallet key is created here
// or imported (hex typed into a SecretField, or a file); it stays in C++: the views see
// only its address. create() writes the vault with the keys and the network description in
// one step; then a backup is offered and the circuit files are fetched and checked.
#include "crypto/secp256k1.h"
#include "task.h"
#include "util/result.h"
#include "vault/records.h"
#include "wallet/profile.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace bs::gui {

class Session;

class Onboarding : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)
    Q_PROPERTY(QVariantList presets READ presets CONSTANT)
    // The fetched network: {name, chainId, rpcUrl, operatorUrl, token, circuits}; empty before.
    Q_PROPERTY(QVariantMap network READ network NOTIFY networkChanged)
    // The chosen key's address (public), "" before one is chosen.
    Q_PROPERTY(QString address READ address NOTIFY keyChanged)
    Q_PROPERTY(bool keyGenerated READ keyGenerated NOTIFY keyChanged)
    Q_PROPERTY(QString keyError READ keyError NOTIFY keyChanged)
    // Set once the vault is written.
    Q_PROPERTY(bool created READ created NOTIFY createdChanged)
    Q_PROPERTY(QString backupPath READ backupPath NOTIFY createdChanged)
    Q_PROPERTY(bool circuitsReady READ circuitsReady NOTIFY createdChanged)

public:
    Onboarding(Session* session, QObject* parent = nullptr);
    ~Onboarding() override;

    Task* task() { return &m_task; }
    QVariantList presets() const;
    QVariantMap network() const { return m_networkView; }
    QString address() const;
    bool keyGenerated() const { return m_keyGenerated; }
    QString keyError() const { return m_keyError; }
    bool created() const { return static_cast<bool>(m_created); }
    QString backupPath() const { return m_backupPath; }
    bool circuitsReady() const { return m_circuitsReady; }

    // Starts over (forgets the key, the network and a vault not yet opened).
    Q_INVOKABLE void reset();
    // Reads GET /network at `operatorUrl`; `rpcUrl` (optional) overrides the RPC it names.
    Q_INVOKABLE void
    fetchNetwork(const QString& operatorUrl, const QString& rpcUrl, bool allowHttp);
    Q_INVOKABLE void generateKey();
    // The hex key typed into `secretField` (cleared once read).
    Q_INVOKABLE bool importKeyHex(QObject* secretField);
    Q_INVOKABLE bool importKeyFile(const QUrl& file);
    // "" when `passphrase` is acceptable and `confirmation` equals it, else the sentence.
    Q_INVOKABLE QString passphraseProblem(QObject* passphrase, QObject* confirmation) const;
    // The profile name's problem, or "" (names a file: unique, 1..60 characters).
    Q_INVOKABLE QString profileNameProblem(const QString& name) const;
    // Writes the vault (a worker: scrypt calibration takes about a second). Clears both fields.
    Q_INVOKABLE void create(const QString& profileName, QObject* passphrase, QObject* confirmation);
    // Writes an encrypted backup of the keys to `file` under the passphrase in `secretField`.
    Q_INVOKABLE void backup(const QUrl& file, QObject* secretField);
    // Fetches and checks the network's circuit files.
    Q_INVOKABLE void fetchCircuits();
    // Opens the new profile.
    Q_INVOKABLE void finish();

Q_SIGNALS:
    void networkChanged();
    void keyChanged();
    void createdChanged();

private:
    // An imported key becomes the chosen one; otherwise `error` is shown.
    bool takeKey(Result<crypto::EcdsaPrivateKey> key, const QString& error);

    Session* m_session;
    Task m_task;
    std::optional<chain::Network> m_network; // GET /network, with the user's choices
    QVariantMap m_networkView;
    std::optional<crypto::EcdsaPrivateKey> m_key;
    bool m_keyGenerated = false;
    QString m_keyError;
    std::shared_ptr<wallet::Profile> m_created;
    QString m_backupPath;
    bool m_circuitsReady = false;
};

} // namespace bs::gui
