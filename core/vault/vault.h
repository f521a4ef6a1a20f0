// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The vault: one encrypted SQLCipher database per profile holding the keys, the profile,
// the caches and the settings. Vault itself is the lifecycle (create, open, unlock, lock,
// verify, passphrase change, backup, restore, info) and the keys; the rest of the data is in
// small stores on the open database (history_store.h, claim_store.h, cache_store.h, audit_store.h,
// settings_store.h), obtained from the Vault.
//
// Files: `<path>` is the SQLCipher database; `<path>.header` (vault_header.h) holds the scrypt
// parameters, the wrapped database key and the metadata `info` shows. Both are mode 0600.
// `<path>.lock` (0600, empty, kept) is the advisory lock (file_lock.h) held around every
// rewrite of the header, so two processes never undo each other's passphrase change.
// `<path>.header.new` exists only during a passphrase change (below).
// The database key is 32 random bytes, wrapped with AES-256-GCM under scrypt(passphrase);
// SQLCipher gets it raw.
//
// Secrets (the database key, SQLCipher's handle) exist only while unlocked; lock() wipes
// them, and SQLite's freed memory is wiped too (sqlite_db.h). The passphrase-derived
// key-encryption key is wiped as soon as unlock (or create) has used it. Every write is one
// SQLite transaction: a crash keeps the last commit.
// Opening refuses a missing header, a file of another format, a truncated or altered
// database or header, with a sentence saying so; unlock reads every page before returning
// any data.
//
// Passphrase change: a NEW random database key, and every page re-encrypted under it, so a
// copy of the old header (or of the old header and database together, taken before) with the
// old passphrase does not open the database as it is after the change. The steps, all under
// the vault's lock file, each one durable (fsync) before the next:
//   0. unwrap the old key with the old passphrase (else "wrong passphrase", nothing written);
//   1. write `<path>.header.new`: the new key wrapped under the new passphrase (new salt,
//      calibrated cost), beside the untouched `<path>.header`;
//   2. SQLCipher rekey: every page rewritten under the new key in ONE write transaction whose
//      rollback journal holds the pages under the old key; then a fresh connection checks
//      which key opens the file (it rolls back a rekey left incomplete);
//   3. record the new header's salt and cost in the database (under the new key);
//   4. write `<path>.header` = the new header (atomic rename), then remove `.header.new`.
// A crash anywhere leaves the file under exactly one key, and the next unlock (or change)
// resolves it under the lock: if the passphrase given unwraps a header whose key opens the
// file, that header wins: `.header.new` is finished into `.header` (crash after 2), or
// dropped (crash before 2 completed, or after 4's rename). So after a crash before the rekey
// committed, exactly the OLD passphrase opens the vault; after it, exactly the NEW one; the
// other passphrase is refused with a sentence naming the one that works. A failed step
// before the rekey commits (disk full, I/O error) leaves the old passphrase and key; a
// failure after it leaves the new passphrase, finished at the next unlock.
// Cost: the rekey rewrites the whole file and its journal holds a second copy of it: free
// space of the vault's size is needed. Measured on the 2-core development machine, 111 MB
// vault: the rekey 4.7 to 5.5 s, the whole change 6.4 to 7.3 s (with the calibration, 0.3 s,
// and two scrypt derivations of about 0.65 s each). Nothing else can use the vault meanwhile.
// Another Vault or process that has the vault unlocked reads the re-encrypted file as
// "the passphrase was changed elsewhere" until it locks and unlocks again.
// What a change cannot revoke: a backup made with the old passphrase (it holds the keys),
// and old pages the file system may keep in freed blocks (the journal's) until overwritten.
// After a suspected leak, create a new vault and move the funds to a new key.
// The database records the salt and scrypt cost of the header last written, and unlock
// refuses a header weaker than that record (for vaults changed before key rotation existed,
// whose older header copies still hold the current key).
//
// Scrypt cost: new vaults, backups and passphrase changes are calibrated on this machine
// (~0.5 s, kdfForWriting in kdf.h), measured each time; parameters given explicitly are for
// tests and must not be weaker than that. Headers and backups read must have r = 8, p <= 4
// and bounded work.
//
// Not thread-safe: use one Vault from one thread at a time.

#include "crypto/secp256k1.h"
#include "crypto/secure_buffer.h"
#include "util/result.h"
#include "vault/audit_store.h"
#include "vault/cache_store.h"
#include "vault/claim_store.h"
#include "vault/history_store.h"
#include "vault/kdf.h"
#include "vault/records.h"
#include "vault/settings_store.h"

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

class Vault
{
public:
    ~Vault();
    Vault(Vault&&) noexcept;
    Vault& operator=(Vault&&) noexcept;
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Creates a new vault at `path` (which must not exist, nor `<path>.header`) and returns
    // it unlocked, with scrypt calibrated to ~0.5 s on this machine (`kdf`: tests only, see
    // kdfForWriting). The database is written first and the header last, so an interrupted
    // create leaves no vault.
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

    // Changes the passphrase AND the database key (the steps above), with scrypt calibrated
    // again (`kdf`: tests only, see kdfForWriting). Works locked or unlocked (and stays so);
    // the old passphrase must be right. Runs under the vault's lock file (`<path>.lock`);
    // another Vault object or process that still holds the old header refuses to write it
    // back, and its connection reads "the passphrase was changed elsewhere".
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

    // The stores of the open database: history (+ scan checkpoints), pending claims, the
    // operator data cache and the settings. Cheap values bound to this Vault's connection:
    // every call fails with "the vault is locked..." while the vault is locked (or once the
    // Vault is gone), and works again after the next unlock (store.h).
    HistoryStore history();
    ClaimStore claims();
    // The auditor's scanned events and saved verification runs (audit_store.h).
    AuditStore audit();
    CacheStore cache();
    SettingsStore settings();

    // Writes an encrypted backup (backup.h) of the keys and the profile to `outPath`, which
    // must not exist; mode 0600; scrypt calibrated on this machine (`kdf`: tests only).
    Result<void> exportBackup(const QString& outPath,
                              std::span<const char> backupPassphrase,
                              std::optional<KdfParams> kdf = {}) const;
    // Creates a new vault at `newVaultPath` from a backup and returns it unlocked (scrypt
    // calibrated; `kdf`: tests only).
    static Result<Vault> restoreBackup(const QString& backupPath,
                                       std::span<const char> backupPassphrase,
                                       const QString& newVaultPath,
                                       std::span<const char> newVaultPassphrase,
                                       std::optional<KdfParams> kdf = {},
                                       const VaultOptions& options = {});

    struct Impl;

private:
    explicit Vault(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

namespace testing {
// Runs `hook` (empty: nothing) each time a Vault is about to take the lock and rewrite its
// header, so tests can change the header from elsewhere exactly in that window.
void setBeforeHeaderWrite(std::function<void()> hook);

// The steps of a passphrase change (vault.h) after which `hook` runs (empty: nothing), so
// crash tests can kill the process exactly there. Recorded and HeaderWritten also run when
// an unlock finishes a change cut off earlier.
enum class ChangeStep
{
    PendingHeaderWritten, // 1. `.header.new` written
    Reencrypted,          // 2. rekey returned (committed or not)
    Recorded,             // 3. the new cost recorded in the database
    HeaderWritten,        // 4. `.header` replaced (`.header.new` not yet removed)
};
void setAfterChangeStep(std::function<void(ChangeStep)> hook);

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
