// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/file_lock.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <string>
#include <thread>
#include <utility>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace bs::vault {

QString FileLock::pathFor(const QString& vaultPath)
{
    return vaultPath + QStringLiteral(".lock");
}

FileLock::~FileLock()
{
    release();
}

FileLock::FileLock(FileLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{}

FileLock& FileLock::operator=(FileLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

#ifndef _WIN32

void FileLock::release()
{
    if (m_fd >= 0) {
        // Closing the descriptor drops the flock.
        ::close(m_fd);
        m_fd = -1;
    }
}

Result<FileLock> FileLock::acquire(const QString& vaultPath, std::chrono::milliseconds timeout)
{
    const QString path = pathFor(vaultPath);
    const QByteArray name = QFile::encodeName(path);
    FileLock lock;
    // O_NOFOLLOW: a symlink planted at the lock's name must not make us create or truncate
    // another file. No O_TRUNC: the file's content is irrelevant.
    lock.m_fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (lock.m_fd < 0) {
        const int err = errno;
        return fail(BS_TR("vault", "cannot create the vault's lock file %1 (%2); check the "
                                   "folder's permissions"),
                    path.toStdString(), std::strerror(err));
    }
    struct stat st
    {};
    if (::fstat(lock.m_fd, &st) == 0 && st.st_uid == ::geteuid() &&
        (st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        (void)::fchmod(lock.m_fd, 0600);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (::flock(lock.m_fd, LOCK_EX | LOCK_NB) == 0)
            return lock;
        if (errno == EINTR)
            continue;
        if (const int err = errno; err != EWOULDBLOCK)
            return fail(BS_TR("vault", "cannot lock the vault's lock file %1 (%2)"),
                        path.toStdString(), std::strerror(err));
        if (std::chrono::steady_clock::now() >= deadline)
            return fail(BS_TR(
                "vault", "the vault is busy: another BackendShield process is changing it; try "
                         "again in a moment"));
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

#else

void FileLock::release()
{
    m_fd = -1;
}

Result<FileLock> FileLock::acquire(const QString&, std::chrono::milliseconds)
{
    return FileLock();
}

#endif

} // namespace bs::vault
