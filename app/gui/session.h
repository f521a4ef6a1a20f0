// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The app's session: which profiles exist, which one is open, and locking.
//
// States: "welcome" (no profile yet, or the user chose to add one: onboarding shows),
// "locked" (the unlock screen), "unlocked" (the role's pages). Unlocking runs the KDF on a
// worker (about half a second by design). While unlocked, the open profile (wallet::Profile:
// vault, keys, network) is shared with the view models' workers; locking stops every worker,
// then wipes the keys and closes the vault. The session locks itself after the idle time
// (AppSettings.autoLockMinutes) without keyboard or mouse input, except while a transaction
// may be on its way (a claim or a registration past signing): then the lock waits until that
// work ends, and `lockDeferred` says so.
#include "task.h"
#include "vault/vault.h"
#include "wallet/profile.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QVariantList>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <span>

namespace bs::gui {

class ActivityModel;
class AppSettings;
class AuditorPages;
class OperatorPages;
class ProviderPages;

class Session : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QVariantList profiles READ profiles NOTIFY profilesChanged)
    Q_PROPERTY(QString profileName READ profileName NOTIFY stateChanged)
    Q_PROPERTY(QString role READ role NOTIFY stateChanged)
    Q_PROPERTY(QString networkName READ networkName NOTIFY stateChanged)
    Q_PROPERTY(QString chainId READ chainId NOTIFY stateChanged)
    Q_PROPERTY(QString address READ address NOTIFY stateChanged)
    Q_PROPERTY(bool canCancelOnboarding READ canCancelOnboarding NOTIFY stateChanged)
    Q_PROPERTY(bs::gui::Task* unlockTask READ unlockTask CONSTANT)
    // Backup and passphrase changes of the open profile.
    Q_PROPERTY(bs::gui::Task* securityTask READ securityTask CONSTANT)
    Q_PROPERTY(QString rpcUrl READ rpcUrl NOTIFY stateChanged)
    Q_PROPERTY(QString operatorUrl READ operatorUrl NOTIFY stateChanged)
    // The network's precision as its description states it ("" when it does not).
    Q_PROPERTY(QString precisionText READ precisionText NOTIFY precisionTextChanged)
    // The pages of the open profile's role (null for other roles and when locked).
    Q_PROPERTY(bs::gui::ProviderPages* provider READ provider NOTIFY stateChanged)
    Q_PROPERTY(bs::gui::OperatorPages* operatorPages READ operatorPages NOTIFY stateChanged)
    Q_MOC_INCLUDE("operator_pages.h")
    Q_PROPERTY(bs::gui::AuditorPages* auditorPages READ auditorPages NOTIFY stateChanged)
    Q_MOC_INCLUDE("auditor_pages.h")
    Q_PROPERTY(bs::gui::ActivityModel* activity READ activity NOTIFY stateChanged)
    // The idle time passed while a transaction was on its way: the session locks when it ends.
    Q_PROPERTY(bool lockDeferred READ lockDeferred NOTIFY lockDeferredChanged)

public:
    // `profileDir` holds the vaults (`*.vault`) and the circuit cache (`circuits/`).
    Session(QString profileDir, AppSettings* settings, QObject* parent = nullptr);
    ~Session() override;

    QString state() const { return m_state; }
    QVariantList profiles() const { return m_profiles; }
    QString profileName() const;
    QString role() const;
    QString networkName() const;
    QString chainId() const;
    QString address() const;
    bool canCancelOnboarding() const { return !m_profiles.isEmpty(); }
    Task* unlockTask() { return &m_unlockTask; }
    Task* securityTask() { return &m_securityTask; }
    QString rpcUrl() const;
    QString operatorUrl() const;
    QString precisionText() const;
    ProviderPages* provider() const { return m_provider; }
    OperatorPages* operatorPages() const { return m_operator; }
    AuditorPages* auditorPages() const { return m_auditor; }
    ActivityModel* activity() const { return m_activity; }
    bool lockDeferred() const { return m_lockDeferred; }
    QString profileDir() const { return m_profileDir; }
    QString artifactDir() const;

    // Unlocks the profile at `file` with the passphrase in `secretField` (a SecretField),
    // which is cleared once read.
    Q_INVOKABLE void unlock(const QString& file, QObject* secretField);
    // Locks now, or, while a transaction is on its way, as soon as it has ended.
    Q_INVOKABLE void lock();
    // Locks now even while a transaction is on its way (it stays recorded and is followed to
    // its end after the next unlock). Stops every worker, wipes the keys, closes the vault.
    Q_INVOKABLE void lockNow();
    // Writes an encrypted backup of the open profile's keys to `file` (which must not exist)
    // under the passphrase in `secretField` (cleared once read).
    Q_INVOKABLE void backup(const QUrl& file, QObject* secretField);
    // "" when `newField` is an acceptable passphrase equal to `confirmField`, else the sentence.
    Q_INVOKABLE QString newPassphraseProblem(QObject* newField, QObject* confirmField) const;
    // Rewraps the open vault's key under a new passphrase; the three fields are cleared.
    Q_INVOKABLE void changePassphrase(QObject* oldField, QObject* newField, QObject* confirmField);
    // Shows onboarding (add a profile) / goes back to the unlock screen.
    Q_INVOKABLE void addProfile();
    Q_INVOKABLE void cancelAddProfile();
    // Re-reads the profile directory.
    Q_INVOKABLE void reloadProfiles();
    // A new vault from onboarding, unlocked: becomes the open profile.
    void adopt(std::shared_ptr<wallet::Profile> profile);
    // Replaces the idle time of the setting (tests; zero: back to the setting).
    void setIdleTimeout(std::chrono::milliseconds timeout);

Q_SIGNALS:
    void stateChanged();
    void precisionTextChanged(); // with stateChanged, and after a language switch
    // A backup was written / the passphrase was changed (securityTask says when it failed).
    void backupWritten(const QString& path);
    void passphraseChanged();
    void profilesChanged();
    // The session locked itself after the idle time.
    void autoLocked();
    void lockDeferredChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setState(const QString& state);
    void restartIdleTimer();
    // The idle time is up: lock now, or once the transaction in flight has ended.
    void idleTimeout();
    // Deletes the role's view models and the activity log, joining their workers.
    void deleteRoleModels();

    QString m_profileDir;
    AppSettings* m_settings;
    QString m_state;
    QVariantList m_profiles;
    Task m_unlockTask;
    Task m_securityTask;
    std::shared_ptr<wallet::Profile> m_open;
    ProviderPages* m_provider = nullptr;
    OperatorPages* m_operator = nullptr;
    AuditorPages* m_auditor = nullptr;
    ActivityModel* m_activity = nullptr;
    bool m_lockDeferred = false;
    QTimer m_idle;
    std::chrono::milliseconds m_idleOverride{0};
};

} // namespace bs::gui
