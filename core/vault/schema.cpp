// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/schema.h"

#include <string>

namespace bs::vault {

namespace {

// SQL for SQLite 3.15 (Debian's SQLCipher 3.4): no UPSERT, RETURNING, JSON1 or windows.
// 64-bit unsigned chain values are stored as INTEGER (int64); the vault refuses larger ones.
// Each migration is the SQL that a released version ran, never edited afterwards nor built
// from shared pieces: a vault upgraded from any version must end in the same schema. So a
// migration that rebuilds a table repeats its columns (3 copies history's columns of 2).
const char* const kMigrations[] = {
    // 1: the profile, the keys and the settings.
    R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE profile (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    name             TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('provider', 'auditor', 'operator')),
    chain_id         INTEGER NOT NULL,
    network_name     TEXT NOT NULL,
    rpc_url          TEXT NOT NULL,
    operator_url     TEXT NOT NULL,
    registrar        TEXT NOT NULL,
    eerc             TEXT NOT NULL,
    token            TEXT NOT NULL,
    deployment_block INTEGER NOT NULL,
    allow_plain_http INTEGER NOT NULL
);
CREATE TABLE keys (
    kind   TEXT PRIMARY KEY NOT NULL CHECK (kind IN ('wallet', 'eerc', 'auditor')),
    secret BLOB NOT NULL
);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
)sql",
    // 2: caches of what was read from the chain and the operator, and claims in flight.
    R"sql(
CREATE TABLE history (
    tx_hash      TEXT NOT NULL,
    log_index    INTEGER NOT NULL,
    token_id     INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('credit', 'debit')),
    source       TEXT NOT NULL,
    block_number INTEGER NOT NULL,
    block_time   INTEGER NOT NULL,
    counterparty TEXT NOT NULL,
    amount       TEXT NOT NULL,
    decrypted    INTEGER NOT NULL,
    PRIMARY KEY (tx_hash, log_index)
);
CREATE INDEX history_by_token_block ON history (token_id, block_number, log_index);
CREATE TABLE checkpoints (
    name  TEXT PRIMARY KEY NOT NULL,
    block INTEGER NOT NULL
);
CREATE TABLE pending_claims (
    tx_hash    TEXT PRIMARY KEY NOT NULL,
    token_id   INTEGER NOT NULL,
    amount     TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('building', 'sent', 'confirmed', 'failed')),
    created_at INTEGER NOT NULL,
    nonce      INTEGER NOT NULL
);
CREATE TABLE operator_cache (
    key       TEXT PRIMARY KEY NOT NULL,
    json      BLOB NOT NULL,
    etag      TEXT NOT NULL,
    stored_at INTEGER NOT NULL
);
)sql",
    // 3: history keyed by (tx_hash, log_index, kind), since a self-transfer gives a credit and
    // a debit from the same log; each entry records the scan that stored it, so a reorg in
    // one scan forgets only that scan's entries. SQLite cannot change a primary key in place:
    // copy into a new table.
    R"sql(
CREATE TABLE history_v3 (
    tx_hash      TEXT NOT NULL,
    log_index    INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('credit', 'debit')),
    token_id     INTEGER NOT NULL,
    source       TEXT NOT NULL,
    block_number INTEGER NOT NULL,
    block_time   INTEGER NOT NULL,
    counterparty TEXT NOT NULL,
    amount       TEXT NOT NULL,
    decrypted    INTEGER NOT NULL,
    scan         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tx_hash, log_index, kind)
);
INSERT INTO history_v3 (tx_hash, log_index, kind, token_id, source, block_number, block_time,
                        counterparty, amount, decrypted, scan)
    SELECT tx_hash, log_index, kind, token_id, source, block_number, block_time, counterparty,
           amount, decrypted, '' FROM history;
DROP TABLE history;
ALTER TABLE history_v3 RENAME TO history;
CREATE INDEX history_by_token_block ON history (token_id, block_number, log_index);
CREATE INDEX history_by_scan_block ON history (scan, block_number);
)sql",
    // 4: the profile keeps the whole network description (chain::toJson: token, decimals, the
    // operator's and auditor's accounts, circuits), not only its identity columns.
    R"sql(
ALTER TABLE profile ADD COLUMN description TEXT NOT NULL DEFAULT '';
)sql",
    // 5: a claim keeps its signed transaction (to send it again when a node lost it) and why
    // it failed.
    R"sql(
ALTER TABLE pending_claims ADD COLUMN raw_tx BLOB NOT NULL DEFAULT X'';
ALTER TABLE pending_claims ADD COLUMN note TEXT NOT NULL DEFAULT '';
)sql",
    // 6: the auditor's work (core/audit through wallet::VaultAuditStore): the events of the
    // operator's account scanned so far, each an opaque payload of core/audit's own format
    // with its decrypted amount, the block the scan reached and for which scope (chain,
    // contract, operator, auditor), and the saved verification runs with their signed reports
    // (zlib-compressed canonical JSON).
    R"sql(
CREATE TABLE audit_scan (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    scope      TEXT NOT NULL,
    scanned_to INTEGER NOT NULL
);
CREATE TABLE audit_events (
    block_number INTEGER NOT NULL,
    log_index    INTEGER NOT NULL,
    payload      BLOB NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE TABLE audit_runs (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at INTEGER NOT NULL,
    summary    TEXT NOT NULL,
    report     BLOB NOT NULL
);
)sql",
};

constexpr int kVersions = int(sizeof kMigrations / sizeof kMigrations[0]);

} // namespace

int currentSchemaVersion()
{
    return kVersions;
}

const char* migrationSql(int version)
{
    return (version >= 1 && version <= kVersions) ? kMigrations[version - 1] : nullptr;
}

Result<int> migrate(Database& db)
{
    auto v = db.queryInt("PRAGMA user_version");
    if (!v)
        return v.error();
    const int from = int(*v);
    if (from > kVersions)
        return fail(BS_TR("vault", "this vault was written by a newer BackendShield (schema "
                                   "version %1, this program knows up to %2); update "
                                   "BackendShield to open it"),
                    from, kVersions);
    if (from < 0)
        return fail(BS_TR("vault", "the vault database has an invalid schema version"));
    for (int next = from + 1; next <= kVersions; ++next) {
        const std::string bump = "PRAGMA user_version = " + std::to_string(next);
        auto ok = db.transaction([&]() -> Result<void> {
            if (auto r = db.exec(kMigrations[next - 1]); !r)
                return r;
            return db.exec(bump.c_str());
        });
        if (!ok)
            return fail(BS_TR("vault", "the vault could not be upgraded to schema version %1: "
                                       "%2"),
                        next, ok.error());
    }
    return from;
}

} // namespace bs::vault
