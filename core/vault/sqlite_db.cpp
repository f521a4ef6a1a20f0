// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/sqlite_db.h"

#include "util/hex.h"

#include <QLoggingCategory>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
#include <openssl/crypto.h>
#include <sqlite3.h>
#include <utility>

Q_LOGGING_CATEGORY(lcVault, "bs.vault", QtWarningMsg)

namespace bs::vault {

namespace {

// SQLite's allocator, wrapped so that every block is zeroed before it is freed or moved:
// decrypted pages (the keys table among them), bound and fetched values all live in SQLite's
// heap, and SQLCipher 3.4 wipes only its own buffers (its key, its page-crypto scratch).
// SQLCipher 4's cipher_memory_security does the same thing; 3.4 has no such setting.
// sqlite3_config works only before SQLite initialises, hence a static initialiser: it runs
// when this file is linked in, before main and before any connection.
sqlite3_mem_methods g_sqliteDefault{};

void wipingFree(void* p)
{
    if (p)
        OPENSSL_cleanse(p, std::size_t(g_sqliteDefault.xSize(p)));
    g_sqliteDefault.xFree(p);
}

void* wipingRealloc(void* p, int n)
{
    if (!p)
        return g_sqliteDefault.xMalloc(n);
    const int old = g_sqliteDefault.xSize(p);
    if (n <= old)
        return p;
    void* grown = g_sqliteDefault.xMalloc(n);
    if (!grown)
        return nullptr;
    std::memcpy(grown, p, std::size_t(old));
    wipingFree(p);
    return grown;
}

bool installWipingAllocator()
{
    if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &g_sqliteDefault) != SQLITE_OK)
        return false;
    const sqlite3_mem_methods wiping{
        [](int n) { return g_sqliteDefault.xMalloc(n); },
        wipingFree,
        wipingRealloc,
        [](void* p) { return g_sqliteDefault.xSize(p); },
        [](int n) { return g_sqliteDefault.xRoundup(n); },
        [](void*) { return g_sqliteDefault.xInit(g_sqliteDefault.pAppData); },
        [](void*) { g_sqliteDefault.xShutdown(g_sqliteDefault.pAppData); },
        nullptr};
    return sqlite3_config(SQLITE_CONFIG_MALLOC, &wiping) == SQLITE_OK;
}

const bool g_wipingAllocator = installWipingAllocator();
std::atomic<int> g_memorySecurityPragma{-1};

// Records what cipher_memory_security read back as and says it once per process.
void noteMemorySecurity(const Result<QString>& readBack)
{
    const bool on = readBack && *readBack == QLatin1String("1");
    g_memorySecurityPragma.store(on ? 1 : 0);
    static std::once_flag once;
    std::call_once(once, [&] {
        if (on)
            return;
        const QByteArray why = readBack && readBack->isEmpty()
                                   ? QByteArray("this SQLCipher has no cipher_memory_security")
                                   : QByteArray("SQLCipher did not turn cipher_memory_security on");
        if (g_wipingAllocator)
            qCInfo(lcVault, "%s; the vault wipes SQLite's freed memory itself", why.constData());
        else
            qCWarning(lcVault,
                      "%s, and the vault could not install its wiping allocator: "
                      "SQLite's freed memory (decrypted pages) is not wiped",
                      why.constData());
    });
}

} // namespace

MemorySecurity memorySecurity()
{
    return MemorySecurity{g_memorySecurityPragma.load() == 1, g_wipingAllocator};
}

std::string oneLine(std::string_view text, std::size_t maxChars)
{
    std::string out;
    out.reserve(std::min(text.size(), maxChars + 3));
    bool pendingBreak = false;
    bool pendingSpace = false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n' || c == '\r') {
            pendingBreak = !out.empty();
            continue;
        }
        if (u < 0x20 || u == 0x7f || c == ' ') {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingBreak)
            out += "; ";
        else if (pendingSpace)
            out += ' ';
        pendingBreak = pendingSpace = false;
        if (out.size() >= maxChars) {
            // Cut on a UTF-8 character boundary.
            while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xc0) == 0x80)
                out.pop_back();
            if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xc0)
                out.pop_back();
            out += "...";
            return out;
        }
        out += c;
    }
    return out;
}

Error sqliteError(int code, const char* detail)
{
    // With SQLite's own words (one line) where it has some: one whole sentence per case.
    const std::string d = detail ? oneLine(detail) : std::string();
    switch (code & 0xff) {
    case SQLITE_FULL:
        return fail(BS_TR("vault", "the disk is full: the change was not saved; free some space "
                                   "and try again"));
    case SQLITE_IOERR:
        if (detail)
            return fail(BS_TR("vault", "a read or write error on the vault file (%1): nothing "
                                       "was changed; check the disk and try again"),
                        d);
        return fail(BS_TR("vault", "a read or write error on the vault file: nothing was "
                                   "changed; check the disk and try again"));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        if (detail)
            return fail(BS_TR("vault", "the vault file is damaged, truncated or not a "
                                       "BackendShield vault (%1); it was not read: restore it "
                                       "from a backup"),
                        d);
        return fail(BS_TR("vault", "the vault file is damaged, truncated or not a BackendShield "
                                   "vault; it was not read: restore it from a backup"));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return fail(BS_TR("vault", "the vault is in use by another BackendShield process; close "
                                   "it and try again"));
    case SQLITE_READONLY:
        return fail(BS_TR("vault", "the vault file is read-only; check its permissions"));
    case SQLITE_CANTOPEN:
        if (detail)
            return fail(BS_TR("vault", "the vault file cannot be opened (%1); check that it "
                                       "exists and is readable"),
                        d);
        return fail(BS_TR("vault", "the vault file cannot be opened; check that it exists and "
                                   "is readable"));
    case SQLITE_NOMEM:
        return fail(BS_TR("vault", "out of memory while using the vault"));
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return fail(BS_TR("vault", "no permission to use the vault file; check its permissions"));
    default:
        if (detail)
            return fail(BS_TR("vault", "the vault database reported an error (%1)"), d);
        return fail(BS_TR("vault", "the vault database reported an error"));
    }
}

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_explainWrongKey(std::exchange(other.m_explainWrongKey, {}))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_explainWrongKey = std::exchange(other.m_explainWrongKey, {});
    }
    return *this;
}

void Database::close()
{
    if (m_db) {
        // sqlite3_close_v2 defers the close until the last statement is finalised; all of
        // ours are RAII-scoped, so this closes now and SQLCipher wipes its key material.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_explainWrongKey = {};
}

void Database::setWrongKeyExplanation(std::function<std::optional<Error>()> explain)
{
    m_explainWrongKey = std::move(explain);
}

Error Database::errorFor(int code, const char* detail) const
{
    if ((code & 0xff) == SQLITE_NOTADB && m_explainWrongKey) {
        if (auto why = m_explainWrongKey())
            return std::move(*why);
    }
    return sqliteError(code, detail);
}

Error Database::lastError(int code) const
{
    return errorFor(code, m_db ? sqlite3_errmsg(m_db) : nullptr);
}

namespace {

constexpr std::size_t kRawKeyTextSize = 3 + 64;

// Raw key: "x'<64 hex>'" makes SQLCipher use the 32 bytes as the AES key directly, no PBKDF2
// (our scrypt already did the slow part). The text lives in secure memory.
crypto::SecureBuffer rawKeyText(const crypto::SecureBytes<32>& key)
{
    crypto::SecureBuffer text(kRawKeyTextSize);
    auto* c = reinterpret_cast<char*>(text.data());
    c[0] = 'x';
    c[1] = '\'';
    util::hexEncodeLowerInto(key.bytes(), std::span<char>(c + 2, 64));
    c[66] = '\'';
    return text;
}

} // namespace

Result<void> Database::rekey(const crypto::SecureBytes<32>& newKey)
{
    const int rc = sqlite3_rekey(m_db, rawKeyText(newKey).data(), int(kRawKeyTextSize));
    if (rc != SQLITE_OK)
        return lastError(rc);
    return {};
}

Result<Database>
Database::openKeyed(const QString& path, const crypto::SecureBytes<32>& key, const QString& vfs)
{
    Database db;
    const QByteArray name = path.toUtf8();
    const QByteArray vfsName = vfs.toUtf8();
    const int rc =
        sqlite3_open_v2(name.constData(), &db.m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX,
                        vfs.isEmpty() ? nullptr : vfsName.constData());
    if (rc != SQLITE_OK) {
        Error e = db.lastError(rc);
        return e;
    }
    sqlite3_extended_result_codes(db.m_db, 1);

    if (sqlite3_key(db.m_db, rawKeyText(key).data(), int(kRawKeyTextSize)) != SQLITE_OK)
        return fail(
            BS_TR("vault", "the vault database could not be keyed (SQLCipher refused the key)"));

    // This must be SQLCipher: plain SQLite would ignore the key and every cipher pragma and
    // write the vault unencrypted.
    {
        auto version = db.queryText("PRAGMA cipher_version");
        if (!version || version->isEmpty())
            return fail(BS_TR("vault", "this SQLite has no SQLCipher; BackendShield needs "
                                       "SQLCipher to open vaults (install the sqlcipher library "
                                       "it was built for)"));
    }

    // Cipher settings, explicit so that SQLCipher 4 builds elsewhere read and write the same
    // format as Debian's SQLCipher 3.4. cipher_compatibility comes first because on 4.x it
    // resets the other cipher settings to the 3.x defaults; 3.4 does not know it, and
    // cipher_memory_security (4.x: wipe freed memory; 3.4 has no such setting, see
    // memorySecurity) may be refused too: those two may fail. kdf_iter does not apply to raw
    // keys; set so the format is pinned.
    (void)sqlite3_exec(db.m_db, "PRAGMA cipher_compatibility = 3", nullptr, nullptr, nullptr);
    for (const char* sql : {"PRAGMA cipher_page_size = 1024", "PRAGMA cipher_use_hmac = ON",
                            "PRAGMA kdf_iter = 64000"}) {
        if (sqlite3_exec(db.m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(BS_TR("vault", "the vault database could not be configured (SQLCipher "
                                       "refused \"%1\")"),
                        sql);
    }
    (void)sqlite3_exec(db.m_db, "PRAGMA cipher_memory_security = ON", nullptr, nullptr, nullptr);
    noteMemorySecurity(db.queryText("PRAGMA cipher_memory_security"));
    // SQLCipher accepts unknown or invalid values silently: read the settings back.
    if (auto ok = db.checkCipherSettings(); !ok)
        return ok.error();
    return db;
}

Result<void> Database::exec(const char* sql)
{
    char* msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        Error e = errorFor(rc, msg ? msg : sqlite3_errmsg(m_db));
        sqlite3_free(msg);
        return e;
    }
    return {};
}

void Database::rollback()
{
    if (m_db && !sqlite3_get_autocommit(m_db))
        (void)sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

Result<Statement> Database::prepare(const char* sql) const
{
    sqlite3_stmt* s = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr);
    if (rc != SQLITE_OK)
        return lastError(rc);
    return Statement(s, this);
}

Result<void> Database::checkCipherSettings() const
{
    const std::pair<const char*, const char*> expected[] = {
        {"PRAGMA cipher_page_size", "1024"},
        {"PRAGMA cipher_use_hmac", "1"},
        {"PRAGMA kdf_iter", "64000"},
    };
    for (const auto& [sql, value] : expected) {
        auto got = queryText(sql);
        if (!got || *got != QLatin1String(value))
            return fail(BS_TR("vault", "the vault database could not be configured (%1 is not "
                                       "%2 in this SQLCipher)"),
                        sql, value);
    }
    return {};
}

Result<std::optional<Statement>>
Database::firstRow(const char* sql, const std::function<void(Statement&)>& bind) const
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    if (bind)
        bind(*st);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Statement>();
    return std::optional<Statement>(std::move(*st));
}

Result<QString> Database::queryText(const char* sql) const
{
    auto row = firstRow(sql);
    if (!row)
        return row.error();
    return *row ? (*row)->columnText(0) : QString();
}

Result<qint64> Database::queryInt(const char* sql) const
{
    auto row = firstRow(sql);
    if (!row)
        return row.error();
    if (!*row)
        return fail(BS_TR("vault", "the vault database returned no value for %1"), sql);
    return (*row)->columnInt(0);
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
    }
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, std::size_t size)
{
    sqlite3_bind_blob(m_stmt, index, size ? data : "", int(size), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->lastError(rc);
}

Result<void> Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::columnInt(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
}

QString Statement::columnText(int i) const
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
    return t ? QString::fromUtf8(t, sqlite3_column_bytes(m_stmt, i)) : QString();
}

QByteArray Statement::columnBlob(int i) const
{
    const void* b = sqlite3_column_blob(m_stmt, i);
    return b ? QByteArray(static_cast<const char*>(b), sqlite3_column_bytes(m_stmt, i))
             : QByteArray();
}

crypto::SecureBuffer Statement::columnSecret(int i) const
{
    const void* b = sqlite3_column_blob(m_stmt, i);
    const int n = sqlite3_column_bytes(m_stmt, i);
    crypto::SecureBuffer out(b ? std::size_t(n) : 0);
    if (b && n > 0)
        std::memcpy(out.data(), b, std::size_t(n));
    return out;
}

bool Statement::columnIsNull(int i) const
{
    return sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
}

} // namespace bs::vault
