// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A distribution cycle as the operator asks for it (POST /revenue/distribute), and the checks
// that refuse bad input before anything is sent: a pool that the token cannot represent, an
// empty period, a period that overlaps a cycle the server would refuse it for. The server's
// rule (spec "Revenue distribution", reference server cycles.mjs start()): a period may not
// overlap a cycle that did not fail; a failed cycle is retried by asking again for exactly its
// period and pool; another period may overlap a failed cycle only if that one paid nobody.
#include "operator/management_types.h"
#include "util/result.h"
#include "util/u256.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <span>

namespace bs::operator_api {

struct DistributionRequest
{
    QDateTime periodStart; // UTC, whole seconds; half-open [periodStart, periodEnd)
    QDateTime periodEnd;
    U256 pool; // base units of the payout token, > 0

    // The body of POST /revenue/distribute.
    QJsonObject toJson(bool dryRun) const;
};

// An RFC 3339 time as the operator types it ("2026-11-01T00:00:00Z", an offset, or a date
// alone meaning its midnight UTC), in UTC. Fractions of a second are refused: the API's
// periods are whole seconds.
Result<QDateTime> parseTime(const QString& text);

// The request for [from, to) and `poolText` in whole tokens with at most `tokenDecimals`
// fraction digits ("5", "12.5", "0.000001"). Refuses an empty period (from >= to), a pool of
// zero, a pool with more fraction digits than the token has, and a pool above 2^255 base
// units (the API's bound).
Result<DistributionRequest> makeDistribution(const QDateTime& from,
                                             const QDateTime& to,
                                             const QString& poolText,
                                             unsigned tokenDecimals);
// The same with the pool in base units already.
Result<DistributionRequest>
makeDistribution(const QDateTime& from, const QDateTime& to, const U256& pool);

// What the request means given the existing cycles: a new cycle, or the retry of a failed
// cycle with exactly this period and pool.
struct PeriodCheck
{
    std::optional<Cycle> retryOf;
};

// Checks `request` against every existing cycle (GET /revenue/cycles, all pages) the way the
// server will; the error names the cycle in the way and says what to do (amounts in it are
// written with `tokenDecimals`).
Result<PeriodCheck> checkPeriod(const DistributionRequest& request,
                                std::span<const Cycle> cycles,
                                unsigned tokenDecimals);

// True when [a0, a1) and [b0, b1) share an instant.
bool periodsOverlap(const QDateTime& a0,
                    const QDateTime& a1,
                    const QDateTime& b0,
                    const QDateTime& b1);

} // namespace bs::operator_api
