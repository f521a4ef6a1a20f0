// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/backup.h"

#include "crypto/random.h"
#include "vault/aes_gcm.h"

#include <array>
#include <cstring>
#include <string>
#include <vector>

namespace bs::vault {

namespace {

constexpr char kMagic[9] = "BSVAULTB";
constexpr std::size_t kFixedSize = 8 + 2 + 2 + 8 + 4 + 4 + kKdfSaltSize + 12 + 4;
constexpr quint32 kMaxPayload = 1u << 20;

enum Tag : std::uint8_t
{
    TagName = 1,
    TagRole = 2,
    TagChainId = 3,
    TagNetworkName = 4,
    TagRpcUrl = 5,
    TagOperatorUrl = 6,
    TagRegistrar = 7,
    TagEerc = 8,
    TagToken = 9,
    TagDeploymentBlock = 10,
    TagAllowPlainHttp = 11,
    TagNetworkDescription = 12, // chain::toJson; the fields 3..11 are kept for older readers
    TagWalletKey = 32,
    TagEercKey = 33,
    TagAuditorKey = 34,
};

void putBE(std::uint8_t* p, quint64 v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i, v >>= 8)
        p[i] = std::uint8_t(v & 0xff);
}

quint64 getBE(const std::uint8_t* p, int bytes)
{
    quint64 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

// One payload field: its bytes are either a copy (public data) or a view of a secret.
struct Field
{
    std::uint8_t tag;
    QByteArray plain;
    std::span<const std::uint8_t> secret;

    std::span<const std::uint8_t> bytes() const
    {
        if (!secret.empty())
            return secret;
        return {reinterpret_cast<const std::uint8_t*>(plain.constData()),
                std::size_t(plain.size())};
    }
};

QByteArray be(quint64 v, int bytes)
{
    QByteArray out(bytes, '\0');
    putBE(reinterpret_cast<std::uint8_t*>(out.data()), v, bytes);
    return out;
}

std::span<const std::uint8_t> asSpan(const QByteArray& b)
{
    return {reinterpret_cast<const std::uint8_t*>(b.constData()), std::size_t(b.size())};
}

} // namespace

Result<QByteArray>
encodeBackup(const BackupContents& c, std::span<const char> passphrase, const KdfParams& kdf)
{
    if (passphrase.empty())
        return fail(BS_TR("vault", "the backup passphrase is empty; choose one"));
    if (auto ok = validateKdfForWriting(kdf); !ok)
        return ok.error();
    const Profile& p = c.profile;
    const NetworkIdentity id = identityOf(p.network);
    std::vector<Field> fields = {
        {TagName, p.name.toUtf8(), {}},
        {TagRole, be(quint64(p.role), 1), {}},
        {TagChainId, be(id.chainId, 8), {}},
        {TagNetworkName, id.name.toUtf8(), {}},
        {TagRpcUrl, id.rpcUrl.toUtf8(), {}},
        {TagOperatorUrl, id.operatorUrl.toUtf8(), {}},
        {TagRegistrar, id.registrar.toUtf8(), {}},
        {TagEerc, id.eerc.toUtf8(), {}},
        {TagToken, id.token.toUtf8(), {}},
        {TagDeploymentBlock, be(id.deploymentBlock, 8), {}},
        {TagAllowPlainHttp, be(id.allowPlainHttp ? 1 : 0, 1), {}},
    };
    if (p.network)
        fields.push_back({TagNetworkDescription, chain::toJson(*p.network), {}});
    if (c.walletKey)
        fields.push_back({TagWalletKey, {}, c.walletKey->bytes()});
    if (!c.eercDecryptionKey.empty())
        fields.push_back({TagEercKey, {}, c.eercDecryptionKey.bytes()});
    if (!c.auditorKey.empty())
        fields.push_back({TagAuditorKey, {}, c.auditorKey.bytes()});

    std::size_t total = 0;
    for (const Field& f : fields)
        total += 5 + f.bytes().size();
    if (total > kMaxPayload)
        return fail(BS_TR("vault", "the profile is too large to back up"));
    crypto::SecureBuffer payload(total);
    std::size_t at = 0;
    for (const Field& f : fields) {
        const auto b = f.bytes();
        payload.data()[at] = f.tag;
        putBE(payload.data() + at + 1, b.size(), 4);
        if (!b.empty())
            std::memcpy(payload.data() + at + 5, b.data(), b.size());
        at += 5 + b.size();
    }

    std::array<std::uint8_t, kKdfSaltSize> salt{};
    std::array<std::uint8_t, aesgcm::kNonceSize> nonce{};
    crypto::randomBytes(salt);
    crypto::randomBytes(nonce);
    auto key = deriveKey(passphrase, salt, kdf);
    if (!key)
        return key.error();

    QByteArray out;
    out.append(kMagic, 8);
    out.append(be(kBackupFormatVersion, 2));
    out.append(be(0, 2));
    out.append(be(kdf.n, 8));
    out.append(be(kdf.r, 4));
    out.append(be(kdf.p, 4));
    out.append(reinterpret_cast<const char*>(salt.data()), qsizetype(salt.size()));
    out.append(reinterpret_cast<const char*>(nonce.data()), qsizetype(nonce.size()));
    out.append(be(total, 4));
    const QByteArray aad = out;
    out.resize(aad.size() + qsizetype(total) + qsizetype(aesgcm::kTagSize));
    auto* ct = reinterpret_cast<std::uint8_t*>(out.data()) + aad.size();
    if (!aesgcm::seal(*key, nonce, asSpan(aad), payload.bytes(), std::span(ct, total),
                      std::span<std::uint8_t, aesgcm::kTagSize>(ct + total, aesgcm::kTagSize)))
        return fail(BS_TR("vault", "the backup could not be encrypted (OpenSSL failed)"));
    return out;
}

Result<BackupContents> decodeBackup(const QByteArray& file, std::span<const char> passphrase)
{
    const auto* b = reinterpret_cast<const std::uint8_t*>(file.constData());
    const std::size_t size = std::size_t(file.size());
    if (size < 8 || std::memcmp(b, kMagic, 8) != 0)
        return fail(BS_TR("vault", "this is not a BackendShield vault backup (wrong magic)"));
    if (size < kFixedSize)
        return fail(BS_TR("vault", "the backup file is truncated"));
    const int version = int(getBE(b + 8, 2));
    if (version != kBackupFormatVersion)
        return fail(BS_TR("vault", "the backup has format version %1, this program reads "
                                   "version %2; use a newer BackendShield"),
                    version, kBackupFormatVersion);
    KdfParams kdf{getBE(b + 12, 8), quint32(getBE(b + 20, 4)), quint32(getBE(b + 24, 4))};
    if (auto ok = validateStoredKdfParams(kdf); !ok)
        return fail(BS_TR("vault", "the backup file is damaged or not from BackendShield: %1"),
                    ok.error());
    const std::uint8_t* salt = b + 28;
    const std::uint8_t* nonce = salt + kKdfSaltSize;
    const quint64 payloadSize = getBE(nonce + 12, 4);
    if (payloadSize > kMaxPayload || size != kFixedSize + payloadSize + aesgcm::kTagSize)
        return fail(
            BS_TR("vault", "the backup file is truncated or damaged (its length is wrong)"));

    auto key = deriveKey(passphrase, std::span(salt, kKdfSaltSize), kdf);
    if (!key)
        return key.error();
    crypto::SecureBuffer payload(payloadSize);
    const std::uint8_t* ct = b + kFixedSize;
    if (!aesgcm::open(*key, std::span<const std::uint8_t, 12>(nonce, 12), std::span(b, kFixedSize),
                      std::span(ct, payloadSize),
                      std::span<const std::uint8_t, 16>(ct + payloadSize, 16), payload.bytes()))
        return fail(BS_TR("vault",
                          "wrong backup passphrase (or the backup file was altered): nothing was "
                          "restored"));

    BackupContents out;
    auto text = [](std::span<const std::uint8_t> v) {
        return QString::fromUtf8(reinterpret_cast<const char*>(v.data()), qsizetype(v.size()));
    };
    bool seen[256] = {};
    NetworkIdentity identity;
    QByteArray description;
    std::size_t at = 0;
    const auto damaged = [] { return fail(BS_TR("vault", "the backup's contents are malformed")); };
    while (at < payloadSize) {
        if (payloadSize - at < 5)
            return damaged();
        const std::uint8_t tag = payload.data()[at];
        const quint64 len = getBE(payload.data() + at + 1, 4);
        if (len > payloadSize - at - 5 || seen[tag])
            return damaged();
        seen[tag] = true;
        const std::span<const std::uint8_t> v(payload.data() + at + 5, len);
        at += 5 + len;
        NetworkIdentity& n = identity;
        switch (tag) {
        case TagName:
            out.profile.name = text(v);
            break;
        case TagRole:
            if (len != 1 || v[0] > quint8(Role::Operator))
                return damaged();
            out.profile.role = Role(v[0]);
            break;
        case TagChainId:
        case TagDeploymentBlock:
            if (len != 8)
                return damaged();
            (tag == TagChainId ? n.chainId : n.deploymentBlock) = getBE(v.data(), 8);
            break;
        case TagNetworkName:
            n.name = text(v);
            break;
        case TagRpcUrl:
            n.rpcUrl = text(v);
            break;
        case TagOperatorUrl:
            n.operatorUrl = text(v);
            break;
        case TagRegistrar:
            n.registrar = text(v);
            break;
        case TagEerc:
            n.eerc = text(v);
            break;
        case TagToken:
            n.token = text(v);
            break;
        case TagNetworkDescription:
            description = QByteArray(reinterpret_cast<const char*>(v.data()), qsizetype(v.size()));
            break;
        case TagAllowPlainHttp:
            if (len != 1 || v[0] > 1)
                return damaged();
            n.allowPlainHttp = v[0] == 1;
            break;
        case TagWalletKey:
            if (len != 32)
                return damaged();
            out.walletKey =
                crypto::SecureBytes<32>::copyOf(std::span<const std::uint8_t, 32>(v.data(), 32));
            break;
        case TagEercKey:
            out.eercDecryptionKey = crypto::SecureBuffer::copyOf(v);
            break;
        case TagAuditorKey:
            out.auditorKey = crypto::SecureBuffer::copyOf(v);
            break;
        default:
            return fail(BS_TR("vault", "the backup contains data this program does not know "
                                       "(field %1); use a newer BackendShield"),
                        int(tag));
        }
    }
    if (!seen[TagName] || !seen[TagRole] || !seen[TagChainId])
        return damaged();
    auto network = networkOf(identity, description);
    if (!network)
        return network.error();
    out.profile.network = std::move(*network);
    return out;
}

} // namespace bs::vault
