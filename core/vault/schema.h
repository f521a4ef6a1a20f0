// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The vault database's schema: an ordered list of migration steps, the version in
// `PRAGMA user_version`. Step i takes a database at version i - 1 to version i, inside one
// transaction together with the version bump, so an interrupted upgrade leaves the old
// version intact and is simply redone at the next unlock.
//
//   1  meta, profile, keys, settings
//   2  history cache, scan checkpoints, pending claims, operator data cache

#include "util/result.h"
#include "vault/sqlite_db.h"

namespace bs::vault {

// The version this program writes; older databases are upgraded, newer ones refused.
int currentSchemaVersion();

// The SQL of step `version` (1-based), for tests that build old databases by hand.
const char* migrationSql(int version);

// Reads user_version; if newer than currentSchemaVersion() fails with a clear message,
// otherwise applies the missing steps, each in its own transaction. Returns the version the
// database had before.
Result<int> migrate(Database& db);

} // namespace bs::vault
