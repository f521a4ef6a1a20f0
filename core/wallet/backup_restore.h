// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Use case: a profile restored from an encrypted backup file (exportBackup in profile.h), for
// the user who lost the vault or forgot its passphrase. Called by the app's restore dialog.
#include "util/result.h"
#include "vault/kdf.h"
#include "wallet/profile.h"

#include <QString>

#include <memory>
#include <optional>
#include <span>

namespace bs::wallet {

// Restores the backup at `backupPath` (under `backupPassphrase`) into a NEW vault at
// `newVaultPath` under `newPassphrase` (scrypt calibrated on this machine; `kdf`: tests only,
// see vault::kdfForWriting) and opens it as a profile whose circuit files live in
// `artifactDir`.
//
// Refused with a sentence, nothing written: a missing backup file, a target that exists
// already (the vault or its header), a wrong backup passphrase, a damaged or foreign file. A
// backup that restores to a vault the app cannot open (no wallet key, no network) leaves no
// vault behind either. The new profile's activity log records the restore.
Result<std::shared_ptr<Profile>> restoreProfile(const QString& backupPath,
                                                std::span<const char> backupPassphrase,
                                                const QString& newVaultPath,
                                                std::span<const char> newPassphrase,
                                                const QString& artifactDir,
                                                std::optional<vault::KdfParams> kdf = {});

} // namespace bs::wallet
