// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "activity_model.h"
#include "appsettings.h"
#include "auditor_pages.h"
#include "error_text.h"
#include "format.h"
#include "guiapp.h"
#include "operator_pages.h"
#include "provider_pages.h"
#include "secretfield.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QVariantMap>

namespace bs::gui {

Session::Session(QString profileDir, AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_profileDir(std::move(profileDir))
    , m_settings(settings)
{
    connect(this, &Session::stateChanged, this, &Session::precisionTextChanged);
    LanguageChange::follow(this, &Session::precisionTextChanged);
    QDir().mkpath(m_profileDir);
    reloadProfiles();
    m_state = m_profiles.isEmpty() ? QStringLiteral("welcome") : QStringLiteral("locked");
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &Session::idleTimeout);
    if (m_settings)
        connect(m_settings, &AppSettings::autoLockMinutesChanged, this, &Session::restartIdleTimer);
    // Any keyboard or mouse input anywhere in the app counts as activity.
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

Session::~Session()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
    m_unlockTask.stopAndWait();
    m_securityTask.stopAndWait();
    deleteRoleModels(); // stops their workers before the profile goes
    if (m_open)
        m_open->close();
}

QString Session::artifactDir() const
{
    return QDir(m_profileDir).filePath(QStringLiteral("circuits"));
}

void Session::reloadProfiles()
{
    QVariantList list;
    const QDir dir(m_profileDir);
    const QStringList files =
        dir.entryList({QStringLiteral("*.vault")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : files) {
        const QString path = dir.filePath(name);
        QVariantMap entry;
        entry.insert(QStringLiteral("file"), path);
        auto info = vault::Vault::info(path);
        if (info) {
            entry.insert(QStringLiteral("name"), info->profileName);
            entry.insert(QStringLiteral("role"), vault::roleName(info->role));
            entry.insert(QStringLiteral("network"), info->networkName);
            entry.insert(QStringLiteral("readable"), true);
        } else {
            entry.insert(QStringLiteral("name"), QFileInfo(name).completeBaseName());
            entry.insert(QStringLiteral("error"), errorText(info.error()));
            entry.insert(QStringLiteral("readable"), false);
        }
        list.append(entry);
    }
    m_profiles = list;
    Q_EMIT profilesChanged();
}

QString Session::profileName() const
{
    return m_open ? m_open->info().name : QString();
}

QString Session::role() const
{
    return m_open ? vault::roleName(m_open->info().role) : QString();
}

QString Session::networkName() const
{
    return m_open ? m_open->network().name : QString();
}

QString Session::chainId() const
{
    return m_open ? QString::number(m_open->network().deployment.chainId) : QString();
}

QString Session::address() const
{
    return m_open ? QString::fromStdString(m_open->address().toChecksumHex()) : QString();
}

void Session::unlock(const QString& file, QObject* secretField)
{
    auto* field = qobject_cast<SecretField*>(secretField);
    if (!field || m_state == QLatin1String("unlocked"))
        return;
    // The passphrase goes to the worker in a locked buffer; the field forgets it now.
    auto passphrase = field->take();
    const QString artifacts = artifactDir();
    m_unlockTask.start(
        tr("Unlocking"),
        [this, file, passphrase, artifacts](const TaskContext&) -> Result<Task::Apply> {
            auto v = vault::Vault::open(file);
            if (!v)
                return v.error();
            if (auto unlocked = v->unlock(passphrase->chars()); !unlocked)
                return unlocked.error();
            auto open = wallet::Profile::open(std::move(*v), artifacts);
            if (!open)
                return open.error();
            return Task::Apply(
                [this, open = std::move(*open)]() mutable { adopt(std::move(open)); });
        });
}

QString Session::rpcUrl() const
{
    return m_open ? m_open->network().rpcUrl.toString() : QString();
}

QString Session::operatorUrl() const
{
    return m_open && m_open->network().operatorUrl ? m_open->network().operatorUrl->toString()
                                                   : QString();
}

QString Session::precisionText() const
{
    if (!m_open)
        return {};
    const chain::Network& n = m_open->network();
    if (!n.token || !n.eercDecimals)
        return {};
    return precisionSentence(n.token->symbol, {n.token->decimals, *n.eercDecimals});
}

void Session::backup(const QUrl& file, QObject* secretField)
{
    auto* field = qobject_cast<SecretField*>(secretField);
    if (!field || !m_open || !passphraseProblem(field->secret()).isEmpty())
        return;
    auto secret = field->take();
    auto open = m_open;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    m_securityTask.start(tr("Writing the backup"),
                         [this, open, secret, path](const TaskContext&) -> Result<Task::Apply> {
                             if (auto ok = exportBackup(*open, path, secret->chars()); !ok)
                                 return ok.error();
                             open->activity().add(wallet::ActivityEntry::Kind::Profile,
                                                  QStringLiteral("Wrote an encrypted backup."));
                             return Task::Apply([this, path] { Q_EMIT backupWritten(path); });
                         });
}

QString Session::newPassphraseProblem(QObject* newField, QObject* confirmField) const
{
    auto* fresh = qobject_cast<SecretField*>(newField);
    auto* confirm = qobject_cast<SecretField*>(confirmField);
    if (!fresh || !confirm)
        return tr("Enter a passphrase.");
    return gui::newPassphraseProblem(*fresh, *confirm);
}

void Session::changePassphrase(QObject* oldField, QObject* newField, QObject* confirmField)
{
    auto* old = qobject_cast<SecretField*>(oldField);
    auto* fresh = qobject_cast<SecretField*>(newField);
    auto* confirm = qobject_cast<SecretField*>(confirmField);
    if (!old || !fresh || !confirm || !m_open || !newPassphraseProblem(fresh, confirm).isEmpty())
        return;
    auto oldSecret = old->take();
    auto newSecret = fresh->take();
    confirm->clear();
    auto open = m_open;
    m_securityTask.start(
        tr("Changing the passphrase"),
        [this, open, oldSecret, newSecret](const TaskContext&) -> Result<Task::Apply> {
            auto changed = open->vault()->with([&](vault::Vault& v) {
                return v.changePassphrase(oldSecret->chars(), newSecret->chars());
            });
            if (!changed)
                return changed.error();
            open->activity().add(wallet::ActivityEntry::Kind::Profile,
                                 QStringLiteral("Changed the passphrase."));
            return Task::Apply([this] { Q_EMIT passphraseChanged(); });
        });
}

void Session::adopt(std::shared_ptr<wallet::Profile> profile)
{
    if (m_open)
        lockNow();
    m_open = std::move(profile);
    m_open->activity().add(wallet::ActivityEntry::Kind::Profile,
                           QStringLiteral("Unlocked the profile."));
    m_activity = new ActivityModel(m_open->activity(), this);
    if (m_open->info().role == vault::Role::Provider) {
        m_provider = new ProviderPages(m_open, this);
        connect(m_provider, &ProviderPages::busyWithTransactionChanged, this, [this] {
            if (m_lockDeferred && !m_provider->busyWithTransaction())
                QMetaObject::invokeMethod(this, &Session::lockNow, Qt::QueuedConnection);
        });
    }
    if (m_open->info().role == vault::Role::Operator) {
        m_operator = new OperatorPages(m_open, this);
        connect(m_operator, &OperatorPages::busyWithTransactionChanged, this, [this] {
            if (m_lockDeferred && !m_operator->busyWithTransaction())
                QMetaObject::invokeMethod(this, &Session::lockNow, Qt::QueuedConnection);
        });
    }
    // A run in flight is only cancelled by a lock (nothing is saved until it completes).
    if (m_open->info().role == vault::Role::Auditor)
        m_auditor = new AuditorPages(m_open, this);
    reloadProfiles();
    setState(QStringLiteral("unlocked"));
    restartIdleTimer();
    if (m_provider)
        m_provider->start();
    if (m_operator)
        m_operator->start();
    if (m_auditor)
        m_auditor->start();
}

void Session::idleTimeout()
{
    if (m_state != QLatin1String("unlocked"))
        return;
    const bool deferredBefore = m_lockDeferred;
    lock();
    if (m_state != QLatin1String("unlocked") && !deferredBefore)
        Q_EMIT autoLocked();
}

void Session::lock()
{
    // A claim or a registration past signing is followed to its end first: stopping it now
    // would leave a transaction to be found again at the next unlock, and waiting for it here
    // would freeze the window. The top bar says the lock is pending.
    if (m_state == QLatin1String("unlocked") &&
        ((m_provider && m_provider->busyWithTransaction()) ||
         (m_operator && m_operator->busyWithTransaction()))) {
        if (!m_lockDeferred) {
            m_lockDeferred = true;
            Q_EMIT lockDeferredChanged();
        }
        return;
    }
    lockNow();
}

void Session::deleteRoleModels()
{
    delete m_provider;
    m_provider = nullptr;
    delete m_operator;
    m_operator = nullptr;
    delete m_auditor;
    m_auditor = nullptr;
    delete m_activity;
    m_activity = nullptr;
}

void Session::lockNow()
{
    m_idle.stop();
    m_securityTask.stopAndWait();
    // Workers first: they may be using the vault or the keys.
    deleteRoleModels();
    if (m_open) {
        // Every worker that held the profile has been joined above: wiping is safe.
        m_open->close();
        m_open.reset();
    }
    if (m_lockDeferred) {
        m_lockDeferred = false;
        Q_EMIT lockDeferredChanged();
    }
    setState(m_profiles.isEmpty() ? QStringLiteral("welcome") : QStringLiteral("locked"));
}

void Session::addProfile()
{
    if (m_state == QLatin1String("unlocked")) {
        lock();
        if (m_state == QLatin1String("unlocked"))
            return; // a transaction is on its way; the lock is pending
    }
    setState(QStringLiteral("welcome"));
}

void Session::cancelAddProfile()
{
    if (m_state == QLatin1String("welcome") && !m_profiles.isEmpty())
        setState(QStringLiteral("locked"));
}

void Session::setState(const QString& state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

void Session::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleOverride = timeout;
    restartIdleTimer();
}

void Session::restartIdleTimer()
{
    if (m_state != QLatin1String("unlocked")) {
        m_idle.stop();
        return;
    }
    if (m_idleOverride.count() > 0) {
        m_idle.start(m_idleOverride);
        return;
    }
    const int minutes = m_settings ? m_settings->autoLockMinutes() : vault::kDefaultAutoLockMinutes;
    m_idle.start(std::chrono::minutes(
        std::clamp(minutes, vault::kMinAutoLockMinutes, vault::kMaxAutoLockMinutes)));
}

bool Session::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_idle.isActive())
            m_idle.start(); // restart with the same interval
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bs::gui
