// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// First run (and "add a profile"): role, network, key, passphrase, vault, backup, circuit files.
//
// The role decides the key: a provider creates a wallet key here or imports one; an auditor
// or an operator imports the key of the account the network names for that role (the
// description's auditor.address / operatorAddress), and the key step is not done until the
// address matches. The network comes from the operator's GET /network (the local devnet
// preset points at the devnet's server), checked against the RPC node's chain id. The key is
// typed into a SecretField or read from a file; it stays in C++: the views see only its
// address. create() writes the vault with the role, the keys (the wallet key and the eERC key
// derived from it, for every role) and the network description in one step; then a backup is
// offered and, for a provider, the circuit files are fetched and checked.
// The restore of a backup file (RestoreModel) hangs off this model: it is the other way in.
#include "crypto/secp256k1.h"
#include "restore_model.h"
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

// The vault file in `profileDir` for a profile named `name` (letters, digits and dashes of it).
QString profileVaultPath(const QString& profileDir, const QString& name);
// The problem with `name` as the name of a new profile in `profileDir`, or "" (it names a
// file: unique, 1..60 characters).
QString newProfileNameProblem(const QString& profileDir, const QString& name);

class Onboarding : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)
    // The check of an auditor's or an operator's key against the network (keyAccepted).
    Q_PROPERTY(bs::gui::Task* keyTask READ keyTask CONSTANT)
    Q_PROPERTY(QVariantList presets READ presets NOTIFY presetsChanged)
    Q_PROPERTY(Role role READ role WRITE setRole NOTIFY roleChanged)
    // A provider may create a new key here; an auditor and an operator import theirs.
    Q_PROPERTY(bool canGenerateKey READ canGenerateKey NOTIFY roleChanged)
    // A provider proves on this computer (registration, claims): its circuit files are
    // fetched during onboarding.
    Q_PROPERTY(bool needsCircuits READ needsCircuits NOTIFY roleChanged)
    // The fetched network: {name, chainId, rpcUrl, operatorUrl, token, circuits, tokenDecimals,
    // eercDecimals, keepsDust, precision (format.h precisionSentence)}; empty before.
    Q_PROPERTY(QVariantMap network READ network NOTIFY networkChanged)
    // The chosen key's address (public), "" before one is chosen.
    Q_PROPERTY(QString address READ address NOTIFY keyChanged)
    Q_PROPERTY(bool keyGenerated READ keyGenerated NOTIFY keyChanged)
    Q_PROPERTY(QString keyError READ keyError NOTIFY keyChanged)
    // The address the role's key must have (the network's auditor or operator account); ""
    // for a provider and before the network is known.
    Q_PROPERTY(QString expectedAddress READ expectedAddress NOTIFY keyChanged)
    // Why the chosen key cannot serve the role on this network, "" when it can (or none is
    // chosen yet).
    Q_PROPERTY(QString keyProblem READ keyProblem NOTIFY keyChanged)
    // A key is chosen and fits the role: the key step is done.
    Q_PROPERTY(bool keyAccepted READ keyAccepted NOTIFY keyChanged)
    // Set once the vault is written.
    Q_PROPERTY(bool created READ created NOTIFY createdChanged)
    Q_PROPERTY(QString backupPath READ backupPath NOTIFY createdChanged)
    Q_PROPERTY(bool circuitsReady READ circuitsReady NOTIFY createdChanged)
    // Restoring a profile from a backup file (the unlock screen and the welcome step).
    Q_PROPERTY(bs::gui::RestoreModel* restore READ restore CONSTANT)

public:
    // What the new profile is for (the vault's role).
    enum Role
    {
        RoleProvider,
        RoleAuditor,
        RoleOperator,
    };
    Q_ENUM(Role)

    Onboarding(Session* session, QObject* parent = nullptr);
    ~Onboarding() override;

    Task* task() { return &m_task; }
    Task* keyTask() { return &m_keyTask; }
    QVariantList presets() const;
    Role role() const { return m_role; }
    // Choosing the auditor or the operator drops a key created here (only imports fit them).
    void setRole(Role role);
    bool canGenerateKey() const { return m_role == RoleProvider; }
    bool needsCircuits() const { return m_role == RoleProvider; }
    QString expectedAddress() const;
    QString keyProblem() const { return m_keyProblem; }
    bool keyAccepted() const;
    RestoreModel* restore() const { return m_restore; }
    QVariantMap network() const { return m_networkView; }
    QString address() const;
    bool keyGenerated() const { return m_keyGenerated; }
    QString keyError() const { return m_keyError; }
    bool created() const { return static_cast<bool>(m_created); }
    QString backupPath() const { return m_backupPath; }
    bool circuitsReady() const { return m_circuitsReady; }

    // Starts over (forgets the role, the key, the network and a vault not yet opened).
    Q_INVOKABLE void reset();
    // Reads GET /network at `operatorUrl`; `rpcUrl` (optional) overrides the RPC it names.
    // With a preset's key (fuji, mainnet), the network must be that preset's chain, and its
    // public RPC serves when neither the user nor the operator names one.
    Q_INVOKABLE void fetchNetwork(const QString& operatorUrl,
                                  const QString& rpcUrl,
                                  bool allowHttp,
                                  const QString& presetKey = QString());
    // A new random key (a provider's only).
    Q_INVOKABLE void generateKey();
    // The hex key typed into `secretField` (cleared once read).
    Q_INVOKABLE bool importKeyHex(QObject* secretField);
    Q_INVOKABLE bool importKeyFile(const QUrl& file);
    // "" when `passphrase` is acceptable and `confirmation` equals it, else the sentence.
    Q_INVOKABLE QString passphraseProblem(QObject* passphrase, QObject* confirmation) const;
    // The profile name's problem, or "" (names a file: unique, 1..60 characters).
    Q_INVOKABLE QString profileNameProblem(const QString& name) const;
    // Writes the vault (a worker: scrypt calibration takes about a second) with the role and
    // the accepted key. Clears both fields.
    Q_INVOKABLE void create(const QString& profileName, QObject* passphrase, QObject* confirmation);
    // Writes an encrypted backup of the keys to `file` under the passphrase in `secretField`.
    Q_INVOKABLE void backup(const QUrl& file, QObject* secretField);
    // Fetches and checks the network's circuit files.
    Q_INVOKABLE void fetchCircuits();
    // Opens the new profile.
    Q_INVOKABLE void finish();

Q_SIGNALS:
    void roleChanged();
    void presetsChanged(); // after a language switch (the names and notes are worded)
    void networkChanged();
    void keyChanged();
    void createdChanged();

private:
    // An imported key becomes the chosen one; otherwise `error` is shown.
    bool takeKey(Result<crypto::EcdsaPrivateKey> key, const QString& error);
    // Checks the chosen key against the role's account on the network (wallet::checkRoleKey,
    // on the task for the chain's part); keyProblem and keyAccepted follow.
    void checkKey();

    Session* m_session;
    RestoreModel* m_restore;
    Task m_task;
    Task m_keyTask;
    Role m_role = RoleProvider;
    QString m_keyProblem; // why the chosen key cannot serve the role, "" when it can
    bool m_keyChecked = false; // the role's key passed (or failed) the whole check
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
