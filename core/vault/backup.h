// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The encrypted backup file: the keys and the profile of one vault, protected by a backup
// passphrase. Binary, big-endian, version 1:
//   magic "BSVAULTB" (8) | u16 version | u16 reserved (0) | u64 scrypt N | u32 r | u32 p
//   | salt (32) | GCM nonce (12) | u32 payload length | ciphertext | GCM tag (16)
// Key = scrypt(backup passphrase, salt); AES-256-GCM with aad = every byte before the
// ciphertext. The payload is a list of (u8 tag, u32 length, bytes) fields, decrypted only
// into secure memory:
//   1 profile name  2 role (u8)  3 chain id (u64)  4 network name  5 RPC URL
//   6 operator URL  7 registrar  8 eERC contract  9 token  10 deployment block (u64)
//   11 allow plain http (u8)  32 wallet key (32 bytes)  33 eERC decryption key (ASCII hex)
//   34 auditor key (ASCII hex)
// An unknown field tag is refused: a backup from a newer program must not be half-restored.

#include "crypto/secure_buffer.h"
#include "util/result.h"
#include "vault/kdf.h"
#include "vault/records.h"

#include <QByteArray>

#include <optional>
#include <span>

namespace bs::vault {

struct BackupContents
{
    Profile profile;
    std::optional<crypto::SecureBytes<32>> walletKey;
    crypto::SecureBuffer eercDecryptionKey; // empty: none
    crypto::SecureBuffer auditorKey;        // empty: none
};

inline constexpr int kBackupFormatVersion = 1;

// The whole backup file. Fails for an empty passphrase or invalid KDF parameters.
Result<QByteArray> encodeBackup(const BackupContents& contents,
                                std::span<const char> passphrase,
                                const KdfParams& kdf);

// Checks magic, version, lengths, KDF bounds, then the tag (wrong passphrase or altered file
// -> a clear error), then every field.
Result<BackupContents> decodeBackup(const QByteArray& file, std::span<const char> passphrase);

} // namespace bs::vault
