// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Secrets on the command line come from files (or standard input, as the file "-") or are
// typed at the terminal with echo off; never from arguments or the environment, which other
// processes can read. They go straight into secure memory.

#include "cli.h"
#include "crypto/secp256k1.h"
#include "crypto/secure_buffer.h"
#include "util/result.h"

#include <QString>

#include <span>

namespace bs::cli {

// The first line of `path` (without "\n" or "\r\n"); "-" reads it from standard input. Refuses an
// empty line. Warns on `ctx.err` when the file is readable by group or others (it still works).
// `what` names the file in messages ("passphrase file", "wallet key file").
Result<crypto::SecureBuffer>
readPassphraseFile(Context& ctx, const QString& path, const char* what = "passphrase file");

// Prompts on the terminal (stderr) and reads stdin with echo off; with `confirm`, asks twice
// and fails when the two differ. Fails with a clear reason when stdin is not a terminal.
Result<crypto::SecureBuffer> promptPassphrase(const QString& prompt, bool confirm);

// A wallet key file (or "-"): its first line is 64 hex digits, 0x optional.
Result<crypto::EcdsaPrivateKey> readWalletKey(Context& ctx, const QString& path);

// `file` non-empty: readPassphraseFile, else promptPassphrase.
Result<crypto::SecureBuffer>
obtainPassphrase(Context& ctx, const QString& file, const QString& prompt, bool confirm);

inline std::span<const char> chars(const crypto::SecureBuffer& b)
{
    return b.chars();
}

} // namespace bs::cli
