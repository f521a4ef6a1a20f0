// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The operator role's signed calls (spec operator-api.md): providers and their status, usage
// servers and their tokens, distribution cycles from the dry run to the end. A thin layer on
// an OperatorClient: blocking, cancellable with a std::stop_token, every answer parsed
// strictly (management_types.h), every failure one ApiError whose message says what to do.
// The operator's wallet key is passed per call, so nothing here holds a secret; the token of
// a new usage server comes back in locked memory and is never logged or cached.
//
// Lists are read to the end: every page (nextCursor), at most OperatorClientOptions::maxPages
// of them; a page longer than asked for, a cursor seen twice or a list that does not end is
// an error, never a silent cut.
#include "operator/distribution.h"
#include "operator/management_types.h"
#include "operator/operator_client.h"

#include <chrono>
#include <functional>
#include <optional>
#include <stop_token>
#include <variant>
#include <vector>

namespace bs::operator_api {

// A call that answers nothing (204).
using Done = std::monostate;

// How followCycle polls: the interval starts at `initialInterval` and grows by `factor` up to
// `maxInterval` while nothing changes; any change starts it over. Transient failures (no
// answer, 5xx, 429) are waited out, Retry-After honoured, up to `maxConsecutiveFailures` in a
// row. `timeout` 0 follows until a final state or a stop request.
struct FollowOptions
{
    std::chrono::milliseconds initialInterval{1000};
    std::chrono::milliseconds maxInterval{15000};
    double factor = 1.5;
    int maxConsecutiveFailures = 6;
    std::chrono::milliseconds timeout{0};
};

// Called with the cycle each time its state, amounts or transfers change (and once at the
// start), on the thread that called followCycle.
using CycleProgress = std::function<void(const Cycle&)>;

class ManagementClient
{
public:
    // `client` must outlive this object; both belong to the calling thread.
    explicit ManagementClient(OperatorClient& client)
        : m_client(client)
    {}

    OperatorClient& client() { return m_client; }

    // ---- providers ----

    // GET /providers[?status=], every page.
    ApiResult<std::vector<Provider>> providers(const crypto::EcdsaPrivateKey& operatorKey,
                                               std::optional<ProviderStatus> status = {},
                                               std::stop_token stop = {});

    // POST /providers/{providerId}/status with a reason (at most 500 characters, no control
    // characters; empty sends null). `to` must be integrated, suspended or registered. A 409
    // (a transition the spec forbids) reads the provider's current state and says which
    // transition is possible instead. The answer must be that provider in state `to`.
    ApiResult<Provider> setProviderStatus(const crypto::EcdsaPrivateKey& operatorKey,
                                          const QString& providerId,
                                          ProviderStatus to,
                                          const QString& reason,
                                          std::stop_token stop = {});

    // ---- usage servers ----

    // GET /servers[?status=], every page, oldest first.
    ApiResult<std::vector<UsageServer>> servers(const crypto::EcdsaPrivateKey& operatorKey,
                                                std::optional<ServerStatus> status = {},
                                                std::stop_token stop = {});

    // POST /servers {name}: 1 to 100 characters after trimming, no control characters. The
    // token is in the result only: store it now, the server never shows it again.
    ApiResult<NewUsageServer> createServer(const crypto::EcdsaPrivateKey& operatorKey,
                                           const QString& name,
                                           std::stop_token stop = {});

    // DELETE /servers/{serverId}: from then on the token gets 401 on /usage/submit. Unknown
    // or already revoked: an Http 404 error saying which.
    ApiResult<Done> revokeServer(const crypto::EcdsaPrivateKey& operatorKey,
                                 const QString& serverId,
                                 std::stop_token stop = {});

    // ---- cycles ----

    // GET /revenue/cycles, every page, newest first.
    ApiResult<std::vector<Cycle>> cycles(const crypto::EcdsaPrivateKey& operatorKey,
                                         std::stop_token stop = {});
    // GET /revenue/cycles/{cycleId}; the answer must be that cycle.
    ApiResult<Cycle> cycle(const crypto::EcdsaPrivateKey& operatorKey,
                           const QString& cycleId,
                           std::stop_token stop = {});

    // POST /revenue/distribute with dryRun: the allocation the server would pay, nothing
    // sent. Like startCycle, the period is first checked against the cycles list (a dry run
    // of a period that cannot be started is refused); the answer must describe the request's
    // period and pool. `tokenDecimals` writes amounts in error messages.
    ApiResult<DryRun> dryRun(const crypto::EcdsaPrivateKey& operatorKey,
                             const DistributionRequest& request,
                             unsigned tokenDecimals,
                             std::stop_token stop = {});

    // POST /revenue/distribute: starts the cycle (or retries the failed cycle of exactly this
    // period and pool), after checking the period against the cycles list (checkPeriod). The
    // server's 409 and 422 come back as sentences that say what to do; a request that got no
    // answer says to list the cycles before asking again. The answer (202) must be a cycle of
    // the request's period and pool (and, for a retry, the failed cycle's id).
    ApiResult<Cycle> startCycle(const crypto::EcdsaPrivateKey& operatorKey,
                                const DistributionRequest& request,
                                unsigned tokenDecimals,
                                std::stop_token stop = {});
    // The retry of `failed` (status failed): the same call with its period and pool;
    // transfers already confirmed are not sent again.
    ApiResult<Cycle> retryCycle(const crypto::EcdsaPrivateKey& operatorKey,
                                const Cycle& failed,
                                unsigned tokenDecimals,
                                std::stop_token stop = {});

    // Polls GET /revenue/cycles/{cycleId} until the cycle is final (completed, failed or
    // skipped_insufficient_usage) and returns it; `progress` sees every change. A stop request
    // ends it with a Cancelled error (the cycle itself goes on on the server).
    ApiResult<Cycle> followCycle(const crypto::EcdsaPrivateKey& operatorKey,
                                 const QString& cycleId,
                                 const CycleProgress& progress = {},
                                 const FollowOptions& options = {},
                                 std::stop_token stop = {});

private:
    // `endless` says that the list at `path` does not end (%1: the page limit).
    template <class T, class Parse>
    ApiResult<std::vector<T>> list(const crypto::EcdsaPrivateKey& key,
                                   const QByteArray& path,
                                   const QByteArrayList& query,
                                   Parse parse,
                                   Text endless,
                                   std::stop_token stop);
    ApiResult<Cycle> distribute(const crypto::EcdsaPrivateKey& key,
                                const DistributionRequest& request,
                                unsigned tokenDecimals,
                                std::optional<QString> expectedId,
                                std::stop_token stop);

    OperatorClient& m_client;
};

// The number of items this client asks for per page (the API allows 1..500).
inline constexpr int kPageSize = 500;

} // namespace bs::operator_api
