// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decrypting many auditor PCTs at once, on every core. One decryption is a subgroup check, a
// constant-time scalar multiplication and two Poseidon permutations (about 150-200 us), all
// independent, so the work is split into small chunks taken by a few threads.
//
// Progress is reported from the calling thread only (it works on chunks too), so a GUI task
// can forward it as it does its own; a stop request ends the work between chunks.
#include "crypto/babyjubjub.h"
#include "crypto/pct.h"
#include "util/result.h"
#include "util/u256.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <stop_token>

namespace bs::audit {

// (decrypted so far, all of them)
using DecryptProgress = std::function<void(std::size_t done, std::size_t total)>;

// The threads to use for `threads` (0: one per core, at least one).
unsigned decryptThreads(unsigned threads);

// out[i] = the amount pcts[i] holds for the key s, or nullopt when it does not decrypt under
// s (a PCT made for another key, or not a valid PCT). `out` must be as long as `pcts`.
// Fails only when stopped ("cancelled"); then `out` is partly filled.
Result<void> decryptPcts(std::span<const crypto::Pct> pcts,
                         std::span<std::optional<U256>> out,
                         const crypto::Scalar& s,
                         unsigned threads = 0,
                         const DecryptProgress& progress = {},
                         std::stop_token stop = {});

} // namespace bs::audit
