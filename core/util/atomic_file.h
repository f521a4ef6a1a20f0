// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small files written so that a crash or a full disk never leaves a half-written one:
// write a uniquely named
// `<path>.tmpXXXXXX` in the same folder (owner-only from the first byte), fsync it, rename it over
// `path`, fsync the directory. Readers see the old file or the new one, nothing in between.

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace bs::util {

// Replaces (or creates) `path` with `bytes`, atomically, with permissions 0600.
Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes);

// Creates `path` as a new empty file with permissions 0600 whatever the umask; fails if it
// already exists. Used for the database file before SQLite opens it, so SQLite's own files
// (the rollback journal) inherit the owner-only mode.
Result<void> createPrivateFile(const QString& path);

// Reads a whole file of at most `maxSize` bytes.
Result<QByteArray> readSmallFile(const QString& path, qint64 maxSize);

// True if group or others may read or write `path` (always false on Windows).
bool isAccessibleByOthers(const QString& path);

namespace testing {
// Makes the next `count` calls of writeFileAtomically fail as if write() returned `error`
// (an errno value such as ENOSPC or EIO) before anything is renamed. count 0 turns it off.
void failAtomicWrites(int error, int count);
} // namespace testing

} // namespace bs::util
