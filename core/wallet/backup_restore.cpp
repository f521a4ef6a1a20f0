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
        return fail("there is no file at " + backupPath.toStdString() +
                    "; choose the backup file again.");
    if (!backup.isFile())
        return fail(backupPath.toStdString() + " is a folder, not a backup file; choose the file.");
    if (backupPassphrase.empty())
        return fail("enter the passphrase the backup was saved with.");
    if (QFileInfo::exists(newVaultPath) ||
        QFileInfo::exists(vault::VaultHeader::pathFor(newVaultPath)))
        return fail("a profile file named " + QFileInfo(newVaultPath).fileName().toStdString() +
                    " exists already; choose another name (the existing profile stays as it "
                    "is).");

    auto restored = vault::Vault::restoreBackup(backupPath, backupPassphrase, newVaultPath,
                                                newPassphrase, kdf);
    if (!restored)
        return restored.error();
    auto profile = Profile::open(std::move(*restored), artifactDir);
    if (!profile) {
        // Profile::open locked the vault on its way out; nothing of it is useful here.
        removeNewVault(newVaultPath);
        std::string why = profile.error().message;
        while (!why.empty() && why.back() == '.')
            why.pop_back();
        return fail("the backup was read, but its profile cannot be opened here (" + why +
                    "); nothing was restored.");
    }
    (*profile)->activity().add(ActivityEntry::Kind::Profile,
                               QStringLiteral("Restored the profile from the backup file %1.")
                                   .arg(backup.fileName()));
    return profile;
}

} // namespace bs::wallet
