// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/vault.h"

#include "crypto/random.h"
#include "util/atomic_file.h"
#include "util/hex.h"
#include "vault/backup.h"
#include "vault/file_lock.h"
#include "vault/schema.h"
#include "vault/sqlite_db.h"
#include "vault/vault_header.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cctype>
#include <limits>
#include <sqlite3.h>
#include <string_view>

namespace bs::vault {

namespace {

constexpr quint64 kMaxStored = kMaxStoredInteger;
constexpr int kMaxNameBytes = 256;
constexpr qsizetype kMaxNetworkDescription = 1 << 20;
constexpr int kPageSize = 1024;

constexpr bs::Text kLocked = kVaultLocked;

// The database's own connection settings, after the key and before any other statement.
//  - journal_mode DELETE: a rollback journal beside the file, deleted at commit. One file at
//    rest (WAL would leave -wal/-shm files holding committed data beside it, which a user
//    copying "the vault" could miss), and a hot journal left by a crash is rolled back by the
//    next open, so a kill at any point keeps exactly the last commit.
//  - synchronous EXTRA: FULL (fsync of journal and database at each commit) plus an fsync of
//    the directory after the journal is deleted, so a power cut right after a commit cannot
//    bring the journal back and roll that commit back. Strictly stronger than FULL.
//  - secure_delete: deleted rows are overwritten, not left in free space.
//  - foreign_keys: enforce what the schema declares.
//  - temp_store MEMORY: no temporary files for sorts.
Result<void> configureConnection(Database& db)
{
    for (const char* sql :
         {"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = EXTRA", "PRAGMA secure_delete = ON",
          "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"}) {
        if (auto ok = db.exec(sql); !ok)
            return ok;
    }
    return {};
}

// Reads one row to find out whether the key opens the file at all.
Result<void> probeReadable(Database& db)
{
    auto n = db.queryInt("SELECT count(*) FROM sqlite_master");
    if (!n)
        return fail(BS_TR("vault", "the vault database cannot be read with the key in its "
                                   "header: the file is damaged, truncated, or not the database "
                                   "this header belongs to; restore it from a backup"));
    return {};
}

// Opens the database with `key` on a fresh connection and reads its first page: true if the
// key decrypts it, false if it does not (SQLITE_NOTADB), the error for anything else (the
// file busy, an I/O error). The first read rolls back a journal a crash left, whatever the
// key, so the answer holds for the file as it stays.
Result<bool> keyOpens(const QString& path, const crypto::SecureBytes<32>& key, const QString& vfs)
{
    auto db = Database::openKeyed(path, key, vfs);
    if (!db)
        return db.error();
    const int rc =
        sqlite3_exec(db->handle(), "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return true;
    if ((rc & 0xff) == SQLITE_NOTADB)
        return false;
    return db->lastError(rc);
}

// Re-encrypts every page from `oldKey` to `newKey` on a connection of its own, configured as
// every vault connection is (rollback journal, synchronous EXTRA), so the rekey's single
// transaction is as crash-safe as any commit.
Result<void> rekeyDatabase(const QString& path,
                           const crypto::SecureBytes<32>& oldKey,
                           const crypto::SecureBytes<32>& newKey,
                           const QString& vfs)
{
    auto db = Database::openKeyed(path, oldKey, vfs);
    if (!db)
        return db.error();
    if (auto ok = probeReadable(*db); !ok)
        return ok;
    if (auto ok = configureConnection(*db); !ok)
        return ok;
    return db->rekey(newKey);
}

// What integrity_check found: the number of the page it names (its report is a multi-line
// list, e.g. "*** in database main ***\nPage 5: ..." or "On tree page 3 cell 0: ..."), else
// its first line, cut short; both empty when the report has neither.
struct Damage
{
    std::string page;
    std::string line;
};

Damage describeDamage(const std::string& report)
{
    std::string lower = report;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    for (std::size_t at = lower.find("page "); at != std::string::npos;
         at = lower.find("page ", at + 5)) {
        std::size_t i = at + 5;
        std::string digits;
        while (i < lower.size() && std::isdigit(static_cast<unsigned char>(lower[i])) &&
               digits.size() < 12)
            digits += lower[i++];
        if (!digits.empty())
            return Damage{digits, {}};
    }
    // No page number: the first line that is not a "*** in database main ***" banner.
    std::size_t start = 0;
    while (start < report.size()) {
        const std::size_t end = std::min(report.find('\n', start), report.size());
        const std::string line = oneLine(std::string_view(report).substr(start, end - start), 120);
        if (!line.empty() && line.rfind("***", 0) != 0)
            return Damage{{}, line};
        start = end + 1;
    }
    return {};
}

// `e` to embed in a sentence with its English cut to one line of `maxChars`; its code and
// arguments stay whole, for the app to word.
Error shortened(Error e, std::size_t maxChars)
{
    e.message = oneLine(e.message, maxChars);
    return e;
}

// Reads every page of the database: `full` runs integrity_check (also cross-checks indexes),
// otherwise quick_check (still visits every b-tree and overflow page). auto_vacuum = FULL
// keeps the free list empty at every commit, so no page escapes the b-tree walk; a free page
// found here is reported rather than left unread. The file's size must match the page count
// exactly, so a truncation at a page boundary is caught too.
Result<void> checkPages(Database& db, const QString& path, bool full)
{
    const auto failed = [](const Error& e) {
        return fail(BS_TR("vault", "the vault file failed verification (%1): it is damaged or "
                                   "was altered; restore the vault from a backup"),
                    shortened(e, 120));
    };
    auto st = db.prepare(full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    if (!st)
        return failed(st.error());
    auto row = st->step();
    if (!row)
        return failed(row.error());
    if (!*row)
        return fail(BS_TR("vault", "the vault file failed verification (no result): it is "
                                   "damaged or was altered; restore the vault from a backup"));
    if (st->columnText(0) != QLatin1String("ok")) {
        const Damage damage = describeDamage(st->columnText(0).toStdString());
        if (!damage.page.empty())
            return fail(BS_TR("vault", "the vault file failed verification: page %1 is damaged "
                                       "or was altered; restore the vault from a backup"),
                        damage.page);
        if (!damage.line.empty())
            return fail(BS_TR("vault", "the vault file failed verification (%1): it is damaged "
                                       "or was altered; restore the vault from a backup"),
                        oneLine(damage.line, 120));
        return fail(BS_TR("vault", "the vault file failed verification (unreadable integrity "
                                   "report): it is damaged or was altered; restore the vault "
                                   "from a backup"));
    }
    auto freePages = db.queryInt("PRAGMA freelist_count");
    if (!freePages)
        return failed(freePages.error());
    if (*freePages != 0)
        return fail(BS_TR("vault", "the vault file failed verification (%1 free pages that "
                                   "cannot be checked): it is damaged or was altered; restore "
                                   "the vault from a backup"),
                    *freePages);
    auto pageSize = db.queryInt("PRAGMA page_size");
    auto pageCount = db.queryInt("PRAGMA page_count");
    if (!pageSize || !pageCount)
        return fail(BS_TR("vault", "the vault file failed verification (page count unreadable): "
                                   "it is damaged or was altered; restore the vault from a "
                                   "backup"));
    if (*pageSize != kPageSize)
        return fail(BS_TR("vault", "the vault file failed verification (unexpected page size "
                                   "%1): it is damaged or was altered; restore the vault from "
                                   "a backup"),
                    *pageSize);
    const qint64 fileSize = QFileInfo(path).size();
    if (fileSize != *pageSize * *pageCount)
        return fail(BS_TR("vault", "the vault file failed verification (file size %1 bytes, "
                                   "expected %2): it is damaged or was altered; restore the "
                                   "vault from a backup"),
                    fileSize, *pageSize * *pageCount);
    return {};
}

Result<void> validateProfile(const Profile& p)
{
    if (p.name.trimmed().isEmpty())
        return fail(BS_TR("vault", "the profile name is empty; give the profile a name"));
    if (p.name.toUtf8().size() > kMaxNameBytes ||
        (p.network && p.network->name.toUtf8().size() > kMaxNameBytes))
        return fail(BS_TR("vault", "the profile or network name is too long (at most 256 bytes)"));
    if (!p.network)
        return {};
    const chain::Network& n = *p.network;
    if (n.deployment.chainId == 0)
        return fail(BS_TR("vault", "the network has no chain id"));
    if (n.deployment.chainId > kMaxStored || n.deployment.deploymentBlock > kMaxStored)
        return fail(BS_TR("vault", "the chain id or deployment block is too large"));
    if (n.rpcUrl.toString().size() > 2048 ||
        (n.operatorUrl && n.operatorUrl->toString().size() > 2048))
        return fail(BS_TR("vault", "a network URL is too long"));
    if (chain::toJson(n).size() > kMaxNetworkDescription)
        return fail(BS_TR("vault", "the network description is too large (at most 1 MiB)"));
    return {};
}

// `ifEmpty`: the sentence that names the passphrase.
Result<void> checkPassphrase(std::span<const char> pass, Text ifEmpty)
{
    if (pass.empty())
        return fail(ifEmpty);
    return {};
}

constexpr Text kInvalidEercKey =
    BS_TR("vault",
          "invalid eERC decryption key: a decryption key must be 1 to 64 hexadecimal "
          "digits, without 0x.");
constexpr Text kInvalidAuditorKey =
    BS_TR("vault",
          "invalid auditor key: a decryption key must be 1 to 64 hexadecimal digits, "
          "without 0x.");

// The string form of eerc::EercKey::decryptionKey(); the vault checks only its shape.
bool isHexKey(const crypto::SecureBuffer& asciiHex)
{
    const std::string_view text(reinterpret_cast<const char*>(asciiHex.data()), asciiHex.size());
    return !text.empty() && text.size() <= 64 && util::isHexDigits(text);
}

// `ifInvalid`: the sentence that names the key.
Result<void> validateHexKey(const crypto::SecureBuffer& asciiHex, Text ifInvalid)
{
    if (!isHexKey(asciiHex))
        return fail(ifInvalid);
    return {};
}

void removeVaultFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(FileLock::pathFor(path));
}

std::function<void()> g_beforeHeaderWrite;
std::function<void(testing::ChangeStep)> g_afterChangeStep;

void changeStepDone(testing::ChangeStep step)
{
    if (g_afterChangeStep)
        g_afterChangeStep(step);
}

bool sameKeyWrapping(const VaultHeader& a, const VaultHeader& b)
{
    return a.salt == b.salt && a.kdf == b.kdf;
}

// The salt and scrypt parameters of the header last written, kept in the database's meta
// table, so unlock can tell an older, weaker copy of the header from the current one.
Result<void> recordKdf(Database& db, const VaultHeader& h)
{
    auto st = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    if (!st)
        return st.error();
    const std::pair<const char*, QString> rows[] = {
        {"kdfSalt", QString::fromStdString(util::hexEncodeLower(h.salt))},
        {"kdfN", QString::number(h.kdf.n)},
        {"kdfR", QString::number(h.kdf.r)},
        {"kdfP", QString::number(h.kdf.p)},
    };
    for (const auto& [key, value] : rows) {
        st->bind(1, QString::fromLatin1(key)).bind(2, value);
        if (auto ok = st->run(); !ok)
            return ok;
        st->reset();
    }
    return {};
}

struct RecordedKdf
{
    KdfParams kdf;
    QString saltHex;
};

// What recordKdf stored; nullopt for a vault from before it existed.
Result<std::optional<RecordedKdf>> recordedKdf(const Database& db)
{
    auto st = db.prepare("SELECT key, value FROM meta WHERE key IN ('kdfSalt', 'kdfN', 'kdfR', "
                         "'kdfP')");
    if (!st)
        return st.error();
    RecordedKdf r;
    int found = 0;
    bool ok = true;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString key = st->columnText(0);
        const QString value = st->columnText(1);
        bool good = true;
        if (key == QLatin1String("kdfSalt"))
            r.saltHex = value;
        else if (key == QLatin1String("kdfN"))
            r.kdf.n = value.toULongLong(&good);
        else if (key == QLatin1String("kdfR"))
            r.kdf.r = value.toUInt(&good);
        else
            r.kdf.p = value.toUInt(&good);
        ok = ok && good;
        ++found;
    }
    if (found == 0)
        return std::optional<RecordedKdf>();
    if (found != 4 || !ok)
        return fail(BS_TR("vault", "the vault's record of its passphrase protection is damaged; "
                                   "restore it from a backup"));
    return std::optional<RecordedKdf>(std::move(r));
}

constexpr Text kChangedElsewhere =
    BS_TR("vault", "the passphrase was changed elsewhere; lock and unlock again");
constexpr Text kInterruptedAfter =
    BS_TR("vault",
          "a passphrase change of this vault was interrupted after it re-encrypted the "
          "vault: unlock it with the NEW passphrase to finish the change (if that does "
          "not open it either, the vault file is damaged: restore it from a backup)");
constexpr Text kInterruptedBefore =
    BS_TR("vault",
          "a passphrase change of this vault was interrupted before it took effect: the "
          "OLD passphrase still opens the vault; unlock with it and change the "
          "passphrase again");

} // namespace

struct Vault::Impl
{
    Impl() = default;
    ~Impl() { wipe(); }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    QString path;
    VaultOptions options;
    VaultHeader header;
    // The connection, open only while unlocked. One object for the Impl's whole life, shared
    // so that the stores can hold a weak handle to it (store.h): `db` is that object.
    std::shared_ptr<Database> connection = std::make_shared<Database>();
    Database& db = *connection;
    std::optional<crypto::SecureBytes<32>> dbKey;
    // The key-encryption key exists only inside create and unlock (to write the header) and
    // is wiped before they return: an unlocked vault holds the database key alone.
    std::optional<crypto::SecureBytes<32>> kek;

    bool unlocked() const { return db.isOpen() && dbKey; }

    StoreHandle store() const { return StoreHandle(connection); }

    void wipe()
    {
        db.close();
        kek.reset();
        dbKey.reset();
    }

    // The network's identity is kept in columns too (what older versions read); the whole
    // description, in the form chain::parseNetwork reads, in `description` (schema 4).
    Result<void> insertProfile(const Profile& p, bool replace)
    {
        auto st = db.prepare(replace ? "INSERT OR REPLACE INTO profile VALUES "
                                       "(1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                     : "INSERT INTO profile VALUES "
                                       "(1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!st)
            return st.error();
        const NetworkIdentity id = identityOf(p.network);
        st->bind(1, p.name)
            .bind(2, roleName(p.role))
            .bind(3, qint64(id.chainId))
            .bind(4, id.name)
            .bind(5, id.rpcUrl)
            .bind(6, id.operatorUrl)
            .bind(7, id.registrar)
            .bind(8, id.eerc)
            .bind(9, id.token)
            .bind(10, qint64(id.deploymentBlock))
            .bind(11, qint64(id.allowPlainHttp ? 1 : 0))
            .bind(12, p.network ? QString::fromUtf8(chain::toJson(*p.network)) : QString());
        return st->run();
    }

    Result<Profile> readProfile() const
    {
        auto row = db.firstRow("SELECT name, role, chain_id, network_name, rpc_url, "
                               "operator_url, registrar, eerc, token, deployment_block, "
                               "allow_plain_http, description FROM profile WHERE id = 1");
        if (!row)
            return row.error();
        if (!*row)
            return fail(BS_TR("vault", "the vault has no profile: it is damaged; restore it "
                                       "from a backup"));
        const Statement& st = **row;
        Profile p;
        p.name = st.columnText(0);
        const auto role = parseRole(st.columnText(1));
        if (!role)
            return fail(BS_TR("vault", "the vault's profile has an unknown role; restore it "
                                       "from a backup"));
        p.role = *role;
        const NetworkIdentity id{
            quint64(st.columnInt(2)), st.columnText(3),         st.columnText(4),
            st.columnText(5),         st.columnText(6),         st.columnText(7),
            st.columnText(8),         quint64(st.columnInt(9)), st.columnInt(10) != 0};
        auto network = networkOf(id, st.columnText(11).toUtf8());
        if (!network)
            return network.error();
        p.network = std::move(*network);
        return p;
    }

    // Copies the profile's metadata into the header; true if anything changed.
    bool syncHeaderMetadata(const Profile& p)
    {
        const quint64 chainId = p.network ? p.network->deployment.chainId : 0;
        const QString networkName = p.network ? p.network->name : QString();
        const bool same = header.profileName == p.name && header.role == p.role &&
                          header.chainId == chainId && header.networkName == networkName;
        header.profileName = p.name;
        header.role = p.role;
        header.chainId = chainId;
        header.networkName = networkName;
        return !same;
    }

    // Rewraps and writes the header under the vault's lock. `creating`: no header may exist
    // yet. Otherwise the header on disk must still be the one this object unwrapped (same
    // salt and scrypt parameters): if another Vault or process changed the passphrase in the
    // meantime, writing ours would silently bring the old passphrase back.
    Result<void> writeHeader(bool creating = false)
    {
        if (g_beforeHeaderWrite)
            g_beforeHeaderWrite();
        auto lock = FileLock::acquire(path);
        if (!lock)
            return lock.error();
        if (!creating) {
            auto onDisk = VaultHeader::read(path);
            if (!onDisk)
                return onDisk.error();
            if (!sameKeyWrapping(*onDisk, header) || VaultHeader::hasPending(path))
                return fail(kChangedElsewhere);
        }
        header.wrap(*kek, *dbKey);
        return header.write(path);
    }

    // True if the header on disk no longer wraps this object's database key: another Vault or
    // process changed the passphrase (and so re-encrypted the file) since this one unlocked,
    // or is changing it now.
    bool changedElsewhere() const
    {
        auto onDisk = VaultHeader::read(path);
        return VaultHeader::hasPending(path) || !onDisk || !sameKeyWrapping(*onDisk, header);
    }

    // Opens the connection with the database key (unlocked state); a file re-encrypted under
    // it by a change elsewhere then reads as kChangedElsewhere rather than "damaged".
    Result<void> openConnection()
    {
        auto opened = Database::openKeyed(path, *dbKey, options.sqliteVfs);
        if (!opened)
            return opened.error();
        db = std::move(*opened);
        if (auto ok = configureConnection(db); !ok)
            return ok;
        explainWrongKey();
        return {};
    }

    void explainWrongKey()
    {
        db.setWrongKeyExplanation([this]() -> std::optional<Error> {
            if (changedElsewhere())
                return fail(kChangedElsewhere);
            return std::nullopt;
        });
    }

    // Steps 3 and 4 of a passphrase change (vault.h), once the database is under `newKey`:
    // records the new header's salt and cost in the database, writes the header, removes the
    // pending one. Under the vault's lock.
    Result<void> finishChange(const VaultHeader& next, const crypto::SecureBytes<32>& newKey)
    {
        {
            auto own = Database::openKeyed(path, newKey, options.sqliteVfs);
            if (!own)
                return own.error();
            if (auto ok = configureConnection(*own); !ok)
                return ok;
            if (auto ok = own->transaction([&] { return recordKdf(*own, next); }); !ok)
                return ok;
        }
        changeStepDone(testing::ChangeStep::Recorded);
        if (auto ok = next.write(path); !ok)
            return ok;
        changeStepDone(testing::ChangeStep::HeaderWritten);
        // A leftover (if this fails) is removed by the next unlock.
        (void)VaultHeader::removePending(path);
        return {};
    }

    // A passphrase change cut off by a crash leaves `<path>.header.new` (vault.h). Under the
    // vault's lock: the header (current or pending) whose key `passphrase` unwraps AND opens
    // the database wins. The pending one: the change is finished. The current one: the change
    // never took effect (or had finished), the pending header goes. Neither: a sentence that
    // names the passphrase that works.
    Result<void> resolvePendingChange(std::span<const char> passphrase)
    {
        if (!VaultHeader::hasPending(path))
            return {}; // finished meanwhile
        auto current = VaultHeader::read(path);
        if (!current)
            return current.error();
        auto pending = VaultHeader::readPending(path);
        std::optional<Error> wrongPassphrase;
        bool unwrapped[2] = {false, false};
        for (int which = 0; which < 2; ++which) {
            if (which == 1 && !pending)
                break;
            const VaultHeader& h = which == 0 ? *current : *pending;
            auto wrapping = deriveKey(passphrase, h.salt, h.kdf);
            if (!wrapping)
                return wrapping.error();
            auto key = h.unwrap(*wrapping);
            if (!key) {
                wrongPassphrase = key.error();
                continue;
            }
            unwrapped[which] = true;
            auto opens = keyOpens(path, *key, options.sqliteVfs);
            if (!opens)
                return opens.error();
            if (!*opens)
                continue;
            if (which == 1)
                return finishChange(h, *key);
            (void)VaultHeader::removePending(path);
            return {};
        }
        if (!pending)
            return fail(BS_TR("vault", "the header of an interrupted passphrase change (%1) is "
                                       "damaged: %2"),
                        VaultHeader::pendingPathFor(path).toStdString(), pending.error());
        if (unwrapped[0] && !unwrapped[1])
            return fail(kInterruptedAfter);
        if (unwrapped[1] && !unwrapped[0])
            return fail(kInterruptedBefore);
        if (!unwrapped[0] && !unwrapped[1] && wrongPassphrase)
            return *wrongPassphrase;
        return fail(BS_TR("vault", "the vault database cannot be read with the key of either "
                                   "header: the file is damaged; restore it from a backup"));
    }

    Result<void> putSecret(const char* kind, std::span<const std::uint8_t> secret)
    {
        return db.transaction([&]() -> Result<void> {
            auto st = db.prepare("INSERT OR REPLACE INTO keys (kind, secret) VALUES (?, ?)");
            if (!st)
                return st.error();
            st->bind(1, QString::fromLatin1(kind)).bindBlob(2, secret.data(), secret.size());
            return st->run();
        });
    }

    Result<std::optional<crypto::SecureBuffer>> findSecret(const char* kind) const
    {
        auto row = db.firstRow("SELECT secret FROM keys WHERE kind = ?",
                               [&](Statement& st) { st.bind(1, QString::fromLatin1(kind)); });
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<crypto::SecureBuffer>();
        return std::optional<crypto::SecureBuffer>((*row)->columnSecret(0));
    }

    Result<crypto::SecureBuffer> getSecret(const char* kind, Text absent) const
    {
        auto s = findSecret(kind);
        if (!s)
            return s.error();
        if (!*s)
            return fail(absent);
        return std::move(**s);
    }
};

namespace {

// The part of create shared with restore and the test hook. `fill` makes the database's
// content (schema + profile, or anything a test wants); then the header is written last.
Result<std::unique_ptr<Vault::Impl>>
createImpl(const QString& path,
           const Profile& profile,
           std::span<const char> passphrase,
           std::optional<KdfParams> kdf,
           const VaultOptions& options,
           const std::function<Result<void>(Vault::Impl&)>& fill)
{
    if (auto ok = validateProfile(profile); !ok)
        return ok.error();
    if (auto ok =
            checkPassphrase(passphrase, BS_TR("vault", "the passphrase is empty; choose one"));
        !ok)
        return ok.error();
    if (QFileInfo::exists(path) || QFileInfo::exists(VaultHeader::pathFor(path)))
        return fail(BS_TR("vault", "%1 (or its .header) already exists; choose another file "
                                   "name"),
                    path.toStdString());
    auto chosen = kdfForWriting(kdf);
    if (!chosen)
        return chosen.error();
    const KdfParams params = *chosen;
    // Left by an earlier vault of this name (no vault here now): not this vault's change.
    (void)VaultHeader::removePending(path);

    auto impl = std::make_unique<Vault::Impl>();
    impl->path = path;
    impl->options = options;
    VaultHeader& h = impl->header;
    h.kdf = params;
    crypto::randomBytes(h.salt);
    auto kek = deriveKey(passphrase, h.salt, params);
    if (!kek)
        return kek.error();
    impl->kek = std::move(*kek);
    {
        crypto::SecureBuffer raw = crypto::randomSecret(32);
        impl->dbKey =
            crypto::SecureBytes<32>::copyOf(std::span<const std::uint8_t, 32>(raw.data(), 32));
    }

    if (auto ok = util::createPrivateFile(path); !ok)
        return ok.error();
    auto result = [&]() -> Result<void> {
        auto db = Database::openKeyed(path, *impl->dbKey, options.sqliteVfs);
        if (!db)
            return db.error();
        impl->db = std::move(*db);
        // Before the first table: keeps the free list empty at every commit (checkPages).
        if (auto ok = impl->db.exec("PRAGMA auto_vacuum = FULL"); !ok)
            return ok;
        if (auto ok = configureConnection(impl->db); !ok)
            return ok;
        if (auto ok = fill(*impl); !ok)
            return ok;
        auto version = impl->db.queryInt("PRAGMA user_version");
        if (!version)
            return version.error();
        h.schemaVersion = int(*version);
        impl->syncHeaderMetadata(profile);
        return impl->writeHeader(true);
    }();
    impl->kek.reset();
    if (!result) {
        impl->wipe();
        removeVaultFiles(path);
        return result.error();
    }
    impl->explainWrongKey();
    return impl;
}

Result<void> fillCurrentSchema(Vault::Impl& impl, const Profile& profile)
{
    if (auto m = migrate(impl.db); !m)
        return m.error();
    return impl.db.transaction([&]() -> Result<void> {
        auto st = impl.db.prepare("INSERT INTO meta (key, value) VALUES ('createdAt', ?)");
        if (!st)
            return st.error();
        st->bind(1, QString::number(QDateTime::currentSecsSinceEpoch()));
        if (auto ok = st->run(); !ok)
            return ok;
        if (auto ok = recordKdf(impl.db, impl.header); !ok)
            return ok;
        return impl.insertProfile(profile, false);
    });
}

// Stores the keys of a new vault (create with InitialKeys, restore), already validated.
Result<void> storeKeys(Vault::Impl& impl,
                       const crypto::SecureBytes<32>* wallet,
                       const crypto::SecureBuffer& eercKey,
                       const crypto::SecureBuffer& auditorKey)
{
    if (wallet) {
        if (auto ok = impl.putSecret("wallet", wallet->bytes()); !ok)
            return ok;
    }
    for (auto [kind, secret] : {std::pair{"eerc", &eercKey}, std::pair{"auditor", &auditorKey}}) {
        if (secret->empty())
            continue;
        if (auto ok = impl.putSecret(kind, secret->bytes()); !ok)
            return ok;
    }
    return {};
}

} // namespace

Vault::Vault(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}
Vault::~Vault() = default;
Vault::Vault(Vault&&) noexcept = default;
Vault& Vault::operator=(Vault&&) noexcept = default;

Result<Vault> Vault::create(const QString& path,
                            const Profile& profile,
                            std::span<const char> passphrase,
                            std::optional<KdfParams> kdf,
                            const VaultOptions& options)
{
    auto impl = createImpl(path, profile, passphrase, kdf, options,
                           [&](Impl& i) { return fillCurrentSchema(i, profile); });
    if (!impl)
        return impl.error();
    return Vault(std::move(*impl));
}

Result<Vault> Vault::create(const QString& path,
                            const Profile& profile,
                            std::span<const char> passphrase,
                            const InitialKeys& keys,
                            std::optional<KdfParams> kdf,
                            const VaultOptions& options)
{
    if (!keys.eercDecryptionKey.empty()) {
        if (auto ok = validateHexKey(keys.eercDecryptionKey, kInvalidEercKey); !ok)
            return ok.error();
    }
    if (!keys.auditorKey.empty()) {
        if (auto ok = validateHexKey(keys.auditorKey, kInvalidAuditorKey); !ok)
            return ok.error();
    }
    std::optional<crypto::SecureBytes<32>> wallet;
    if (keys.walletKey)
        wallet = keys.walletKey->exportSecret();
    auto impl = createImpl(path, profile, passphrase, kdf, options, [&](Impl& i) -> Result<void> {
        if (auto ok = fillCurrentSchema(i, profile); !ok)
            return ok;
        return storeKeys(i, wallet ? &*wallet : nullptr, keys.eercDecryptionKey, keys.auditorKey);
    });
    if (!impl)
        return impl.error();
    return Vault(std::move(*impl));
}

Result<VaultInfo> Vault::info(const QString& path)
{
    auto h = VaultHeader::read(path);
    if (!h)
        return h.error();
    return h->info();
}

Result<Vault> Vault::open(const QString& path, const VaultOptions& options)
{
    auto h = VaultHeader::read(path);
    if (!h)
        return h.error();
    if (!QFileInfo::exists(path))
        return fail(BS_TR("vault", "the vault database %1 is missing (only its header exists); "
                                   "restore it from a backup"),
                    path.toStdString());
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->options = options;
    impl->header = std::move(*h);
    return Vault(std::move(impl));
}

Result<void> Vault::unlock(std::span<const char> passphrase)
{
    Impl& d = *m_impl;
    d.wipe();
    if (VaultHeader::hasPending(d.path)) {
        // A passphrase change: one in progress elsewhere finishes first (it holds the lock),
        // one cut off by a crash is finished or undone here.
        auto lock = FileLock::acquire(d.path);
        if (!lock)
            return lock.error();
        if (auto ok = d.resolvePendingChange(passphrase); !ok)
            return ok;
    }
    // Re-read: another process may have changed the passphrase since open().
    auto h = VaultHeader::read(d.path);
    if (!h)
        return h.error();
    d.header = std::move(*h);
    auto kek = deriveKey(passphrase, d.header.salt, d.header.kdf);
    if (!kek)
        return kek.error();
    auto dbKey = d.header.unwrap(*kek);
    if (!dbKey)
        return dbKey.error();
    if (!QFileInfo::exists(d.path))
        return fail(BS_TR("vault", "the vault database %1 is missing"), d.path.toStdString());
    // An empty file would open as a new, empty database: refuse it before SQLite sees it.
    if (const qint64 size = QFileInfo(d.path).size(); size < kPageSize)
        return fail(BS_TR("vault", "the vault file is empty or truncated (%1 bytes); it was not "
                                   "read: restore it from a backup"),
                    size);
    d.kek = std::move(*kek);
    d.dbKey = std::move(*dbKey);

    auto result = [&]() -> Result<void> {
        auto db = Database::openKeyed(d.path, *d.dbKey, d.options.sqliteVfs);
        if (!db)
            return db.error();
        d.db = std::move(*db);
        if (auto ok = probeReadable(d.db); !ok)
            return ok;
        if (auto ok = configureConnection(d.db); !ok)
            return ok;
        if (auto ok = checkPages(d.db, d.path, false); !ok)
            return ok;
        // Every vault has at least schema step 1 (create runs it before writing the header).
        auto stored = d.db.queryInt("PRAGMA user_version");
        if (!stored)
            return stored.error();
        if (*stored < 1)
            return fail(BS_TR("vault", "the vault database is empty or damaged (no schema); "
                                       "restore it from a backup"));
        if (auto m = migrate(d.db); !m)
            return m.error();
        auto recorded = recordedKdf(d.db);
        if (!recorded)
            return recorded.error();
        if (*recorded && kdfWork(d.header.kdf) < kdfWork((*recorded)->kdf))
            return fail(BS_TR("vault", "the vault's header file is an older copy with weaker "
                                       "passphrase protection than the vault last had; it was "
                                       "refused: put the current header back or restore the "
                                       "vault from a backup"));
        const QString saltHex = QString::fromStdString(util::hexEncodeLower(d.header.salt));
        if (!*recorded || (*recorded)->kdf != d.header.kdf || (*recorded)->saltHex != saltHex) {
            // A passphrase change cut off before it updated the record, or a vault from before
            // the record existed: this header is at least as strong, record it.
            if (auto ok = d.db.transaction([&] { return recordKdf(d.db, d.header); }); !ok)
                return ok;
        }
        auto profile = d.readProfile();
        if (!profile)
            return profile.error();
        const int version = currentSchemaVersion();
        bool headerStale = d.header.schemaVersion != version;
        d.header.schemaVersion = version;
        // The database is the authority: both copies are authenticated, so a difference means
        // a save was cut off between the database commit and the header rename.
        headerStale = d.syncHeaderMetadata(*profile) || headerStale;
        if (headerStale) {
            // Best effort: the header's copy is only what `info` shows; retried next unlock.
            // Refused (and left alone) if the passphrase was changed elsewhere meanwhile, which
            // re-encrypted the file under this connection: then the unlock fails too.
            if (auto ok = d.writeHeader(); !ok && d.changedElsewhere())
                return fail(kChangedElsewhere);
        }
        d.explainWrongKey();
        return {};
    }();
    d.kek.reset();
    if (!result) {
        d.wipe();
        return result;
    }
    return {};
}

void Vault::lock()
{
    if (m_impl) // a moved-from Vault has nothing to wipe
        m_impl->wipe();
}

bool Vault::isUnlocked() const
{
    return m_impl && m_impl->unlocked();
}

Result<void> Vault::verifyAllPages()
{
    Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    auto db = Database::openKeyed(d.path, *d.dbKey, d.options.sqliteVfs);
    if (!db)
        return db.error();
    if (auto ok = probeReadable(*db); !ok)
        return ok;
    return checkPages(*db, d.path, true);
}

Result<void> Vault::changePassphrase(std::span<const char> oldPass,
                                     std::span<const char> newPass,
                                     std::optional<KdfParams> kdf)
{
    Impl& d = *m_impl;
    if (auto ok =
            checkPassphrase(newPass, BS_TR("vault", "the new passphrase is empty; choose one"));
        !ok)
        return ok;
    const auto notChanged = [](const Error& e) {
        return fail(BS_TR("vault", "the passphrase was not changed: %1"), e);
    };
    // The new header's scrypt cost, measured before taking the lock (it takes a moment).
    auto params = kdfForWriting(kdf);
    if (!params)
        return params.error();
    // The whole sequence under the vault's lock, so two changes never interleave.
    auto lock = FileLock::acquire(d.path);
    if (!lock)
        return notChanged(lock.error());
    // A change cut off earlier is finished or undone first, with the passphrase that opens.
    if (auto ok = d.resolvePendingChange(oldPass); !ok)
        return ok;
    auto h = VaultHeader::read(d.path);
    if (!h)
        return h.error();
    auto oldKey = [&]() -> Result<crypto::SecureBytes<32>> {
        auto oldKek = deriveKey(oldPass, h->salt, h->kdf);
        if (!oldKek)
            return oldKek.error();
        return h->unwrap(*oldKek);
    }();
    if (!oldKey)
        return oldKey.error();

    // A new random database key under the new passphrase, new salt, calibrated cost.
    VaultHeader next = *h;
    next.kdf = *params;
    crypto::randomBytes(next.salt);
    crypto::SecureBytes<32> newKey;
    crypto::randomBytes(newKey.bytes());
    {
        auto newKek = deriveKey(newPass, next.salt, next.kdf);
        if (!newKek)
            return newKek.error();
        next.wrap(*newKek, newKey);
    }

    // 1. The new header beside the old one.
    if (auto ok = next.writePending(d.path); !ok)
        return notChanged(ok.error());
    changeStepDone(testing::ChangeStep::PendingHeaderWritten);

    // 2. Every page re-encrypted under the new key, in one SQLite transaction. This Vault's
    //    own connection is closed first: the file changes key under it.
    const bool wasUnlocked = d.unlocked();
    d.db.close();
    const auto rekeyed = rekeyDatabase(d.path, *oldKey, newKey, d.options.sqliteVfs);
    changeStepDone(testing::ChangeStep::Reencrypted);
    // Which key opens the file now, on a fresh connection (which rolls back a re-encryption
    // left incomplete: SQLCipher 3 does not report a failed commit of its rekey).
    const auto newOpens = keyOpens(d.path, newKey, d.options.sqliteVfs);
    if (!newOpens || !*newOpens) {
        const auto oldOpens = keyOpens(d.path, *oldKey, d.options.sqliteVfs);
        if (!oldOpens || !*oldOpens) {
            d.wipe();
            constexpr Text failed =
                BS_TR("vault", "the passphrase change failed while re-encrypting the vault "
                               "(%1); unlock it with the old or the new passphrase, and if "
                               "neither opens it, restore it from a backup");
            if (!newOpens)
                return fail(failed, newOpens.error());
            if (!oldOpens)
                return fail(failed, oldOpens.error());
            return fail(BS_TR("vault", "the passphrase change failed while re-encrypting the "
                                       "vault (neither key opens it); unlock it with the old or "
                                       "the new passphrase, and if neither opens it, restore it "
                                       "from a backup"));
        }
        // Still under the old key: nothing changed.
        (void)VaultHeader::removePending(d.path);
        if (wasUnlocked && !d.openConnection())
            d.wipe();
        if (!rekeyed)
            return notChanged(rekeyed.error());
        if (!newOpens)
            return notChanged(newOpens.error());
        return notChanged(fail(BS_TR("vault", "the vault could not be re-encrypted")));
    }

    // 3. and 4. From here the file is under the new key, so the new passphrase is the
    //    vault's: the database records the new header's cost, the new header replaces the old.
    if (auto ok = d.finishChange(next, newKey); !ok) {
        d.wipe();
        return fail(BS_TR("vault", "the passphrase change could not be finished (%1): the vault "
                                   "now opens with the new passphrase only; unlock it with the "
                                   "new passphrase to finish the change"),
                    ok.error());
    }
    d.header = std::move(next);
    if (wasUnlocked) {
        d.dbKey = std::move(newKey);
        if (auto ok = d.openConnection(); !ok) {
            d.wipe();
            return fail(BS_TR("vault", "the passphrase was changed, but the vault could not be "
                                       "opened again (%1); unlock it with the new passphrase"),
                        ok.error());
        }
    }
    return {};
}

QString Vault::path() const
{
    return m_impl->path;
}

KdfParams Vault::kdfParams() const
{
    return m_impl->header.kdf;
}

Result<Profile> Vault::profile() const
{
    if (!m_impl->unlocked())
        return fail(kLocked);
    return m_impl->readProfile();
}

Result<void> Vault::setProfile(const Profile& profile)
{
    Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    if (auto ok = validateProfile(profile); !ok)
        return ok;
    // The database only: the header's metadata copy needs the key-encryption key, which is
    // not kept after unlock; the next unlock refreshes it (Vault::unlock).
    return d.db.transaction([&] { return d.insertProfile(profile, true); });
}

Result<void> Vault::setWalletKey(const crypto::EcdsaPrivateKey& key)
{
    if (!m_impl->unlocked())
        return fail(kLocked);
    const crypto::SecureBytes<32> secret = key.exportSecret();
    return m_impl->putSecret("wallet", secret.bytes());
}

Result<crypto::EcdsaPrivateKey> Vault::walletKey() const
{
    if (!m_impl->unlocked())
        return fail(kLocked);
    auto s = m_impl->getSecret("wallet", BS_TR("vault", "no wallet key in this vault"));
    if (!s)
        return s.error();
    auto key = crypto::EcdsaPrivateKey::fromBytes(s->bytes());
    if (!key)
        return fail(BS_TR("vault", "the wallet key stored in the vault is invalid; restore it "
                                   "from a backup"));
    return std::move(*key);
}

Result<void> Vault::setEercDecryptionKey(const crypto::SecureBuffer& asciiHex)
{
    if (!m_impl->unlocked())
        return fail(kLocked);
    if (auto ok = validateHexKey(asciiHex, kInvalidEercKey); !ok)
        return ok;
    return m_impl->putSecret("eerc", asciiHex.bytes());
}

Result<crypto::SecureBuffer> Vault::eercDecryptionKey() const
{
    if (!m_impl->unlocked())
        return fail(kLocked);
    return m_impl->getSecret("eerc", BS_TR("vault", "no eERC key in this vault"));
}

Result<void> Vault::setAuditorKey(const crypto::SecureBuffer& asciiHex)
{
    if (!m_impl->unlocked())
        return fail(kLocked);
    if (auto ok = validateHexKey(asciiHex, kInvalidAuditorKey); !ok)
        return ok;
    return m_impl->putSecret("auditor", asciiHex.bytes());
}

Result<crypto::SecureBuffer> Vault::auditorKey() const
{
    if (!m_impl->unlocked())
        return fail(kLocked);
    return m_impl->getSecret("auditor", BS_TR("vault", "no auditor key in this vault"));
}

HistoryStore Vault::history()
{
    return HistoryStore(m_impl->store());
}

ClaimStore Vault::claims()
{
    return ClaimStore(m_impl->store());
}

AuditStore Vault::audit()
{
    return AuditStore(m_impl->store());
}

CacheStore Vault::cache()
{
    return CacheStore(m_impl->store());
}

SettingsStore Vault::settings()
{
    return SettingsStore(m_impl->store());
}

Result<void> Vault::exportBackup(const QString& outPath,
                                 std::span<const char> backupPassphrase,
                                 std::optional<KdfParams> kdf) const
{
    const Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    if (QFileInfo::exists(outPath))
        return fail(BS_TR("vault", "%1 already exists; choose another file name"),
                    outPath.toStdString());
    BackupContents c;
    auto profile = d.readProfile();
    if (!profile)
        return profile.error();
    c.profile = std::move(*profile);
    auto wallet = d.findSecret("wallet");
    if (!wallet)
        return wallet.error();
    if (*wallet) {
        if ((*wallet)->size() != 32)
            return fail(BS_TR("vault", "the wallet key stored in the vault is invalid"));
        c.walletKey = crypto::SecureBytes<32>::copyOf(
            std::span<const std::uint8_t, 32>((*wallet)->data(), 32));
    }
    for (auto [kind, target] :
         {std::pair{"eerc", &c.eercDecryptionKey}, std::pair{"auditor", &c.auditorKey}}) {
        auto secret = d.findSecret(kind);
        if (!secret)
            return secret.error();
        if (*secret)
            *target = std::move(**secret);
    }
    auto params = kdfForWriting(kdf);
    if (!params)
        return params.error();
    auto file = encodeBackup(c, backupPassphrase, *params);
    if (!file)
        return file.error();
    return util::writeFileAtomically(outPath, *file);
}

Result<Vault> Vault::restoreBackup(const QString& backupPath,
                                   std::span<const char> backupPassphrase,
                                   const QString& newVaultPath,
                                   std::span<const char> newVaultPassphrase,
                                   std::optional<KdfParams> kdf,
                                   const VaultOptions& options)
{
    auto bytes = util::readSmallFile(backupPath, 2 << 20);
    if (!bytes)
        return bytes.error();
    auto contents = decodeBackup(*bytes, backupPassphrase);
    if (!contents)
        return contents.error();
    const BackupContents& c = *contents;
    if (c.walletKey && !crypto::EcdsaPrivateKey::fromBytes(c.walletKey->bytes()))
        return fail(BS_TR("vault", "the backup's wallet key is invalid"));
    for (auto [invalid, secret] :
         {std::pair{BS_TR("vault", "the backup's eERC key is invalid"), &c.eercDecryptionKey},
          std::pair{BS_TR("vault", "the backup's auditor key is invalid"), &c.auditorKey}}) {
        if (!secret->empty() && !isHexKey(*secret))
            return fail(invalid);
    }
    auto impl = createImpl(newVaultPath, c.profile, newVaultPassphrase, kdf, options,
                           [&](Impl& i) -> Result<void> {
                               if (auto ok = fillCurrentSchema(i, c.profile); !ok)
                                   return ok;
                               return storeKeys(i, c.walletKey ? &*c.walletKey : nullptr,
                                                c.eercDecryptionKey, c.auditorKey);
                           });
    if (!impl)
        return impl.error();
    return Vault(std::move(*impl));
}

namespace testing {

void setBeforeHeaderWrite(std::function<void()> hook)
{
    g_beforeHeaderWrite = std::move(hook);
}

void setAfterChangeStep(std::function<void(ChangeStep)> hook)
{
    g_afterChangeStep = std::move(hook);
}

Result<void> createWithDatabase(const QString& path,
                                const Profile& profile,
                                std::span<const char> passphrase,
                                const KdfParams& kdf,
                                const std::function<bool(sqlite3*)>& populate,
                                const VaultOptions& options)
{
    auto impl = createImpl(path, profile, passphrase, kdf, options, [&](Vault::Impl& i) {
        return populate(i.db.handle())
                   ? Result<void>()
                   : Result<void>(fail(BS_TR("vault", "the test's populate step failed")));
    });
    if (!impl)
        return impl.error();
    return {};
}

} // namespace testing

} // namespace bs::vault
