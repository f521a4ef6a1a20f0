// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/secure_buffer.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <openssl/crypto.h>
#include <ostream>
#include <unordered_map>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace bs::crypto {

namespace {

std::atomic<testing::WipeObserver> g_wipeObserver{nullptr};

std::size_t pageSize()
{
    static const std::size_t size = [] {
#ifdef _WIN32
        SYSTEM_INFO info;
        GetSystemInfo(&info);
        return static_cast<std::size_t>(info.dwPageSize);
#else
        const long ps = sysconf(_SC_PAGESIZE);
        return ps > 0 ? static_cast<std::size_t>(ps) : std::size_t{4096};
#endif
    }();
    return size;
}

bool osLockPage(void* page, std::size_t len)
{
#ifdef _WIN32
    return VirtualLock(page, len) != 0;
#else
    const bool ok = mlock(page, len) == 0;
#ifdef MADV_DONTDUMP
    // Keep secrets out of core dumps too; failure is harmless.
    (void)madvise(page, len, MADV_DONTDUMP);
#endif
    return ok;
#endif
}

void osUnlockPage(void* page, std::size_t len, bool wasLocked)
{
#ifdef _WIN32
    if (wasLocked)
        VirtualUnlock(page, len);
#else
    if (wasLocked)
        munlock(page, len);
#ifdef MADV_DODUMP
    (void)madvise(page, len, MADV_DODUMP);
#endif
#endif
}

// OS page locks do not nest: one munlock unlocks a page whatever the number of mlock calls.
// Several small secrets share pages, so we count users per page and only lock on the
// first user and unlock after the last.
class PageLocker
{
public:
    static PageLocker& instance()
    {
        // Never destroyed: SecureBuffers with static storage may be released after every
        // other static object is gone.
        static PageLocker* const locker = new PageLocker;
        return *locker;
    }

    // Returns true when every page of [p, p+n) is locked.
    bool acquire(const void* p, std::size_t n)
    {
        const std::lock_guard guard(m_mutex);
        bool all = true;
        forEachPage(p, n, [&](std::uintptr_t page) {
            Entry& e = m_pages[page];
            if (e.users++ == 0)
                e.locked = osLockPage(reinterpret_cast<void*>(page), pageSize());
            all = all && e.locked;
        });
        return all;
    }

    void release(const void* p, std::size_t n)
    {
        const std::lock_guard guard(m_mutex);
        forEachPage(p, n, [&](std::uintptr_t page) {
            auto it = m_pages.find(page);
            if (it == m_pages.end())
                return; // cannot happen: acquire() registered every page
            if (--it->second.users == 0) {
                osUnlockPage(reinterpret_cast<void*>(page), pageSize(), it->second.locked);
                m_pages.erase(it);
            }
        });
    }

private:
    struct Entry
    {
        std::size_t users = 0;
        bool locked = false;
    };

    template <class F>
    static void forEachPage(const void* p, std::size_t n, F&& f)
    {
        const std::uintptr_t ps = pageSize();
        const auto begin = reinterpret_cast<std::uintptr_t>(p) & ~(ps - 1);
        const auto end = reinterpret_cast<std::uintptr_t>(p) + n;
        for (std::uintptr_t page = begin; page < end; page += ps)
            f(page);
    }

    std::mutex m_mutex;
    std::unordered_map<std::uintptr_t, Entry> m_pages;
};

} // namespace

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (size == 0)
        return;
    void* p = std::calloc(size, 1);
    if (p == nullptr)
        throw std::bad_alloc();
    m_data = static_cast<std::uint8_t*>(p);
    m_size = size;
    m_locked = PageLocker::instance().acquire(m_data, m_size);
}

SecureBuffer SecureBuffer::copyOf(std::span<const std::uint8_t> bytes)
{
    SecureBuffer out(bytes.size());
    if (!bytes.empty())
        std::memcpy(out.m_data, bytes.data(), bytes.size());
    return out;
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_locked(std::exchange(other.m_locked, true))
{}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_locked = std::exchange(other.m_locked, true);
    }
    return *this;
}

SecureBuffer SecureBuffer::clone() const
{
    return copyOf(bytes());
}

void SecureBuffer::clear() noexcept
{
    if (m_data == nullptr)
        return;
    OPENSSL_cleanse(m_data, m_size);
    if (const auto observer = g_wipeObserver.load(std::memory_order_acquire))
        observer(m_data, m_size);
    PageLocker::instance().release(m_data, m_size);
    std::free(m_data);
    m_data = nullptr;
    m_size = 0;
    m_locked = true;
}

bool SecureBuffer::equals(const SecureBuffer& other) const noexcept
{
    return constantTimeEqual(bytes(), other.bytes());
}

bool constantTimeEqual(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) noexcept
{
    if (a.size() != b.size())
        return false;
    if (a.empty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::ostream& operator<<(std::ostream& os, const SecureBuffer&)
{
    return os << kRedacted;
}

QDebug redactedDebug(QDebug dbg)
{
    QDebugStateSaver saver(dbg);
    dbg.noquote() << kRedacted;
    return dbg;
}

QDebug operator<<(QDebug dbg, const SecureBuffer&)
{
    return redactedDebug(dbg);
}

namespace testing {
void setWipeObserver(WipeObserver observer) noexcept
{
    g_wipeObserver.store(observer, std::memory_order_release);
}
} // namespace testing

} // namespace bs::crypto
