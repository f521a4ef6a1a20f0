// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plaintext header file `<vault>.header` beside the SQLCipher database.
//
// Binary, big-endian, version 1:
//   magic "BSVAULTH" (8) | u16 format version | u16 schema version
//   | u64 scrypt N | u32 r | u32 p | salt (32) | GCM nonce (12)
//   | u8 role | u64 chain id | u16 length + UTF-8 profile name | u16 length + UTF-8 network name
//   | wrapped database key (32) | GCM tag (16)
// The wrapped key is AES-256-GCM(scrypt(passphrase, salt), nonce, aad = every byte before
// it), so a wrong passphrase and any change to any other header field both fail the tag.
// The metadata (role, chain, names) is what `vault info` shows without a passphrase.
//
// `<vaultPath>.header.new` has the same format: the header of a passphrase change in
// progress (it wraps the new database key under the new passphrase; Vault::changePassphrase).

#include "crypto/secure_buffer.h"
#include "util/result.h"
#include "vault/kdf.h"
#include "vault/records.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>

namespace bs::vault {

struct VaultHeader
{
    static constexpr int kFormatVersion = 1;
    static constexpr char kMagic[9] = "BSVAULTH";

    int formatVersion = kFormatVersion;
    int schemaVersion = 0;
    KdfParams kdf;
    std::array<std::uint8_t, kKdfSaltSize> salt{};
    std::array<std::uint8_t, 12> nonce{};
    Role role = Role::Provider;
    quint64 chainId = 0;
    QString profileName;
    QString networkName;
    std::array<std::uint8_t, 32> wrappedKey{};
    std::array<std::uint8_t, 16> tag{};

    // `<vaultPath>.header`.
    static QString pathFor(const QString& vaultPath);

    // The bytes covered by the tag: everything before the wrapped key.
    QByteArray authenticatedBytes() const;
    QByteArray serialize() const;
    // Parses and checks the magic, the version, the lengths and the KDF bounds. Does not
    // check the tag (that needs the passphrase).
    static Result<VaultHeader> parse(const QByteArray& bytes);

    // Reads and parses `<vaultPath>.header`, with clear errors for a missing header.
    static Result<VaultHeader> read(const QString& vaultPath);
    // Writes `<vaultPath>.header` atomically with mode 0600.
    Result<void> write(const QString& vaultPath) const;

    // `<vaultPath>.header.new`.
    static QString pendingPathFor(const QString& vaultPath);
    static bool hasPending(const QString& vaultPath);
    // Reads and parses `<vaultPath>.header.new`.
    static Result<VaultHeader> readPending(const QString& vaultPath);
    // Writes `<vaultPath>.header.new` atomically with mode 0600.
    Result<void> writePending(const QString& vaultPath) const;
    // Removes `<vaultPath>.header.new` (if any) and syncs the folder, so the removal survives
    // a power cut. False if it is still there.
    static bool removePending(const QString& vaultPath);

    // Encrypts `dbKey` under `kek` with a fresh random nonce and the current fields as AAD.
    // Call after every change of another field.
    void wrap(const crypto::SecureBytes<32>& kek, const crypto::SecureBytes<32>& dbKey);
    // The database key, or the "wrong passphrase" error when the tag does not verify.
    Result<crypto::SecureBytes<32>> unwrap(const crypto::SecureBytes<32>& kek) const;

    VaultInfo info() const;
};

} // namespace bs::vault
