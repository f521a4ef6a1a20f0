// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "appsettings.h"
#include "provider_model.h"
#include "secretfield.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QVariantMap>

namespace bs::gui {

Result<std::shared_ptr<OpenProfile>> openProfile(vault::Vault vault, const QString& artifactDir)
{
    auto profile = vault.profile();
    if (!profile)
        return profile.error();
    auto keys = wallet::keysOf(vault);
    if (!keys)
        return keys.error();
    if (!profile->network)
        return fail("the profile has no network; create it again from the network's "
                    "description.");
    chain::Network network = *profile->network;
    // Profiles made before the vault kept the whole description kept it in the cache.
    if (network.circuits.isEmpty()) {
        auto saved = vault.cache().get(QString::fromLatin1(kNetworkCacheKey));
        if (!saved)
            return saved.error();
        auto description =
            *saved ? chain::parseNetwork((*saved)->json, chain::NetworkSource::OperatorAnswer)
                   : Result<chain::Network>(fail("none"));
        if (description && description->deployment == network.deployment) {
            network.circuits = description->circuits;
            network.operatorAddress = description->operatorAddress;
        }
    }
    const QString path = vault.path();
    auto open = std::make_shared<OpenProfile>(std::move(vault), std::move(*profile),
                                              std::move(*keys), std::move(network));
    open->path = path;
    open->artifactDir = artifactDir;
    return open;
}

Session::Session(QString profileDir, AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_profileDir(std::move(profileDir))
    , m_settings(settings)
{
    QDir().mkpath(m_profileDir);
    reloadProfiles();
    m_state = m_profiles.isEmpty() ? QStringLiteral("welcome") : QStringLiteral("locked");
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_state != QLatin1String("unlocked"))
            return;
        lock();
        Q_EMIT autoLocked();
    });
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
    delete m_provider; // stops its workers before the profile goes
    m_provider = nullptr;
    if (m_open) {
        const std::lock_guard guard(m_open->mutex);
        m_open->vault.lock();
    }
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
            entry.insert(QStringLiteral("error"), QString::fromStdString(info.error().message));
            entry.insert(QStringLiteral("readable"), false);
        }
        list.append(entry);
    }
    m_profiles = list;
    Q_EMIT profilesChanged();
}

QString Session::profileName() const
{
    return m_open ? m_open->profile.name : QString();
}

QString Session::role() const
{
    return m_open ? vault::roleName(m_open->profile.role) : QString();
}

QString Session::networkName() const
{
    return m_open ? m_open->network.name : QString();
}

QString Session::chainId() const
{
    return m_open ? QString::number(m_open->network.deployment.chainId) : QString();
}

QString Session::address() const
{
    return m_open ? QString::fromStdString(m_open->keys.wallet.address().toChecksumHex())
                  : QString();
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
            auto open = openProfile(std::move(*v), artifacts);
            if (!open)
                return open.error();
            return Task::Apply(
                [this, open = std::move(*open)]() mutable { adopt(std::move(open)); });
        });
}

QString Session::rpcUrl() const
{
    return m_open ? m_open->network.rpcUrl.toString() : QString();
}

QString Session::operatorUrl() const
{
    return m_open && m_open->network.operatorUrl ? m_open->network.operatorUrl->toString()
                                                 : QString();
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
                             if (auto ok = open->exportBackup(path, secret->chars()); !ok)
                                 return ok.error();
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
            {
                const std::lock_guard guard(open->mutex);
                if (auto ok = open->vault.changePassphrase(oldSecret->chars(), newSecret->chars());
                    !ok)
                    return ok.error();
            }
            return Task::Apply([this] { Q_EMIT passphraseChanged(); });
        });
}

void Session::adopt(std::shared_ptr<OpenProfile> profile)
{
    if (m_open)
        lock();
    m_open = std::move(profile);
    m_provider = new ProviderModel(m_open, m_settings, this);
    reloadProfiles();
    setState(QStringLiteral("unlocked"));
    restartIdleTimer();
    m_provider->start();
}

void Session::lock()
{
    m_idle.stop();
    m_securityTask.stopAndWait();
    // Workers first: they may be using the vault or the keys.
    delete m_provider;
    m_provider = nullptr;
    if (m_open) {
        {
            const std::lock_guard guard(m_open->mutex);
            m_open->vault.lock();
        }
        // The keys are wiped when the last reference goes, which is this one: every worker
        // that held one has been joined above.
        m_open.reset();
    }
    setState(m_profiles.isEmpty() ? QStringLiteral("welcome") : QStringLiteral("locked"));
}

void Session::addProfile()
{
    if (m_state == QLatin1String("unlocked"))
        lock();
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
