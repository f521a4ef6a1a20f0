// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/atomic_file.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace bs::util {

namespace {

std::atomic<int> g_failError{0};
std::atomic<int> g_failCount{0};

// Consumes one injected failure, if any.
int injectedError()
{
    int count = g_failCount.load();
    while (count > 0) {
        if (g_failCount.compare_exchange_weak(count, count - 1))
            return g_failError.load();
    }
    return 0;
}

constexpr Text kCouldNotWrite = BS_TR("util", "could not write %1 (%2)");
constexpr Text kAlreadyExists = BS_TR("util", "%1 already exists; choose another file name");
constexpr Text kTooLarge = BS_TR("util", "%1 is too large to be what it should be");

Error describe(const QString& path, int err)
{
    const std::string p = path.toStdString();
    if (err == ENOSPC || err == EDQUOT)
        return fail(BS_TR("util", "the disk is full: could not write %1; free some space and "
                                  "try again"),
                    p);
    if (err == EACCES || err == EPERM || err == EROFS)
        return fail(BS_TR("util", "no permission to write %1; check the folder's permissions"), p);
    return fail(kCouldNotWrite, p, std::strerror(err));
}

} // namespace

namespace testing {
void failAtomicWrites(int error, int count)
{
    g_failError.store(error);
    g_failCount.store(count);
}
} // namespace testing

#ifndef _WIN32

namespace {

bool writeAll(int fd, const char* data, std::size_t size, int& err)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            return false;
        }
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

// fsync of the directory holding `path`, so a rename or a new file survives a power cut.
void syncDirectory(const QString& path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    // A unique temporary name in the same directory (so rename stays atomic): two writers of
    // the same file never share or delete each other's temporary file. mkostemp creates it
    // with mode 0600 and O_EXCL.
    QByteArray tmpName = QFile::encodeName(path) + ".tmpXXXXXX";
    const QByteArray finalName = QFile::encodeName(path);
    const int fd = ::mkostemp(tmpName.data(), O_CLOEXEC);
    if (fd < 0)
        return describe(path, errno);
    int err = 0;
    bool ok = ::fchmod(fd, 0600) == 0 || (err = errno, false);
    if (ok) {
        if (const int injected = injectedError()) {
            err = injected;
            ok = false;
        }
    }
    ok = ok && writeAll(fd, bytes.constData(), std::size_t(bytes.size()), err);
    ok = ok && (::fsync(fd) == 0 || (err = errno, false));
    if (::close(fd) != 0 && ok) {
        err = errno;
        ok = false;
    }
    if (!ok) {
        ::unlink(tmpName.constData());
        return describe(path, err);
    }
    if (::rename(tmpName.constData(), finalName.constData()) != 0) {
        err = errno;
        ::unlink(tmpName.constData());
        return describe(path, err);
    }
    syncDirectory(path);
    return {};
}

Result<void> createPrivateFile(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return fail(kAlreadyExists, path.toStdString());
        return describe(path, errno);
    }
    // The mode given to open() is filtered by the umask, which cannot add bits to 0600;
    // fchmod anyway so the promise does not depend on that reasoning.
    const bool ok = ::fchmod(fd, 0600) == 0 && ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(name.constData());
        return describe(path, err);
    }
    syncDirectory(path);
    return {};
}

bool isAccessibleByOthers(const QString& path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & (S_IRWXG | S_IRWXO)) != 0;
}

#else // _WIN32: ACLs of the user's profile folder protect the files; QSaveFile renames.

Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    if (const int injected = injectedError())
        return describe(path, injected);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(kCouldNotWrite, path.toStdString(), f.errorString().toStdString());
    return {};
}

Result<void> createPrivateFile(const QString& path)
{
    if (QFileInfo::exists(path))
        return fail(kAlreadyExists, path.toStdString());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(BS_TR("util", "could not create %1 (%2)"), path.toStdString(),
                    f.errorString().toStdString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

bool isAccessibleByOthers(const QString&)
{
    return false;
}

#endif

Result<QByteArray> readSmallFile(const QString& path, qint64 maxSize)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(BS_TR("util", "cannot read %1 (%2)"), path.toStdString(),
                    f.errorString().toStdString());
    if (f.size() > maxSize)
        return fail(kTooLarge, path.toStdString());
    QByteArray data = f.read(maxSize + 1);
    if (data.size() > maxSize)
        return fail(kTooLarge, path.toStdString());
    return data;
}

} // namespace bs::util
