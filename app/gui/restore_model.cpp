// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore_model.h"

#include "onboarding.h"
#include "secretfield.h"
#include "session.h"
#include "wallet/backup_restore.h"

#include <QFileInfo>

namespace bs::gui {

RestoreModel::RestoreModel(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

RestoreModel::~RestoreModel()
{
    m_task.stopAndWait();
}

QString RestoreModel::profileDir() const
{
    return m_session->profileDir();
}

void RestoreModel::reset()
{
    if (m_task.running())
        return;
    m_backupFile.clear();
    m_suggestedName.clear();
    Q_EMIT backupFileChanged();
}

void RestoreModel::chooseBackup(const QUrl& file)
{
    m_backupFile = file.isLocalFile() ? file.toLocalFile() : file.toString();
    // "acme.bsbackup" -> "acme", or "acme 2", ... when a profile of that name exists.
    const QString base = QFileInfo(m_backupFile).completeBaseName();
    m_suggestedName = base;
    for (int n = 2; n < 100 && !nameProblem(m_suggestedName).isEmpty(); ++n)
        m_suggestedName = QStringLiteral("%1 %2").arg(base).arg(n);
    Q_EMIT backupFileChanged();
}

QString RestoreModel::nameProblem(const QString& name) const
{
    return newProfileNameProblem(profileDir(), name);
}

QString RestoreModel::passphraseProblem(QObject* passphrase, QObject* confirmation) const
{
    auto* pass = qobject_cast<SecretField*>(passphrase);
    auto* confirm = qobject_cast<SecretField*>(confirmation);
    if (!pass || !confirm)
        return tr("Enter a passphrase.");
    return newPassphraseProblem(*pass, *confirm);
}

void RestoreModel::restore(const QString& name,
                           QObject* backupPassphrase,
                           QObject* newPassphrase,
                           QObject* confirmation)
{
    auto* backupPass = qobject_cast<SecretField*>(backupPassphrase);
    auto* fresh = qobject_cast<SecretField*>(newPassphrase);
    auto* confirm = qobject_cast<SecretField*>(confirmation);
    if (!backupPass || !fresh || !confirm || m_backupFile.isEmpty() || name.trimmed().isEmpty() ||
        backupPass->length() == 0 || !passphraseProblem(fresh, confirm).isEmpty() ||
        m_task.running())
        return;
    // The name is checked again by the use case (another restore may have taken it): the
    // refusal arrives as the task's error.
    auto oldSecret = backupPass->take();
    auto newSecret = fresh->take();
    confirm->clear();
    const QString backup = m_backupFile;
    const QString target = profileVaultPath(profileDir(), name.trimmed());
    const QString artifacts = m_session->artifactDir();
    m_task.start(tr("Restoring the backup"),
                 [this, backup, target, artifacts, oldSecret,
                  newSecret](const TaskContext& ctx) -> Result<Task::Apply> {
                     // Two scrypt derivations and a vault written in one go: nothing to stop
                     // half-way, and the stages say what takes the time.
                     ctx.setCancellable(false);
                     ctx.progress(tr("Decrypting the backup and writing the new vault "
                                     "(about a second or two)"));
                     auto profile = wallet::restoreProfile(backup, oldSecret->chars(), target,
                                                           newSecret->chars(), artifacts);
                     if (!profile)
                         return profile.error();
                     return Task::Apply([this, profile = std::move(*profile)]() mutable {
                         m_backupFile.clear();
                         m_suggestedName.clear();
                         Q_EMIT backupFileChanged();
                         m_session->adopt(std::move(profile));
                         Q_EMIT restored();
                     });
                 });
}

} // namespace bs::gui
