// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Memory for secrets (wallet keys, eERC keys, passphrases).
//
// Promises of every type in this header:
//  - the bytes live in memory that is locked against swapping where the OS allows it
//    (mlock / VirtualLock). Failure to lock (e.g. RLIMIT_MEMLOCK exhausted) is not fatal;
//    it is recorded and can be queried with `locked()`;
//  - the bytes are wiped with OPENSSL_cleanse before the memory is released, and when an
//    object is moved from;
//  - nothing converts implicitly to std::string, QString, QByteArray or QVariant, and nothing
//    is copied implicitly: copies are explicit (`clone()`);
//  - streaming to std::ostream or QDebug prints "<redacted>".

#include <QDebug>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <new>
#include <span>
#include <type_traits>
#include <utility>

namespace bs::crypto {

// The text every redacted secret prints as.
inline constexpr const char* kRedacted = "<redacted>";

// Writes kRedacted to `dbg` (unquoted).
QDebug redactedDebug(QDebug dbg);

class SecureBuffer
{
public:
    // Empty buffer: no allocation.
    SecureBuffer() noexcept = default;
    // `size` zero bytes.
    explicit SecureBuffer(std::size_t size);
    // Copy of `bytes`. The caller remains responsible for wiping its own copy.
    static SecureBuffer copyOf(std::span<const std::uint8_t> bytes);

    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    // An independent copy in its own locked memory.
    SecureBuffer clone() const;

    std::size_t size() const noexcept { return m_size; }
    bool empty() const noexcept { return m_size == 0; }
    std::uint8_t* data() noexcept { return m_data; }
    const std::uint8_t* data() const noexcept { return m_data; }
    std::span<std::uint8_t> bytes() noexcept { return {m_data, m_size}; }
    std::span<const std::uint8_t> bytes() const noexcept { return {m_data, m_size}; }
    // The bytes as text (a passphrase, a key string), for APIs that take chars.
    std::span<const char> chars() const noexcept
    {
        return {reinterpret_cast<const char*>(m_data), m_size};
    }

    // True when every page holding the bytes is locked in RAM (always true when empty).
    bool locked() const noexcept { return m_locked; }

    // Wipes and releases the memory; the buffer becomes empty.
    void clear() noexcept;

    // Constant-time comparison of contents (sizes are not secret).
    bool equals(const SecureBuffer& other) const noexcept;

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
    bool m_locked = true;
};

std::ostream& operator<<(std::ostream& os, const SecureBuffer&);
QDebug operator<<(QDebug dbg, const SecureBuffer&);

// A secret of exactly N bytes.
template <std::size_t N>
class SecureBytes
{
public:
    // N zero bytes.
    SecureBytes()
        : m_buf(N)
    {}
    static SecureBytes copyOf(std::span<const std::uint8_t, N> bytes)
    {
        SecureBytes out;
        std::copy(bytes.begin(), bytes.end(), out.m_buf.data());
        return out;
    }

    SecureBytes(SecureBytes&&) noexcept = default;
    SecureBytes& operator=(SecureBytes&&) noexcept = default;
    SecureBytes clone() const { return SecureBytes(m_buf.clone()); }

    // Access is invalid after the object was moved from (a bug, not a user error).
    std::span<std::uint8_t, N> bytes() noexcept
    {
        return std::span<std::uint8_t, N>(m_buf.data(), N);
    }
    std::span<const std::uint8_t, N> bytes() const noexcept
    {
        return std::span<const std::uint8_t, N>(m_buf.data(), N);
    }
    bool valid() const noexcept { return m_buf.size() == N; }
    bool locked() const noexcept { return m_buf.locked(); }
    bool equals(const SecureBytes& other) const noexcept { return m_buf.equals(other.m_buf); }

private:
    explicit SecureBytes(SecureBuffer buf)
        : m_buf(std::move(buf))
    {}

    SecureBuffer m_buf;
};

template <std::size_t N>
std::ostream& operator<<(std::ostream& os, const SecureBytes<N>&)
{
    return os << kRedacted;
}
// A value of a trivially copyable type T (e.g. a scalar) kept in secure memory.
// Access goes through `get()` / `operator*`; every copy is explicit (`clone()`).
// T's own copies made by callers (temporaries on the stack) are outside this guarantee:
// keep them short-lived.
template <class T>
class Secret
{
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "Secret<T> stores T as raw bytes and wipes them");

public:
    explicit Secret(const T& value)
        : m_buf(sizeof(T))
    {
        ::new (static_cast<void*>(m_buf.data())) T(value);
    }
    Secret(Secret&&) noexcept = default;
    Secret& operator=(Secret&&) noexcept = default;
    Secret clone() const { return Secret(get()); }

    // Invalid after the object was moved from (a bug, not a user error).
    const T& get() const noexcept
    {
        return *std::launder(reinterpret_cast<const T*>(m_buf.data()));
    }
    const T& operator*() const noexcept { return get(); }
    const T* operator->() const noexcept { return &get(); }
    bool valid() const noexcept { return m_buf.size() == sizeof(T); }
    bool locked() const noexcept { return m_buf.locked(); }

private:
    SecureBuffer m_buf;
};

template <class T>
std::ostream& operator<<(std::ostream& os, const Secret<T>&)
{
    return os << kRedacted;
}

template <std::size_t N>
QDebug operator<<(QDebug dbg, const SecureBytes<N>&)
{
    return redactedDebug(dbg);
}
template <class T>
QDebug operator<<(QDebug dbg, const Secret<T>&)
{
    return redactedDebug(dbg);
}

// Constant-time equality of two byte ranges of equal length (false if lengths differ).
bool constantTimeEqual(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) noexcept;

namespace testing {
// Called by SecureBuffer right after wiping and before releasing memory, with the wiped
// bytes. Tests use it to observe that the wipe happened; nullptr disables it. Not thread
// safe: set it only while no other thread destroys secure buffers.
using WipeObserver = void (*)(const std::uint8_t* data, std::size_t size);
void setWipeObserver(WipeObserver observer) noexcept;
} // namespace testing

} // namespace bs::crypto
