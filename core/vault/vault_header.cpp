// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/vault_header.h"

#include "crypto/random.h"
#include "util/atomic_file.h"
#include "vault/aes_gcm.h"

#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <stdexcept>

#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

namespace bs::vault {

namespace {

constexpr qint64 kMaxHeaderSize = 4096;
constexpr int kMaxNameBytes = 1024;

void putU8(QByteArray& out, quint8 v)
{
    out.append(char(v));
}

void putU16(QByteArray& out, quint16 v)
{
    out.append(char(v >> 8)).append(char(v & 0xff));
}

void putU32(QByteArray& out, quint32 v)
{
    for (int s = 24; s >= 0; s -= 8)
        out.append(char((v >> s) & 0xff));
}

void putU64(QByteArray& out, quint64 v)
{
    for (int s = 56; s >= 0; s -= 8)
        out.append(char((v >> s) & 0xff));
}

template <std::size_t N>
void putBytes(QByteArray& out, const std::array<std::uint8_t, N>& a)
{
    out.append(reinterpret_cast<const char*>(a.data()), qsizetype(N));
}

void putString(QByteArray& out, const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    if (utf8.size() > kMaxNameBytes)
        throw std::logic_error("header string too long (validated by the caller)");
    putU16(out, quint16(utf8.size()));
    out.append(utf8);
}

// Bounds-checked reader: every get fails softly once the input is exhausted.
class Reader
{
public:
    explicit Reader(const QByteArray& b)
        : m_b(b)
    {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_b.size(); }
    qsizetype pos() const { return m_pos; }

    quint64 get(int bytes)
    {
        if (!need(bytes))
            return 0;
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | quint8(m_b[m_pos++]);
        return v;
    }
    template <std::size_t N>
    void get(std::array<std::uint8_t, N>& a)
    {
        if (!need(qsizetype(N)))
            return;
        std::memcpy(a.data(), m_b.constData() + m_pos, N);
        m_pos += qsizetype(N);
    }
    QString getString()
    {
        const auto len = qsizetype(get(2));
        if (len > kMaxNameBytes || !need(len))
            return m_ok = false, QString();
        const QByteArray utf8 = m_b.mid(m_pos, len);
        m_pos += len;
        // Only text that re-encodes to the same bytes: the tag is checked over re-serialized
        // fields, so anything else would look like a wrong passphrase instead of damage.
        QString s = QString::fromUtf8(utf8);
        if (s.toUtf8() != utf8)
            m_ok = false;
        return s;
    }

private:
    bool need(qsizetype n)
    {
        if (!m_ok || m_b.size() - m_pos < n)
            m_ok = false;
        return m_ok;
    }
    const QByteArray& m_b;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace

QString VaultHeader::pathFor(const QString& vaultPath)
{
    return vaultPath + QStringLiteral(".header");
}

QByteArray VaultHeader::authenticatedBytes() const
{
    QByteArray out;
    out.append(kMagic, 8);
    putU16(out, quint16(formatVersion));
    putU16(out, quint16(schemaVersion));
    putU64(out, kdf.n);
    putU32(out, kdf.r);
    putU32(out, kdf.p);
    putBytes(out, salt);
    putBytes(out, nonce);
    putU8(out, quint8(role));
    putU64(out, chainId);
    putString(out, profileName);
    putString(out, networkName);
    return out;
}

QByteArray VaultHeader::serialize() const
{
    QByteArray out = authenticatedBytes();
    putBytes(out, wrappedKey);
    putBytes(out, tag);
    return out;
}

Result<VaultHeader> VaultHeader::parse(const QByteArray& bytes)
{
    if (bytes.size() < 8 || std::memcmp(bytes.constData(), kMagic, 8) != 0)
        return fail(BS_TR(
            "vault", "the vault header file is not a BackendShield vault header (wrong magic)"));
    Reader r(bytes);
    r.get(8);
    VaultHeader h;
    h.formatVersion = int(r.get(2));
    if (r.ok() && h.formatVersion != kFormatVersion)
        return fail(BS_TR("vault", "the vault header has format version %1, this program reads "
                                   "version %2; use a newer BackendShield"),
                    h.formatVersion, kFormatVersion);
    h.schemaVersion = int(r.get(2));
    h.kdf.n = r.get(8);
    h.kdf.r = quint32(r.get(4));
    h.kdf.p = quint32(r.get(4));
    r.get(h.salt);
    r.get(h.nonce);
    const auto role = r.get(1);
    h.chainId = r.get(8);
    h.profileName = r.getString();
    h.networkName = r.getString();
    r.get(h.wrappedKey);
    r.get(h.tag);
    if (!r.ok() || !r.atEnd())
        return fail(BS_TR("vault", "the vault header file is truncated or damaged"));
    if (role > quint64(Role::Operator))
        return fail(BS_TR("vault", "the vault header is damaged (unknown role)"));
    h.role = Role(role);
    if (auto ok = validateStoredKdfParams(h.kdf); !ok)
        return fail(BS_TR("vault", "the vault header is damaged or not from BackendShield: %1"),
                    ok.error());
    return h;
}

Result<VaultHeader> VaultHeader::read(const QString& vaultPath)
{
    const QString path = pathFor(vaultPath);
    if (!QFileInfo::exists(path)) {
        if (QFileInfo::exists(vaultPath))
            return fail(BS_TR("vault", "the vault header %1 is missing: without it the vault "
                                       "cannot be opened (its creation was interrupted, or the "
                                       "file was lost); restore it or use a backup"),
                        path.toStdString());
        return fail(BS_TR("vault", "no vault at %1 (neither the vault nor %2 exists)"),
                    vaultPath.toStdString(), path.toStdString());
    }
    auto bytes = util::readSmallFile(path, kMaxHeaderSize);
    if (!bytes)
        return bytes.error();
    return parse(*bytes);
}

Result<void> VaultHeader::write(const QString& vaultPath) const
{
    return util::writeFileAtomically(pathFor(vaultPath), serialize());
}

QString VaultHeader::pendingPathFor(const QString& vaultPath)
{
    return vaultPath + QStringLiteral(".header.new");
}

bool VaultHeader::hasPending(const QString& vaultPath)
{
    return QFileInfo::exists(pendingPathFor(vaultPath));
}

Result<VaultHeader> VaultHeader::readPending(const QString& vaultPath)
{
    auto bytes = util::readSmallFile(pendingPathFor(vaultPath), kMaxHeaderSize);
    if (!bytes)
        return bytes.error();
    return parse(*bytes);
}

Result<void> VaultHeader::writePending(const QString& vaultPath) const
{
    return util::writeFileAtomically(pendingPathFor(vaultPath), serialize());
}

bool VaultHeader::removePending(const QString& vaultPath)
{
    const QString path = pendingPathFor(vaultPath);
    if (!QFile::remove(path))
        return !QFileInfo::exists(path);
#ifndef _WIN32
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#endif
    return true;
}

void VaultHeader::wrap(const crypto::SecureBytes<32>& kek, const crypto::SecureBytes<32>& dbKey)
{
    crypto::randomBytes(nonce);
    const QByteArray aad = authenticatedBytes();
    const bool ok = aesgcm::seal(
        kek, nonce,
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(aad.constData()),
                                      std::size_t(aad.size())),
        dbKey.bytes(), wrappedKey, tag);
    if (!ok)
        throw std::runtime_error("AES-256-GCM encryption failed");
}

Result<crypto::SecureBytes<32>> VaultHeader::unwrap(const crypto::SecureBytes<32>& kek) const
{
    const QByteArray aad = authenticatedBytes();
    crypto::SecureBytes<32> key;
    const bool ok = aesgcm::open(
        kek, nonce,
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(aad.constData()),
                                      std::size_t(aad.size())),
        wrappedKey, tag, key.bytes());
    if (!ok)
        return fail(BS_TR("vault",
                          "wrong passphrase (or the vault header was altered): the vault stays "
                          "locked; try again"));
    return key;
}

VaultInfo VaultHeader::info() const
{
    return VaultInfo{formatVersion, schemaVersion, profileName, role, chainId, networkName};
}

} // namespace bs::vault
