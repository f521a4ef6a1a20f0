// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An advisory lock between processes (and between Vault objects in one process) that
// serialises every read-modify-write of a vault's header: `<vault>.lock`, created 0600 and
// locked with flock(LOCK_EX). The lock file stays beside the vault: removing it after use
// would let two processes lock two different files of the same name.
//
// Advisory only: it guards against other BackendShield code, not against a user editing the
// files. On Windows it is a no-op (the header is written with QSaveFile there).

#include "util/result.h"

#include <QString>

#include <chrono>

namespace bs::vault {

class FileLock
{
public:
    FileLock() = default;
    ~FileLock();
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    // `<vaultPath>.lock`.
    static QString pathFor(const QString& vaultPath);

    // Takes the exclusive lock of the vault at `vaultPath`, waiting up to `timeout` for
    // another holder; fails with "the vault is busy..." after that.
    static Result<FileLock> acquire(const QString& vaultPath,
                                    std::chrono::milliseconds timeout = std::chrono::seconds(20));

    bool held() const { return m_fd >= 0; }
    void release();

private:
    int m_fd = -1;
};

} // namespace bs::vault
