// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A thin RAII layer over SQLCipher's C API: one keyed connection, prepared statements, and
// transactions that roll back unless committed. Error texts are for the user: they say what
// happened to the vault file, not which SQLite call failed.

#include "crypto/secure_buffer.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace bs::vault {

// The user-facing error for an SQLite result code, e.g. SQLITE_FULL -> "the disk is full...".
// Always one line (the detail goes through oneLine).
Error sqliteError(int code, const char* detail);

// `text` as one line for an error message: line breaks and other control characters become
// "; " or spaces, runs of blanks collapse, and it is cut at `maxChars` (with "...").
std::string oneLine(std::string_view text, std::size_t maxChars = 160);

class Statement;

// What keeps SQLite's memory clean of decrypted data. `sqlcipherPragma`: SQLCipher's
// cipher_memory_security read back ON at the last keyed open (SQLCipher 4; 3.4 has no such
// setting). `wipingAllocator`: this module's own allocator wrapper is installed, which zeroes
// every block SQLite frees (always, unless something initialised SQLite before this library
// was loaded). The first keyed open logs once (category "bs.vault") when the pragma is not
// on: at info level (hidden by default) with the wiping allocator, as a warning without it.
struct MemorySecurity
{
    bool sqlcipherPragma = false;
    bool wipingAllocator = false;
};
MemorySecurity memorySecurity();

class Database
{
public:
    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens an existing file read-write (never creates it: the vault creates the file itself
    // with mode 0600 first) and keys it with the raw 32-byte key, then applies the cipher and
    // connection settings (see the .cpp for each and why). `vfs` empty: SQLite's default.
    // Nothing is read from the file yet: a wrong key shows at the first query.
    static Result<Database>
    openKeyed(const QString& path, const crypto::SecureBytes<32>& key, const QString& vfs);

    // Re-encrypts every page under `newKey` (SQLCipher's rekey: one write transaction over the
    // whole file, its rollback journal under the old key). SQLCipher 3 does not report a
    // failed commit of that transaction: check with a fresh connection which key opens the
    // file afterwards (the fresh connection rolls back an incomplete one).
    Result<void> rekey(const crypto::SecureBytes<32>& newKey);

    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }
    // Closes the connection; SQLCipher wipes its copy of the key.
    void close();

    Result<void> exec(const char* sql);
    Result<Statement> prepare(const char* sql) const;
    // Prepares `sql`, lets `bind` bind its parameters, and steps once: the statement on its
    // first row, or nullopt when the query has none.
    Result<std::optional<Statement>>
    firstRow(const char* sql, const std::function<void(Statement&)>& bind = {}) const;
    // The single integer a PRAGMA or SELECT returns.
    Result<qint64> queryInt(const char* sql) const;
    // The first column of the first row as text; empty when there is no row.
    Result<QString> queryText(const char* sql) const;
    // Reads the cipher settings back (page size 1024, HMAC on, kdf_iter 64000): SQLCipher
    // takes invalid or unknown values without an error. openKeyed runs it.
    Result<void> checkCipherSettings() const;

    // Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it fails or throws.
    template <class F>
    Result<void> transaction(F&& body)
    {
        if (auto ok = exec("BEGIN IMMEDIATE"); !ok)
            return ok;
        try {
            Result<void> r = body();
            if (!r) {
                rollback();
                return r;
            }
        } catch (...) {
            rollback();
            throw;
        }
        if (auto ok = exec("COMMIT"); !ok) {
            rollback();
            return ok;
        }
        return {};
    }

    Error lastError(int code) const;

    // Asked when SQLite reports that the key does not decrypt the file (SQLITE_NOTADB) on this
    // open connection: an error that explains it better (the passphrase was changed by
    // another Vault or process, which re-encrypted the file under a new key), or nullopt for
    // the generic "damaged" one. Cleared by close().
    void setWrongKeyExplanation(std::function<std::optional<Error>()> explain);

private:
    Error errorFor(int code, const char* detail) const;
    void rollback();
    sqlite3* m_db = nullptr;
    std::function<std::optional<Error>()> m_explainWrongKey;
};

class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Bind by 1-based index. Text is bound as UTF-8; blobs are copied by SQLite.
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, qint64 value);
    Statement& bindBlob(int index, const void* data, std::size_t size);
    Statement& bindNull(int index);

    // Steps once: true while a row is available, false when done; fails on errors.
    Result<bool> step();
    // Steps to completion (for statements without rows).
    Result<void> run();
    // Steps through every row, calling `onRow` (a Result<void>() that reads the columns) at
    // each; stops at the first error, SQLite's or onRow's.
    template <class F>
    Result<void> eachRow(F&& onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            if (Result<void> ok = onRow(); !ok)
                return ok;
        }
    }
    // Makes the statement ready to run again with new bindings.
    void reset();

    qint64 columnInt(int i) const;
    QString columnText(int i) const;
    QByteArray columnBlob(int i) const;
    // Copies the column's bytes into secure memory without an intermediate QByteArray.
    crypto::SecureBuffer columnSecret(int i) const;
    bool columnIsNull(int i) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* s, const Database* db)
        : m_stmt(s)
        , m_db(db)
    {}
    sqlite3_stmt* m_stmt = nullptr;
    const Database* m_db = nullptr;
};

} // namespace bs::vault
