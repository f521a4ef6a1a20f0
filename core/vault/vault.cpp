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

constexpr quint64 kMaxStored = quint64(std::numeric_limits<qint64>::max());
constexpr int kMaxNameBytes = 256;
constexpr qsizetype kMaxNetworkDescription = 1 << 20;
constexpr int kPageSize = 1024;

const char kLocked[] = "the vault is locked; unlock it with its passphrase first";

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
        return fail("the vault database cannot be read with the key in its header: the file is "
                    "damaged, truncated, or not the database this header belongs to; restore it "
                    "from a backup");
    return {};
}

// One line about what integrity_check found: "page N is damaged or was altered" when it
// names a page (its report is a multi-line list, e.g. "*** in database main ***\nPage 5:
// ..." or "On tree page 3 cell 0: ..."), else its first line, cut short.
std::string describeDamage(const std::string& report)
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
            return "page " + digits + " is damaged or was altered";
    }
    // No page number: the first line that is not a "*** in database main ***" banner.
    std::size_t start = 0;
    while (start < report.size()) {
        const std::size_t end = std::min(report.find('\n', start), report.size());
        const std::string line = oneLine(std::string_view(report).substr(start, end - start), 120);
        if (!line.empty() && line.rfind("***", 0) != 0)
            return line;
        start = end + 1;
    }
    return "unreadable integrity report";
}

// Reads every page of the database: `full` runs integrity_check (also cross-checks indexes),
// otherwise quick_check (still visits every b-tree and overflow page). auto_vacuum = FULL
// keeps the free list empty at every commit, so no page escapes the b-tree walk; a free page
// found here is reported rather than left unread. The file's size must match the page count
// exactly, so a truncation at a page boundary is caught too.
Result<void> checkPages(Database& db, const QString& path, bool full)
{
    const auto damaged = [](const std::string& what) {
        return fail("the vault file failed verification (" + oneLine(what, 120) +
                    "): it is damaged or was altered; restore the vault from a backup");
    };
    auto st = db.prepare(full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    if (!st)
        return damaged(st.error().message);
    auto row = st->step();
    if (!row)
        return damaged(row.error().message);
    if (!*row)
        return damaged("no result");
    if (st->columnText(0) != QLatin1String("ok")) {
        const std::string what = describeDamage(st->columnText(0).toStdString());
        if (what.rfind("page ", 0) == 0)
            return fail("the vault file failed verification: " + what +
                        "; restore the vault from a backup");
        return damaged(what);
    }
    auto freePages = db.queryInt("PRAGMA freelist_count");
    if (!freePages)
        return damaged(freePages.error().message);
    if (*freePages != 0)
        return damaged(std::to_string(*freePages) + " free pages that cannot be checked");
    auto pageSize = db.queryInt("PRAGMA page_size");
    auto pageCount = db.queryInt("PRAGMA page_count");
    if (!pageSize || !pageCount)
        return damaged("page count unreadable");
    if (*pageSize != kPageSize)
        return damaged("unexpected page size " + std::to_string(*pageSize));
    const qint64 fileSize = QFileInfo(path).size();
    if (fileSize != *pageSize * *pageCount)
        return damaged("file size " + std::to_string(fileSize) + " bytes, expected " +
                       std::to_string(*pageSize * *pageCount));
    return {};
}

Result<void> validateProfile(const Profile& p)
{
    if (p.name.trimmed().isEmpty())
        return fail("the profile name is empty; give the profile a name");
    if (p.name.toUtf8().size() > kMaxNameBytes ||
        (p.network && p.network->name.toUtf8().size() > kMaxNameBytes))
        return fail("the profile or network name is too long (at most 256 bytes)");
    if (!p.network)
        return {};
    const chain::Network& n = *p.network;
    if (n.deployment.chainId == 0)
        return fail("the network has no chain id");
    if (n.deployment.chainId > kMaxStored || n.deployment.deploymentBlock > kMaxStored)
        return fail("the chain id or deployment block is too large");
    if (n.rpcUrl.toString().size() > 2048 ||
        (n.operatorUrl && n.operatorUrl->toString().size() > 2048))
        return fail("a network URL is too long");
    if (chain::toJson(n).size() > kMaxNetworkDescription)
        return fail("the network description is too large (at most 1 MiB)");
    return {};
}

Result<void> checkPassphrase(std::span<const char> pass, const char* what)
{
    if (pass.empty())
        return fail(std::string("the ") + what + " is empty; choose one");
    return {};
}

bool isDecimal(const QString& s)
{
    if (s.isEmpty() || s.size() > 80)
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isTxHash(const QString& s)
{
    if (s.size() != 66 || !s.startsWith(QLatin1String("0x")))
        return false;
    for (qsizetype i = 2; i < s.size(); ++i) {
        const QChar c = s[i].toLower();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

Result<void> validateHexKey(const crypto::SecureBuffer& asciiHex, const char* what)
{
    // The string form of eerc::EercKey::decryptionKey(); the vault checks only its shape.
    const std::string_view text(reinterpret_cast<const char*>(asciiHex.data()), asciiHex.size());
    if (text.empty() || text.size() > 64 || !util::isHexDigits(text))
        return fail(std::string("invalid ") + what +
                    ": a decryption key must be 1 to 64 hexadecimal digits, without 0x.");
    return {};
}

void removeVaultFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(FileLock::pathFor(path));
}

std::function<void()> g_beforeHeaderWrite;

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
        return fail("the vault's record of its passphrase protection is damaged; restore it "
                    "from a backup");
    return std::optional<RecordedKdf>(std::move(r));
}

const char kChangedElsewhere[] = "the passphrase was changed elsewhere; lock and unlock again";

} // namespace

struct Vault::Impl
{
    QString path;
    VaultOptions options;
    VaultHeader header;
    // Present only while unlocked.
    Database db;
    std::optional<crypto::SecureBytes<32>> dbKey;
    // The key-encryption key exists only inside create and unlock (to write the header) and
    // is wiped before they return: an unlocked vault holds the database key alone.
    std::optional<crypto::SecureBytes<32>> kek;

    bool unlocked() const { return db.isOpen() && dbKey; }

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
        auto st = db.prepare("SELECT name, role, chain_id, network_name, rpc_url, operator_url, "
                             "registrar, eerc, token, deployment_block, allow_plain_http, "
                             "description FROM profile WHERE id = 1");
        if (!st)
            return st.error();
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return fail("the vault has no profile: it is damaged; restore it from a backup");
        Profile p;
        p.name = st->columnText(0);
        const auto role = parseRole(st->columnText(1));
        if (!role)
            return fail("the vault's profile has an unknown role; restore it from a backup");
        p.role = *role;
        const NetworkIdentity id{
            quint64(st->columnInt(2)), st->columnText(3),         st->columnText(4),
            st->columnText(5),         st->columnText(6),         st->columnText(7),
            st->columnText(8),         quint64(st->columnInt(9)), st->columnInt(10) != 0};
        auto network = networkOf(id, st->columnText(11).toUtf8());
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
            if (!sameKeyWrapping(*onDisk, header))
                return fail(kChangedElsewhere);
        }
        header.wrap(*kek, *dbKey);
        return header.write(path);
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
        auto st = db.prepare("SELECT secret FROM keys WHERE kind = ?");
        if (!st)
            return st.error();
        st->bind(1, QString::fromLatin1(kind));
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<crypto::SecureBuffer>();
        return std::optional<crypto::SecureBuffer>(st->columnSecret(0));
    }

    Result<crypto::SecureBuffer> getSecret(const char* kind, const char* absent) const
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
    if (auto ok = checkPassphrase(passphrase, "passphrase"); !ok)
        return ok.error();
    if (QFileInfo::exists(path) || QFileInfo::exists(VaultHeader::pathFor(path)))
        return fail(path.toStdString() + " (or its .header) already exists; choose another "
                                         "file name");
    const KdfParams params = kdf ? *kdf : KdfParams::calibrate();
    if (auto ok = validateKdfForWriting(params); !ok)
        return ok.error();

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
        if (auto ok = validateHexKey(keys.eercDecryptionKey, "eERC decryption key"); !ok)
            return ok.error();
    }
    if (!keys.auditorKey.empty()) {
        if (auto ok = validateHexKey(keys.auditorKey, "auditor key"); !ok)
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
        return fail("the vault database " + path.toStdString() +
                    " is missing (only its header exists); restore it from a backup");
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
        return fail("the vault database " + d.path.toStdString() + " is missing");
    // An empty file would open as a new, empty database: refuse it before SQLite sees it.
    if (const qint64 size = QFileInfo(d.path).size(); size < kPageSize)
        return fail("the vault file is empty or truncated (" + std::to_string(size) +
                    " bytes); it was not read: restore it from a backup");
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
            return fail("the vault database is empty or damaged (no schema); restore it from a "
                        "backup");
        if (auto m = migrate(d.db); !m)
            return m.error();
        auto recorded = recordedKdf(d.db);
        if (!recorded)
            return recorded.error();
        if (*recorded && kdfWork(d.header.kdf) < kdfWork((*recorded)->kdf))
            return fail("the vault's header file is an older copy with weaker passphrase "
                        "protection than the vault last had; it was refused: put the current "
                        "header back or restore the vault from a backup");
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
            // Refused (and left alone) if the passphrase was changed elsewhere meanwhile.
            (void)d.writeHeader();
        }
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
    if (auto ok = checkPassphrase(newPass, "new passphrase"); !ok)
        return ok;
    // The whole read-rewrap-write under the vault's lock, so two changes never interleave.
    auto lock = FileLock::acquire(d.path);
    if (!lock)
        return fail("the passphrase was not changed: " + lock.error().message);
    auto h = VaultHeader::read(d.path);
    if (!h)
        return h.error();
    auto oldKek = deriveKey(oldPass, h->salt, h->kdf);
    if (!oldKek)
        return oldKek.error();
    auto dbKey = h->unwrap(*oldKek);
    if (!dbKey)
        return dbKey.error();
    VaultHeader next = *h;
    if (kdf)
        next.kdf = *kdf;
    else if (!validateKdfForWriting(next.kdf))
        next.kdf = KdfParams::minimum(); // an old, weaker vault gets at least the minimum
    if (auto ok = validateKdfForWriting(next.kdf); !ok)
        return ok;
    crypto::randomBytes(next.salt);
    auto newKek = deriveKey(newPass, next.salt, next.kdf);
    if (!newKek)
        return newKek.error();
    next.wrap(*newKek, *dbKey);

    // The database records the header's salt and cost (unlock refuses a weaker header than
    // the record). Ordered so that no crash leaves a record stronger than the header on disk:
    // a lower cost is recorded before the header is written, the rest after.
    std::optional<Database> own;
    Database* db = d.unlocked() ? &d.db : nullptr;
    const auto record = [&](const VaultHeader& which) -> Result<void> {
        if (!db) {
            auto opened = Database::openKeyed(d.path, *dbKey, d.options.sqliteVfs);
            if (!opened)
                return opened.error();
            own.emplace(std::move(*opened));
            db = &*own;
            if (auto ok = configureConnection(*db); !ok)
                return ok;
        }
        return db->transaction([&] { return recordKdf(*db, which); });
    };
    if (kdfWork(next.kdf) < kdfWork(h->kdf)) {
        if (auto ok = record(next); !ok)
            return fail("the passphrase was not changed: " + ok.error().message);
    }
    if (auto ok = next.write(d.path); !ok)
        return fail("the passphrase was not changed: " + ok.error().message);
    d.header = std::move(next);
    // Best effort: if this fails, the next unlock records the (stronger or equal) header.
    (void)record(d.header);
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
    auto s = m_impl->getSecret("wallet", "no wallet key in this vault");
    if (!s)
        return s.error();
    auto key = crypto::EcdsaPrivateKey::fromBytes(s->bytes());
    if (!key)
        return fail("the wallet key stored in the vault is invalid; restore it from a backup");
    return std::move(*key);
}

Result<void> Vault::setEercDecryptionKey(const crypto::SecureBuffer& asciiHex)
{
    if (!m_impl->unlocked())
        return fail(kLocked);
    if (auto ok = validateHexKey(asciiHex, "eERC decryption key"); !ok)
        return ok;
    return m_impl->putSecret("eerc", asciiHex.bytes());
}

Result<crypto::SecureBuffer> Vault::eercDecryptionKey() const
{
    if (!m_impl->unlocked())
        return fail(kLocked);
    return m_impl->getSecret("eerc", "no eERC key in this vault");
}

Result<void> Vault::setAuditorKey(const crypto::SecureBuffer& asciiHex)
{
    if (!m_impl->unlocked())
        return fail(kLocked);
    if (auto ok = validateHexKey(asciiHex, "auditor key"); !ok)
        return ok;
    return m_impl->putSecret("auditor", asciiHex.bytes());
}

Result<crypto::SecureBuffer> Vault::auditorKey() const
{
    if (!m_impl->unlocked())
        return fail(kLocked);
    return m_impl->getSecret("auditor", "no auditor key in this vault");
}

Result<QString> Vault::setting(const QString& key, const QString& fallback) const
{
    if (!m_impl->unlocked())
        return fail(kLocked);
    auto st = m_impl->db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!st)
        return st.error();
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->columnText(0) : fallback;
}

Result<void> Vault::setSetting(const QString& key, const QString& value)
{
    Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    if (key.isEmpty())
        return fail("a setting needs a name");
    return d.db.transaction([&]() -> Result<void> {
        auto st = d.db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
        if (!st)
            return st.error();
        st->bind(1, key).bind(2, value);
        return st->run();
    });
}

Result<int> Vault::autoLockMinutes() const
{
    auto v =
        setting(QLatin1String(kSettingAutoLockMinutes), QString::number(kDefaultAutoLockMinutes));
    if (!v)
        return v.error();
    bool ok = false;
    const int minutes = v->toInt(&ok);
    if (!ok)
        return kDefaultAutoLockMinutes;
    // A value stored by other means (setSetting) is clamped: the vault always locks itself.
    return std::clamp(minutes, kMinAutoLockMinutes, kMaxAutoLockMinutes);
}

Result<void> Vault::setAutoLockMinutes(int minutes)
{
    if (minutes < kMinAutoLockMinutes || minutes > kMaxAutoLockMinutes)
        return fail("the auto-lock time must be between 1 and 1440 minutes");
    return setSetting(QLatin1String(kSettingAutoLockMinutes), QString::number(minutes));
}

namespace {

Result<void> validateHistory(const std::vector<HistoryEntry>& entries)
{
    for (const HistoryEntry& e : entries) {
        if (e.kind != QLatin1String("credit") && e.kind != QLatin1String("debit"))
            return fail("a history entry's kind must be credit or debit");
        if (!isTxHash(e.txHash))
            return fail("a history entry has an invalid transaction hash");
        if (!isDecimal(e.amount))
            return fail("a history entry's amount must be a decimal number of base units");
        if (e.tokenId > kMaxStored || e.blockNumber > kMaxStored)
            return fail("a history entry's token id or block number is too large");
    }
    return {};
}

// Inside a transaction: stores `entries` as results of `scan`.
Result<void>
insertHistory(Database& db, const std::vector<HistoryEntry>& entries, const QString& scan)
{
    auto st = db.prepare("INSERT OR REPLACE INTO history (tx_hash, log_index, kind, token_id, "
                         "source, block_number, block_time, counterparty, amount, decrypted, "
                         "scan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    for (const HistoryEntry& e : entries) {
        st->bind(1, e.txHash.toLower())
            .bind(2, qint64(e.logIndex))
            .bind(3, e.kind)
            .bind(4, qint64(e.tokenId))
            .bind(5, e.source)
            .bind(6, qint64(e.blockNumber))
            .bind(7, e.blockTime)
            .bind(8, e.counterparty)
            .bind(9, e.amount)
            .bind(10, qint64(e.decrypted ? 1 : 0))
            .bind(11, scan);
        if (auto ok = st->run(); !ok)
            return ok;
        st->reset();
    }
    return {};
}

Result<std::vector<HistoryEntry>> readHistory(Statement& st)
{
    std::vector<HistoryEntry> out;
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        HistoryEntry e;
        e.tokenId = quint64(st.columnInt(0));
        e.kind = st.columnText(1);
        e.source = st.columnText(2);
        e.blockNumber = quint64(st.columnInt(3));
        e.blockTime = st.columnInt(4);
        e.txHash = st.columnText(5);
        e.logIndex = quint32(st.columnInt(6));
        e.counterparty = st.columnText(7);
        e.amount = st.columnText(8);
        e.decrypted = st.columnInt(9) != 0;
        out.push_back(std::move(e));
    }
    return out;
}

constexpr char kHistoryColumns[] =
    "SELECT token_id, kind, source, block_number, block_time, tx_hash, log_index, "
    "counterparty, amount, decrypted FROM history ";

} // namespace

Result<void> Vault::putHistory(const std::vector<HistoryEntry>& entries)
{
    Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    if (auto ok = validateHistory(entries); !ok)
        return ok;
    return d.db.transaction([&] { return insertHistory(d.db, entries, QString()); });
}

Result<void> Vault::appendHistory(const std::vector<HistoryEntry>& entries,
                                  const QString& scanName,
                                  quint64 scannedTo)
{
    Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    if (scanName.isEmpty())
        return fail("a history scan needs a name");
    if (scannedTo > kMaxStored)
        return fail("the checkpoint block number is too large");
    if (auto ok = validateHistory(entries); !ok)
        return ok;
    return d.db.transaction([&]() -> Result<void> {
        if (auto ok = insertHistory(d.db, entries, scanName); !ok)
            return ok;
        auto st = d.db.prepare("INSERT OR REPLACE INTO checkpoints (name, block) VALUES (?, ?)");
        if (!st)
            return st.error();
        st->bind(1, scanName).bind(2, qint64(scannedTo));
        return st->run();
    });
}

Result<std::vector<HistoryEntry>> Vault::history(quint64 tokenId) const
{
    const Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    auto st = d.db.prepare(
        (std::string(kHistoryColumns) + "WHERE token_id = ? ORDER BY block_number, log_index, kind")
            .c_str());
    if (!st)
        return st.error();
    st->bind(1, qint64(tokenId));
    return readHistory(*st);
}

Result<std::vector<HistoryEntry>> Vault::scanHistory(const QString& scanName) const
{
    const Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    auto st = d.db.prepare(
        (std::string(kHistoryColumns) + "WHERE scan = ? ORDER BY block_number, log_index, kind")
            .c_str());
    if (!st)
        return st.error();
    st->bind(1, scanName);
    return readHistory(*st);
}

Result<std::optional<quint64>> Vault::checkpoint(const QString& scanName) const
{
    const Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    auto st = d.db.prepare("SELECT block FROM checkpoints WHERE name = ?");
    if (!st)
        return st.error();
    st->bind(1, scanName);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<quint64>();
    return std::optional<quint64>(quint64(st->columnInt(0)));
}

Result<void> Vault::setCheckpoint(const QString& scanName, quint64 block)
{
    Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    if (block > kMaxStored)
        return fail("the checkpoint block number is too large");
    return d.db.transaction([&]() -> Result<void> {
        auto st = d.db.prepare("INSERT OR REPLACE INTO checkpoints (name, block) VALUES (?, ?)");
        if (!st)
            return st.error();
        st->bind(1, scanName).bind(2, qint64(block));
        return st->run();
    });
}

Result<void> Vault::dropHistoryFrom(const QString& scanName, quint64 block)
{
    Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    if (scanName.isEmpty())
        return fail("a history scan needs a name");
    const qint64 from = qint64(std::min(block, kMaxStored));
    return d.db.transaction([&]() -> Result<void> {
        auto del = d.db.prepare("DELETE FROM history WHERE scan = ?1 AND block_number >= ?2");
        if (!del)
            return del.error();
        del->bind(1, scanName).bind(2, from);
        if (auto ok = del->run(); !ok)
            return ok;
        auto cp = from == 0 ? d.db.prepare("DELETE FROM checkpoints WHERE name = ?1 AND ?2 = 0")
                            : d.db.prepare("UPDATE checkpoints SET block = ?2 - 1 "
                                           "WHERE name = ?1 AND block >= ?2");
        if (!cp)
            return cp.error();
        cp->bind(1, scanName).bind(2, from);
        return cp->run();
    });
}

Result<void> Vault::dropHistoryFrom(quint64 block)
{
    Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    const qint64 from = qint64(std::min(block, kMaxStored));
    return d.db.transaction([&]() -> Result<void> {
        auto del = d.db.prepare("DELETE FROM history WHERE block_number >= ?");
        if (!del)
            return del.error();
        del->bind(1, from);
        if (auto ok = del->run(); !ok)
            return ok;
        auto cp = from == 0
                      ? d.db.prepare("DELETE FROM checkpoints WHERE block >= ?")
                      : d.db.prepare("UPDATE checkpoints SET block = ?1 - 1 WHERE block >= ?1");
        if (!cp)
            return cp.error();
        cp->bind(1, from);
        return cp->run();
    });
}

Result<void> Vault::putPendingClaim(const PendingClaim& c)
{
    Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    if (!isTxHash(c.txHash))
        return fail("the claim has an invalid transaction hash");
    if (!isDecimal(c.amount))
        return fail("the claim's amount must be a decimal number of base units");
    if (c.tokenId > kMaxStored || c.nonce > kMaxStored)
        return fail("the claim's token id or nonce is too large");
    return d.db.transaction([&]() -> Result<void> {
        auto st = d.db.prepare("INSERT OR REPLACE INTO pending_claims (tx_hash, token_id, "
                               "amount, state, created_at, nonce) VALUES (?, ?, ?, ?, ?, ?)");
        if (!st)
            return st.error();
        st->bind(1, c.txHash.toLower())
            .bind(2, qint64(c.tokenId))
            .bind(3, c.amount)
            .bind(4, claimStateName(c.state))
            .bind(5, c.createdAt)
            .bind(6, qint64(c.nonce));
        return st->run();
    });
}

Result<std::vector<PendingClaim>> Vault::pendingClaims() const
{
    const Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    auto st = d.db.prepare("SELECT tx_hash, token_id, amount, state, created_at, nonce "
                           "FROM pending_claims ORDER BY created_at, tx_hash");
    if (!st)
        return st.error();
    std::vector<PendingClaim> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        PendingClaim c;
        c.txHash = st->columnText(0);
        c.tokenId = quint64(st->columnInt(1));
        c.amount = st->columnText(2);
        const auto state = parseClaimState(st->columnText(3));
        if (!state)
            return fail("a stored claim has an unknown state; the vault is damaged");
        c.state = *state;
        c.createdAt = st->columnInt(4);
        c.nonce = quint64(st->columnInt(5));
        out.push_back(std::move(c));
    }
    return out;
}

Result<void> Vault::setClaimState(const QString& txHash, ClaimState state)
{
    Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    return d.db.transaction([&]() -> Result<void> {
        auto st = d.db.prepare("UPDATE pending_claims SET state = ? WHERE tx_hash = ?");
        if (!st)
            return st.error();
        st->bind(1, claimStateName(state)).bind(2, txHash.toLower());
        if (auto ok = st->run(); !ok)
            return ok;
        if (sqlite3_changes(d.db.handle()) == 0)
            return fail("no pending claim with transaction hash " + txHash.toStdString());
        return {};
    });
}

Result<void> Vault::putCache(const QString& key, const QByteArray& json, const QString& etag)
{
    Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    return d.db.transaction([&]() -> Result<void> {
        auto st = d.db.prepare("INSERT OR REPLACE INTO operator_cache (key, json, etag, "
                               "stored_at) VALUES (?, ?, ?, ?)");
        if (!st)
            return st.error();
        st->bind(1, key)
            .bindBlob(2, json.constData(), std::size_t(json.size()))
            .bind(3, etag)
            .bind(4, QDateTime::currentMSecsSinceEpoch());
        return st->run();
    });
}

Result<std::optional<CachedBlob>> Vault::cache(const QString& key) const
{
    const Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    auto st = d.db.prepare("SELECT json, etag, stored_at FROM operator_cache WHERE key = ?");
    if (!st)
        return st.error();
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<CachedBlob>();
    return std::optional<CachedBlob>(
        CachedBlob{st->columnBlob(0), st->columnText(1), st->columnInt(2)});
}

Result<void> Vault::exportBackup(const QString& outPath,
                                 std::span<const char> backupPassphrase) const
{
    const Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    if (QFileInfo::exists(outPath))
        return fail(outPath.toStdString() + " already exists; choose another file name");
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
            return fail("the wallet key stored in the vault is invalid");
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
    auto file = encodeBackup(c, backupPassphrase, d.header.kdf);
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
        return fail("the backup's wallet key is invalid");
    for (auto [kind, secret] :
         {std::pair{"eERC", &c.eercDecryptionKey}, std::pair{"auditor", &c.auditorKey}}) {
        if (!secret->empty() && !validateHexKey(*secret, kind))
            return fail("the backup's " + std::string(kind) + " key is invalid");
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

// ---- The auditor's work ----

Result<std::optional<Vault::AuditScanState>> Vault::auditScanState() const
{
    const Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    auto st = d.db.prepare("SELECT scope, scanned_to FROM audit_scan WHERE id = 1");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<AuditScanState>();
    if (st->columnInt(1) < 0)
        return fail("the auditor's scan state in the vault is damaged");
    return std::optional<AuditScanState>(
        AuditScanState{st->columnText(0), quint64(st->columnInt(1))});
}

Result<std::vector<Vault::AuditEventRow>> Vault::auditEvents() const
{
    const Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    auto st = d.db.prepare("SELECT block_number, log_index, payload FROM audit_events ORDER BY "
                           "block_number, log_index");
    if (!st)
        return st.error();
    std::vector<AuditEventRow> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 block = st->columnInt(0);
        const qint64 logIndex = st->columnInt(1);
        if (block < 0 || logIndex < 0 || logIndex > qint64(0xffffffff))
            return fail("the auditor's events in the vault are damaged");
        out.push_back(AuditEventRow{quint64(block), quint32(logIndex), st->columnBlob(2)});
    }
    return out;
}

Result<void> Vault::replaceAuditEvents(const QString& scope,
                                       quint64 fromBlock,
                                       const std::vector<AuditEventRow>& rows,
                                       quint64 scannedTo)
{
    Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    if (scannedTo > kMaxStored)
        return fail("the checkpoint block number is too large");
    for (const AuditEventRow& r : rows)
        if (r.blockNumber > kMaxStored || r.blockNumber < fromBlock)
            return fail("an audit event is outside the blocks scanned");
    return d.db.transaction([&]() -> Result<void> {
        auto old = d.db.queryText("SELECT scope FROM audit_scan WHERE id = 1");
        if (!old)
            return old.error();
        if (*old != scope) {
            if (auto ok = d.db.exec("DELETE FROM audit_events"); !ok)
                return ok;
        }
        auto del = d.db.prepare("DELETE FROM audit_events WHERE block_number >= ?");
        if (!del)
            return del.error();
        del->bind(1, qint64(std::min(fromBlock, kMaxStored)));
        if (auto ok = del->run(); !ok)
            return ok;
        auto ins = d.db.prepare("INSERT OR REPLACE INTO audit_events (block_number, log_index, "
                                "payload) VALUES (?, ?, ?)");
        if (!ins)
            return ins.error();
        for (const AuditEventRow& r : rows) {
            ins->reset();
            ins->bind(1, qint64(r.blockNumber))
                .bind(2, qint64(r.logIndex))
                .bindBlob(3, r.payload.constData(), std::size_t(r.payload.size()));
            if (auto ok = ins->run(); !ok)
                return ok;
        }
        auto state = d.db.prepare(
            "INSERT OR REPLACE INTO audit_scan (id, scope, scanned_to) VALUES (1, ?, ?)");
        if (!state)
            return state.error();
        state->bind(1, scope).bind(2, qint64(scannedTo));
        return state->run();
    });
}

Result<qint64>
Vault::addAuditRun(qint64 createdAt, const QString& summary, const QByteArray& report)
{
    Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    qint64 id = 0;
    auto ok = d.db.transaction([&]() -> Result<void> {
        auto st =
            d.db.prepare("INSERT INTO audit_runs (created_at, summary, report) VALUES (?, ?, ?)");
        if (!st)
            return st.error();
        st->bind(1, createdAt)
            .bind(2, summary)
            .bindBlob(3, report.constData(), std::size_t(report.size()));
        if (auto run = st->run(); !run)
            return run;
        auto last = d.db.queryInt("SELECT last_insert_rowid()");
        if (!last)
            return last.error();
        id = *last;
        return {};
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<std::vector<Vault::AuditRunRow>> Vault::auditRuns() const
{
    const Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    auto st = d.db.prepare("SELECT id, created_at, summary FROM audit_runs ORDER BY id DESC");
    if (!st)
        return st.error();
    std::vector<AuditRunRow> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.push_back(AuditRunRow{st->columnInt(0), st->columnInt(1), st->columnText(2)});
    }
    return out;
}

Result<std::optional<QByteArray>> Vault::auditRunReport(qint64 id) const
{
    const Impl& d = *m_impl;
    if (!d.unlocked())
        return fail(kLocked);
    auto st = d.db.prepare("SELECT report FROM audit_runs WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(st->columnBlob(0));
}

namespace testing {

void setBeforeHeaderWrite(std::function<void()> hook)
{
    g_beforeHeaderWrite = std::move(hook);
}

Result<void> createWithDatabase(const QString& path,
                                const Profile& profile,
                                std::span<const char> passphrase,
                                const KdfParams& kdf,
                                const std::function<bool(sqlite3*)>& populate,
                                const VaultOptions& options)
{
    auto impl = createImpl(path, profile, passphrase, kdf, options, [&](Vault::Impl& i) {
        return populate(i.db.handle()) ? Result<void>()
                                       : Result<void>(fail("the test's populate step failed"));
    });
    if (!impl)
        return impl.error();
    return {};
}

} // namespace testing

} // namespace bs::vault
