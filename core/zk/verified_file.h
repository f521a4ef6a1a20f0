// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Circuit files (.wasm, .zkey) whose SHA-256 is known: read once into memory, hashed, and
// handed on as those very bytes, so the parser sees exactly what was checked. Hashing a path
// and then opening (or mapping) it again would let a file swapped in between, or changed
// under a mapping, reach the prover unchecked.

#include "util/result.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <stop_token>
#include <string_view>
#include <vector>

namespace bs::zk {

// "Cannot read the circuit file <path>: <the system's reason>."
inline constexpr Text kCannotReadCircuitFile = BS_TR("zk", "Cannot read the circuit file %1: %2.");

// The whole file if its SHA-256 is `sha256Hex` (64 hex digits, any case). Errors: unreadable
// file, hash mismatch (says to fetch the file again), cancellation through `stop`.
Result<std::vector<uint8_t>>
readVerified(const QString& path, std::string_view sha256Hex, std::stop_token stop = {});

namespace test {
// Called by readVerified() after the file was read and before its bytes are hashed, with the
// path: tests swap the file there to show that the check and the parse see the same bytes.
// Not thread-safe; empty disables it.
void setAfterReadHook(std::function<void(const QString& path)> hook);
} // namespace test

} // namespace bs::zk
