// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Readable explanations of revert data (the return data of a failed eth_call /
// eth_estimateGas, or of a reverted transaction): the eERC custom errors, the OpenZeppelin
// errors eERC can raise, Error(string) and Panic(uint256).

#include "util/result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace bs::chain {

// One sentence for the user, as a code and arguments the app can word, e.g. for InvalidProof
// "The contract rejected the proof: ...". Never fails: empty data, unknown selectors and
// malformed arguments get a sentence too. Text from the contract (Error(string)) is sanitised:
// control and bidirectional formatting characters removed, invalid UTF-8 replaced, at most
// 200 characters.
Error revertError(std::span<const uint8_t> revertData);
// That sentence in English (revertError(revertData).message).
std::string describeRevert(std::span<const uint8_t> revertData);

// The error's name when its selector is known ("InvalidProof", "TokenBlacklisted",
// "Error", "Panic", ...), for code that branches on it; nullopt for empty data and unknown
// selectors. The arguments are not checked.
std::optional<std::string> revertErrorName(std::span<const uint8_t> revertData);

} // namespace bs::chain
