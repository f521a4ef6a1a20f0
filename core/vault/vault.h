// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The vault: one encrypted SQLCipher database per profile holding the keys, the profile,
// the caches and the settings.
//
// Files: `<path>` is the SQLCipher database; `<path>.header` (vault_header.h) holds the scrypt
// parameters, the wrapped database key and the metadata `info` shows. Both are mode 0600.
// `<path>.lock` (0600, empty, kept) is the advisory lock (file_lock.h) held around every
// rewrite of the header, so two processes never undo each other's passphrase change.
// The database key is 32 random bytes, wrapped with AES-256-GCM under
// scrypt(passphrase); SQLCipher gets it raw, so a passphrase change rewraps only.
//
// Secrets (the database key, SQLCipher's handle) exist only while unlocked; lock() wipes
// them. The passphrase-derived key-encryption key is wiped as soon as unlock (or create) has
// used it. Every write is one SQLite transaction: a crash keeps the last commit.
// Opening refuses a missing header, a file of another format, a truncated or altered
// database or header, with a sentence saying so; unlock reads every page before returning
// any data.
//
// Passphrase changes rewrap the header only. They do NOT revoke older copies: a copy of the
// old header (or a backup made with the old passphrase) still opens the database, or the
// backup's keys, with the old passphrase; anyone holding such a copy and that passphrase
// keeps access. After a suspected leak, create a new vault and move the funds to a new key.
// The database records the salt and scrypt cost of the last header written, and unlock
// refuses a header weaker than that record (an old copy put back), with a clear message.
//
// Scrypt cost: new headers and backups need N >= 2^14, r = 8, p = 1 (see kdf.h); headers and
// backups read must have r = 8, p <= 4 and bounded work.
//
// Not thread-safe: use one Vault from one thread at a time.

#include "crypto/secp256k1.h"
#include "crypto/secure_buffer.h"
#include "util/result.h"
#include "vault/kdf.h"
#include "vault/records.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

struct sqlite3;

namespace bs::vault {

// Options for tests and tools. Production code uses the defaults.
struct VaultOptions
{
    // Name of a registered SQLite VFS to open the database through (tests register a
    // failure-injecting one). Empty: SQLite's default VFS.
    QString sqliteVfs;
};

// Keys create stores together with the schema and the profile, before the header is written:
// an interrupted create leaves no vault rather than a vault without the keys asked for.
struct InitialKeys
{
    std::optional<crypto::EcdsaPrivateKey> walletKey;
    crypto::SecureBuffer eercDecryptionKey; // eerc::EercKey::decryptionKey(); empty: none
    crypto::SecureBuffer auditorKey;        // same string form; empty: none
};

// Setting keys the vault knows (any other key may be used too).
inline constexpr const char* kSettingAutoLockMinutes = "autoLockMinutes";
inline constexpr int kDefaultAutoLockMinutes = 5;
inline constexpr int kMinAutoLockMinutes = 1;
inline constexpr int kMaxAutoLockMinutes = 24 * 60;

class Vault
{
public:
    ~Vault();
    Vault(Vault&&) noexcept;
    Vault& operator=(Vault&&) noexcept;
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Creates a new vault at `path` (which must not exist, nor `<path>.header`) and returns
    // it unlocked. `kdf` nullopt: calibrate scrypt to ~0.5 s on this machine. The database
    // is written first and the header last, so an interrupted create leaves no vault.
    static Result<Vault> create(const QString& path,
                                const Profile& profile,
                                std::span<const char> passphrase,
                                std::optional<KdfParams> kdf = {},
                                const VaultOptions& options = {});

    // Like create, and stores `keys` in the same step (checked first: an invalid key creates
    // nothing).
    static Result<Vault> create(const QString& path,
                                const Profile& profile,
                                std::span<const char> passphrase,
                                const InitialKeys& keys,
                                std::optional<KdfParams> kdf = {},
                                const VaultOptions& options = {});

    // The header's metadata, no passphrase needed, nothing secret.
    static Result<VaultInfo> info(const QString& path);

    // Checks that the vault exists and its header is readable; returns it locked.
    static Result<Vault> open(const QString& path, const VaultOptions& options = {});

    // Derives the key-encryption key, unwraps the database key ("wrong passphrase" if the tag
    // fails), opens the database, checks every page, upgrades the schema if it is older, and
    // repairs the header's metadata copy from the database if an earlier save was cut off
    // between the two. Locked again if anything fails.
    Result<void> unlock(std::span<const char> passphrase);
    // Wipes every secret and closes the database handle. Safe to call when locked, and on a
    // moved-from Vault (as isUnlocked, which is then false; other calls need a live Vault).
    void lock();
    bool isUnlocked() const;

    // Reads every page of the database file through a fresh connection (no cached pages):
    // full integrity check, no free page left unread, file size == page count * page size.
    // A flipped bit in any page's data, IV or HMAC fails SQLCipher's per-page HMAC and is
    // reported. Limit of the SQLCipher 3 format: the last 12 bytes of each page's 48-byte
    // reserve (16 IV + 20 HMAC-SHA1, padded) are random filler outside the HMAC; they are never
    // read as data, so a change there cannot alter anything the vault returns.
    Result<void> verifyAllPages();

    // Rewraps the database key under a new salt and passphrase (same scrypt parameters, or
    // `kdf` when given). Works locked or unlocked; the old passphrase must be right. Runs
    // under the vault's lock file (`<path>.lock`); another Vault object or process that still
    // holds the old header refuses to write it back ("the passphrase was changed elsewhere").
    Result<void> changePassphrase(std::span<const char> oldPass,
                                  std::span<const char> newPass,
                                  std::optional<KdfParams> kdf = {});

    QString path() const;
    // The scrypt parameters in the header.
    KdfParams kdfParams() const;

    Result<Profile> profile() const;
    // Saves the profile in the database. The header's metadata copy (what `info` shows) is
    // refreshed at the next unlock, which is the only time the passphrase is at hand.
    Result<void> setProfile(const Profile& profile);

    // Keys. Absent -> "no wallet key in this vault" (or the eERC / auditor equivalent).
    Result<void> setWalletKey(const crypto::EcdsaPrivateKey& key);
    Result<crypto::EcdsaPrivateKey> walletKey() const;
    // The eERC decryption key string (eerc::EercKey::decryptionKey(): 1..64 hex digits).
    Result<void> setEercDecryptionKey(const crypto::SecureBuffer& asciiHex);
    Result<crypto::SecureBuffer> eercDecryptionKey() const;
    // The auditor's decryption key, in the same string form.
    Result<void> setAuditorKey(const crypto::SecureBuffer& asciiHex);
    Result<crypto::SecureBuffer> auditorKey() const;

    // Settings: string key/value pairs.
    Result<QString> setting(const QString& key, const QString& fallback) const;
    Result<void> setSetting(const QString& key, const QString& value);
    // The idle auto-lock time (setting "autoLockMinutes", default 5), 1..1440 minutes: a
    // stored value outside that range reads as the nearest bound, and set refuses it.
    Result<int> autoLockMinutes() const;
    Result<void> setAutoLockMinutes(int minutes);

    // History cache. Entries are unique by (txHash, logIndex, kind): a second put of the same
    // event replaces it (e.g. once its amount could be decrypted); a self-transfer's credit
    // and debit from one log are two entries. Each entry remembers the scan that stored it
    // (putHistory: none, ""). All entries of one call in one commit.
    Result<void> putHistory(const std::vector<HistoryEntry>& entries);
    // Stores `entries` as results of the scan `scanName` and moves its checkpoint to
    // `scannedTo`, in ONE commit: a crash keeps both or neither, so a resumed scan never
    // skips blocks whose entries were lost. Idempotent like putHistory.
    Result<void> appendHistory(const std::vector<HistoryEntry>& entries,
                               const QString& scanName,
                               quint64 scannedTo);
    // Entries of one token ordered by block, then log index, then kind.
    Result<std::vector<HistoryEntry>> history(quint64 tokenId) const;
    // Entries stored by the scan `scanName` (appendHistory), in the same order.
    Result<std::vector<HistoryEntry>> scanHistory(const QString& scanName) const;
    // The last block a scan named `scanName` completed, if any.
    Result<std::optional<quint64>> checkpoint(const QString& scanName) const;
    Result<void> setCheckpoint(const QString& scanName, quint64 block);
    // Reorg in one scan: forgets that scan's entries at or after `block` and, if its
    // checkpoint is at or after it, moves it back to block - 1 (removes it when block is 0),
    // in one commit. Other scans are untouched.
    Result<void> dropHistoryFrom(const QString& scanName, quint64 block);
    // Reorg for everything: forgets every entry at or after `block` and moves every
    // checkpoint at or after it back to block - 1 (removes it when block is 0), in one commit.
    Result<void> dropHistoryFrom(quint64 block);

    // Pending claims: a claim in flight survives a restart. put replaces by txHash.
    Result<void> putPendingClaim(const PendingClaim& claim);
    // All claims, oldest first.
    Result<std::vector<PendingClaim>> pendingClaims() const;
    // Fails if no claim has that hash.
    Result<void> setClaimState(const QString& txHash, ClaimState state);

    // Operator data cache: opaque JSON blobs by key with an ETag.
    Result<void> putCache(const QString& key, const QByteArray& json, const QString& etag);
    Result<std::optional<CachedBlob>> cache(const QString& key) const;

    // Writes an encrypted backup (backup.h) of the keys and the profile to `outPath`, which
    // must not exist; mode 0600; the vault's own scrypt parameters.
    Result<void> exportBackup(const QString& outPath, std::span<const char> backupPassphrase) const;
    // Creates a new vault at `newVaultPath` from a backup and returns it unlocked.
    static Result<Vault> restoreBackup(const QString& backupPath,
                                       std::span<const char> backupPassphrase,
                                       const QString& newVaultPath,
                                       std::span<const char> newVaultPassphrase,
                                       std::optional<KdfParams> kdf = {},
                                       const VaultOptions& options = {});

    // ---- The auditor's work (schema 5; core/audit through wallet::VaultAuditStore) ----
    // Events are opaque payloads keyed by (block, log index); the vault does not read them.
    struct AuditEventRow
    {
        quint64 blockNumber = 0;
        quint32 logIndex = 0;
        QByteArray payload;
    };
    struct AuditScanState
    {
        QString scope;
        quint64 scannedTo = 0;
    };
    struct AuditRunRow
    {
        qint64 id = 0;
        qint64 createdAt = 0; // milliseconds since the epoch
        QString summary;      // JSON
    };
    Result<std::optional<AuditScanState>> auditScanState() const;
    // Every event, ordered by block, then log index.
    Result<std::vector<AuditEventRow>> auditEvents() const;
    // In one commit: forgets every event when `scope` differs from the stored one, then every
    // event at or after `fromBlock`; stores `rows` and the state (scope, scannedTo).
    Result<void> replaceAuditEvents(const QString& scope,
                                    quint64 fromBlock,
                                    const std::vector<AuditEventRow>& rows,
                                    quint64 scannedTo);
    // Saves a run (the report as given: the caller compresses it); returns its id.
    Result<qint64> addAuditRun(qint64 createdAt, const QString& summary, const QByteArray& report);
    // Runs without their reports, newest first.
    Result<std::vector<AuditRunRow>> auditRuns() const;
    // A run's report; nullopt for an unknown id.
    Result<std::optional<QByteArray>> auditRunReport(qint64 id) const;

    struct Impl;

private:
    explicit Vault(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

namespace testing {
// Runs `hook` (empty: nothing) each time a Vault is about to take the lock and rewrite its
// header, so tests can change the header from elsewhere exactly in that window.
void setBeforeHeaderWrite(std::function<void()> hook);

// Creates a vault like Vault::create but lets `populate` fill the freshly keyed database
// (auto_vacuum already set, no tables) instead of the migrations and the profile row. The
// header records the profile's metadata and the user_version populate left. For tests of
// schema upgrades; returns false from populate to abort.
Result<void> createWithDatabase(const QString& path,
                                const Profile& profile,
                                std::span<const char> passphrase,
                                const KdfParams& kdf,
                                const std::function<bool(sqlite3*)>& populate,
                                const VaultOptions& options = {});
} // namespace testing

} // namespace bs::vault
