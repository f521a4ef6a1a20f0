// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The balance integrity monitor: every read of the balance records whether it verified (the
// amounts stored for the provider add up to the encrypted balance the contract enforces), was
// recovered by discrete log (they did not; the enforced balance was found), or failed (not
// readable with this key). A change for the worse is what the user must hear about: the
// account use case logs it to Activity and reports it to the front end (a notification).
//
// Kept in the vault's settings as runs of equal outcomes (one JSON value per chain, contract
// and account, like the history scan): a check a minute for years stays a few records, and no
// schema change is needed. A profile without a vault keeps no history.
#include "util/result.h"
#include "wallet/profile.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace bs::wallet {

// Ordered from good to bad.
enum class BalanceCheck
{
    Verified,
    Recovered,
    Failed,
};

// "verified", "recovered", "failed".
const char* toString(BalanceCheck check);

// Consecutive checks with the same outcome.
struct BalanceCheckRun
{
    BalanceCheck check = BalanceCheck::Verified;
    qint64 firstAt = 0; // seconds since the epoch
    qint64 lastAt = 0;
    std::uint64_t firstBlock = 0;
    std::uint64_t lastBlock = 0;
    std::uint64_t checks = 0;
    bool operator==(const BalanceCheckRun&) const = default;
};

// A change for the worse: from the last recorded outcome to this one.
struct BalanceCheckAlarm
{
    BalanceCheck before = BalanceCheck::Verified;
    BalanceCheck now = BalanceCheck::Failed;
};

inline constexpr std::size_t kKeptCheckRuns = 100;

// Adds a check to the runs (oldest first, at most kKeptCheckRuns kept). Returns the alarm
// when the outcome is worse than the last one; the first check ever raises none.
std::optional<BalanceCheckAlarm> foldBalanceCheck(std::vector<BalanceCheckRun>& runs,
                                                  BalanceCheck check,
                                                  qint64 at,
                                                  std::uint64_t block);

// The runs as stored, and back (a value that does not parse reads as no history).
QString balanceChecksToJson(const std::vector<BalanceCheckRun>& runs);
std::vector<BalanceCheckRun> balanceChecksFromJson(const QString& json);

// Records a check of this profile's balance (its network, contract and account) at `block`.
// Without a vault nothing is kept and nothing is raised.
Result<std::optional<BalanceCheckAlarm>>
recordBalanceCheck(Profile& profile, BalanceCheck check, std::uint64_t block, qint64 at);

// This profile's check history, oldest first (empty without a vault).
Result<std::vector<BalanceCheckRun>> balanceCheckHistory(Profile& profile);

} // namespace bs::wallet
