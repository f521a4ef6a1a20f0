// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/backup_restore.h"

#include "vault/file_lock.h"
#include "vault/vault.h"
#include "vault/vault_header.h"

#include <QFile>
#include <QFileInfo>

namespace bs::wallet {

namespace {

// The files a vault created a moment ago consists of (vault.h), to take it back.
void removeNewVault(const QString& path)
{
    QFile::remove(vault::VaultHeader::pathFor(path));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(vault::FileLock::pathFor(path));
}

} // namespace

Result<std::shared_ptr<Profile>> restoreProfile(const QString& backupPath,
                                                std::span<const char> backupPassphrase,
                                                const QString& newVaultPath,
                                                std::span<const char> newPassphrase,
                                                const QString& artifactDir,
                                                std::optional<vault::KdfParams> kdf)
{
    // The cheap checks first: the passphrase work takes about a second.
    const QFileInfo backup(backupPath);
    if (!backup.exists())
        return fail(BS_TR("wallet", "there is no file at %1; choose the backup file again."),
                    backupPath.toStdString());
    if (!backup.isFile())
        return fail(BS_TR("wallet", "%1 is a folder, not a backup file; choose the file."),
                    backupPath.toStdString());
    if (backupPassphrase.empty())
        return fail(BS_TR("wallet", "enter the passphrase the backup was saved with."));
    if (QFileInfo::exists(newVaultPath) ||
        QFileInfo::exists(vault::VaultHeader::pathFor(newVaultPath)))
        return fail(BS_TR("wallet", "a profile file named %1 exists already; choose another name "
                                    "(the existing profile stays as it is)."),
                    QFileInfo(newVaultPath).fileName().toStdString());

    auto restored = vault::Vault::restoreBackup(backupPath, backupPassphrase, newVaultPath,
                                                newPassphrase, kdf);
    if (!restored)
        return restored.error();
    auto profile = Profile::open(std::move(*restored), artifactDir);
    if (!profile) {
        // Profile::open locked the vault on its way out; nothing of it is useful here.
        removeNewVault(newVaultPath);
        // Its sentence inside parentheses: without its full stop (in English; a translation
        // keeps its own).
        Error why = profile.error();
        while (!why.message.empty() && why.message.back() == '.')
            why.message.pop_back();
        return fail(BS_TR("wallet", "the backup was read, but its profile cannot be opened here "
                                    "(%1); nothing was restored."),
                    std::move(why));
    }
    (*profile)->activity().add(ActivityEntry::Kind::Profile,
                               QStringLiteral("Restored the profile from the backup file %1.")
                                   .arg(backup.fileName()));
    return profile;
}

} // namespace bs::wallet
