// SPDX-License-Identifier: GPL-3.0-or-later
// A test-only SQLite VFS that forwards to the default VFS and fails operations on demand, like
// KeePassXC's failure-injecting devices: register it once, open the vault with
// VaultOptions{kFaultVfsName}, then arm it to fail the n-th write (or fsync), read, or file
// deletion (the rollback journal's, at commit) from now on with SQLITE_FULL or SQLITE_IOERR_*,
// or (killAtFailure) to kill the process with SIGKILL right there, before the operation: a
// crash at exactly that point of a commit.
#pragma once

#include <atomic>
#include <csignal>
#include <cstring>
#include <sqlite3.h>

namespace bs::test {

inline constexpr const char* kFaultVfsName = "bs-fault";

// Which operations an armed plan counts and fails.
enum FaultOps : unsigned
{
    FaultWrites = 1,  // xWrite, xTruncate, xSync on any file of the connection
    FaultReads = 2,   // xRead
    FaultDeletes = 4, // xDelete (SQLite deletes the rollback journal to commit)
};

struct FaultPlan
{
    unsigned kinds = FaultWrites;
    // Operations of `kinds` still allowed before failing; -1: never fail.
    int opsBeforeFailure = -1;
    int failCode = SQLITE_FULL;
    // Keep failing after the first failure (a full disk stays full) or fail once.
    bool sticky = true;
    int failures = 0; // how many operations failed so far
    int ops = 0;      // how many operations were seen (armed or not)
    // Instead of failing the operation, kill the process (SIGKILL) before it runs.
    bool killAtFailure = false;
};

inline FaultPlan& faultPlan()
{
    static FaultPlan plan;
    return plan;
}

namespace detail {

struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

inline sqlite3_vfs* realVfs(sqlite3_vfs* v)
{
    return static_cast<sqlite3_vfs*>(v->pAppData);
}

inline sqlite3_file* real(sqlite3_file* f)
{
    return reinterpret_cast<FaultFile*>(f)->real;
}

// Returns the error to inject for this operation, or SQLITE_OK.
inline int injected(unsigned kind, int ioerrCode)
{
    FaultPlan& p = faultPlan();
    if ((p.kinds & kind) == 0)
        return SQLITE_OK;
    ++p.ops;
    if (p.opsBeforeFailure < 0)
        return SQLITE_OK;
    if (p.opsBeforeFailure > 0) {
        --p.opsBeforeFailure;
        return SQLITE_OK;
    }
    if (p.killAtFailure)
        std::raise(SIGKILL);
    ++p.failures;
    if (!p.sticky)
        p.opsBeforeFailure = -1;
    // A read or a deletion does not report a full disk.
    return p.failCode == SQLITE_FULL && kind == FaultWrites ? SQLITE_FULL : ioerrCode;
}

inline int xClose(sqlite3_file* f)
{
    sqlite3_file* r = real(f);
    return r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
}
inline int xRead(sqlite3_file* f, void* b, int n, sqlite3_int64 off)
{
    if (const int rc = injected(FaultReads, SQLITE_IOERR_READ))
        return rc;
    return real(f)->pMethods->xRead(real(f), b, n, off);
}
inline int xWrite(sqlite3_file* f, const void* b, int n, sqlite3_int64 off)
{
    if (const int rc = injected(FaultWrites, SQLITE_IOERR_WRITE))
        return rc;
    return real(f)->pMethods->xWrite(real(f), b, n, off);
}
inline int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (const int rc = injected(FaultWrites, SQLITE_IOERR_TRUNCATE))
        return rc;
    return real(f)->pMethods->xTruncate(real(f), size);
}
inline int xSync(sqlite3_file* f, int flags)
{
    if (const int rc = injected(FaultWrites, SQLITE_IOERR_FSYNC))
        return rc;
    return real(f)->pMethods->xSync(real(f), flags);
}
inline int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
inline int xLock(sqlite3_file* f, int l)
{
    return real(f)->pMethods->xLock(real(f), l);
}
inline int xUnlock(sqlite3_file* f, int l)
{
    return real(f)->pMethods->xUnlock(real(f), l);
}
inline int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
inline int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
inline int xSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
inline int xDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

inline const sqlite3_io_methods kMethods = {
    1, // no shared memory (rollback journal only) and no mmap through this shim
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

inline int xOpen(sqlite3_vfs* v, const char* name, sqlite3_file* f, int flags, int* outFlags)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    ff->real = reinterpret_cast<sqlite3_file*>(ff + 1);
    std::memset(ff->real, 0, std::size_t(realVfs(v)->szOsFile));
    const int rc = realVfs(v)->xOpen(realVfs(v), name, ff->real, flags, outFlags);
    ff->base.pMethods = ff->real->pMethods ? &kMethods : nullptr;
    return rc;
}
inline int xDelete(sqlite3_vfs* v, const char* name, int syncDir)
{
    if (const int rc = injected(FaultDeletes, SQLITE_IOERR_DELETE))
        return rc;
    return realVfs(v)->xDelete(realVfs(v), name, syncDir);
}
inline int xAccess(sqlite3_vfs* v, const char* name, int flags, int* out)
{
    return realVfs(v)->xAccess(realVfs(v), name, flags, out);
}
inline int xFullPathname(sqlite3_vfs* v, const char* name, int n, char* out)
{
    return realVfs(v)->xFullPathname(realVfs(v), name, n, out);
}
inline int xRandomness(sqlite3_vfs* v, int n, char* out)
{
    return realVfs(v)->xRandomness(realVfs(v), n, out);
}
inline int xSleep(sqlite3_vfs* v, int us)
{
    return realVfs(v)->xSleep(realVfs(v), us);
}
inline int xCurrentTime(sqlite3_vfs* v, double* t)
{
    return realVfs(v)->xCurrentTime(realVfs(v), t);
}
inline int xGetLastError(sqlite3_vfs* v, int n, char* out)
{
    return realVfs(v)->xGetLastError(realVfs(v), n, out);
}
inline int xCurrentTimeInt64(sqlite3_vfs* v, sqlite3_int64* t)
{
    return realVfs(v)->xCurrentTimeInt64(realVfs(v), t);
}

} // namespace detail

// Registers the VFS (idempotent). Not the default: only connections that name it use it.
inline void registerFaultVfs()
{
    static sqlite3_vfs vfs = [] {
        sqlite3_initialize();
        sqlite3_vfs* base = sqlite3_vfs_find(nullptr);
        sqlite3_vfs v{};
        v.iVersion = 2;
        v.szOsFile = int(sizeof(detail::FaultFile)) + base->szOsFile;
        v.mxPathname = base->mxPathname;
        v.zName = kFaultVfsName;
        v.pAppData = base;
        v.xOpen = detail::xOpen;
        v.xDelete = detail::xDelete;
        v.xAccess = detail::xAccess;
        v.xFullPathname = detail::xFullPathname;
        v.xRandomness = detail::xRandomness;
        v.xSleep = detail::xSleep;
        v.xCurrentTime = detail::xCurrentTime;
        v.xGetLastError = detail::xGetLastError;
        v.xCurrentTimeInt64 = detail::xCurrentTimeInt64;
        return v;
    }();
    static const bool registered = sqlite3_vfs_register(&vfs, 0) == SQLITE_OK;
    (void)registered;
}

// Fail from the (n+1)-th operation of `kinds` on; n = -1 disarms.
inline void armFault(int n, int code, bool sticky = true, unsigned kinds = FaultWrites)
{
    FaultPlan& p = faultPlan();
    p.killAtFailure = false;
    p.kinds = kinds;
    p.opsBeforeFailure = n;
    p.failCode = code;
    p.sticky = sticky;
    p.failures = 0;
    p.ops = 0;
}

inline void disarmFault()
{
    armFault(-1, SQLITE_FULL);
}

// Kill the process (SIGKILL) at the (n+1)-th operation of `kinds` from now on.
inline void armKill(int n, unsigned kinds)
{
    armFault(n, SQLITE_OK, true, kinds);
    faultPlan().killAtFailure = true;
}

} // namespace bs::test
