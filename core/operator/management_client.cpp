// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/management_client.h"

#include "ledger/money.h"
#include "util/sleep.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace bs::operator_api {

namespace {

constexpr qsizetype kMaxReason = 500;
constexpr qsizetype kMaxServerName = 100;

// The server's text rule (validate.mjs text()): trimmed length in range, no control characters.
bool hasControl(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::string detailOf(const ApiError& e)
{
    return e.problem ? e.problem->summary().toStdString() : std::string();
}

// `e` saying `detailed` (its last argument the server's detail) when the server gave a
// detail, else `plain`; the other arguments are the same in both. Kind, status, problem and
// Retry-After are kept.
template <class... Args>
ApiError withDetail(const ApiError& e, Text detailed, Text plain, const Args&... args)
{
    const std::string detail = detailOf(e);
    return e.saying(detail.empty() ? fail(plain, args...) : fail(detailed, args..., detail));
}

// What a cycle shows of its progress: a change of any of these is reported.
bool sameProgress(const Cycle& a, const Cycle& b)
{
    if (a.status != b.status || a.distributed != b.distributed || a.error != b.error ||
        a.totalWeight != b.totalWeight || a.transfers.size() != b.transfers.size())
        return false;
    for (std::size_t i = 0; i < a.transfers.size(); ++i) {
        const CycleTransfer& x = a.transfers[i];
        const CycleTransfer& y = b.transfers[i];
        if (x.providerId != y.providerId || x.status != y.status || x.txHash != y.txHash)
            return false;
    }
    return true;
}

} // namespace

template <class T, class Parse>
ApiResult<std::vector<T>> ManagementClient::list(const crypto::EcdsaPrivateKey& key,
                                                 const QByteArray& path,
                                                 const QByteArrayList& query,
                                                 Parse parse,
                                                 Text endless,
                                                 std::stop_token stop)
{
    std::vector<T> all;
    QSet<QString> seen;
    QString cursor;
    const int maxPages = m_client.options().maxPages;
    for (int page = 0;; ++page) {
        if (page >= maxPages)
            return ApiError::badResponse(endless, maxPages);
        QByteArrayList q = query;
        q << "limit=" + QByteArray::number(kPageSize);
        if (!cursor.isEmpty())
            q << "cursor=" + encodeQueryValue(cursor);
        auto answer = m_client.request("GET", path + '?' + q.join('&'), {}, &key, stop);
        if (!answer)
            return answer.error();
        const chain::JsonFields o(answer->object, serverSource());
        auto items = o.array("items");
        if (!items)
            return items.error();
        if (items->size() > kPageSize)
            return o.invalid("items", BS_TR("operator", "at most 500 entries per page, as asked"));
        for (qsizetype i = 0; i < items->size(); ++i) {
            auto fields = o.element("items", *items, i);
            if (!fields)
                return fields.error();
            Result<T> item = parse(*fields);
            if (!item)
                return item.error();
            all.push_back(std::move(*item));
        }
        if (!answer->object.contains(QLatin1String("nextCursor")))
            return o.invalid("nextCursor", BS_TR("operator", "a cursor or null"));
        auto next = nextCursor(answer->object, seen);
        if (!next)
            return next.error();
        if (!*next)
            return all;
        cursor = **next;
    }
}

// ---- providers ----

ApiResult<std::vector<Provider>> ManagementClient::providers(const crypto::EcdsaPrivateKey& key,
                                                             std::optional<ProviderStatus> status,
                                                             std::stop_token stop)
{
    QByteArrayList query;
    if (status)
        query << "status=" + encodeQueryValue(providerStatusName(*status));
    return list<Provider>(
        key, "/providers", query, [](const chain::JsonFields& o) { return parseProvider(o); },
        BS_TR("operator", "The operator's server sent more than %1 pages of providers; the list "
                          "does not end, tell the operator."),
        std::move(stop));
}

ApiResult<Provider> ManagementClient::setProviderStatus(const crypto::EcdsaPrivateKey& key,
                                                        const QString& providerId,
                                                        ProviderStatus to,
                                                        const QString& reason,
                                                        std::stop_token stop)
{
    auto segment = encodePathSegment(providerId);
    if (!segment)
        return ApiError::invalidRequest(segment.error());
    if (to == ProviderStatus::EarningRevenue)
        return ApiError::invalidRequest(
            refusedTransition(ProviderStatus::Integrated, ProviderStatus::EarningRevenue));
    const QString why = reason.trimmed();
    if (why.size() > kMaxReason || hasControl(why))
        return ApiError::invalidRequest(
            BS_TR("operator", "the reason must be at most 500 characters on one line."));
    const QJsonObject body{
        {QStringLiteral("status"), providerStatusName(to)},
        {QStringLiteral("reason"), why.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(why)}};
    const QByteArray path = "/providers/" + *segment;
    auto answer = m_client.request("POST", path + "/status", compact(body), &key, stop);
    if (!answer) {
        const ApiError& e = answer.error();
        if (e.status == 404)
            return e.saying(fail(BS_TR("operator", "The operator's server has no provider %1; "
                                                   "check the provider id. Nothing was changed."),
                                 providerId.toStdString()));
        if (e.status != 409)
            return e;
        // Which state is it in? Say what is possible from there.
        auto now = m_client.provider(key, providerId, stop);
        if (!now)
            return withDetail(e,
                              BS_TR("operator", "The operator's server refuses to make provider "
                                                "%1 %2 (%3); nothing was changed."),
                              BS_TR("operator", "The operator's server refuses to make provider "
                                                "%1 %2; nothing was changed."),
                              providerId.toStdString(), providerStatusName(to).toStdString());
        return e.saying(fail(BS_TR("operator", "Provider %1 is %2: %3"), providerId.toStdString(),
                             providerStatusName(now->status).toStdString(),
                             refusedTransition(now->status, to)));
    }
    auto provider = parseProvider(answer->object);
    if (!provider)
        return provider.error();
    if (provider->providerId != providerId || provider->status != to)
        return ApiError::badResponse(BS_TR("operator", "The operator's server confirmed another "
                                                       "provider or state than the one asked "
                                                       "for; list the providers to see where "
                                                       "things stand, and tell the operator."));
    return std::move(*provider);
}

// ---- usage servers ----

ApiResult<std::vector<UsageServer>> ManagementClient::servers(const crypto::EcdsaPrivateKey& key,
                                                              std::optional<ServerStatus> status,
                                                              std::stop_token stop)
{
    QByteArrayList query;
    if (status)
        query << "status=" + encodeQueryValue(serverStatusName(*status));
    return list<UsageServer>(
        key, "/servers", query, [](const chain::JsonFields& o) { return parseUsageServer(o); },
        BS_TR("operator", "The operator's server sent more than %1 pages of servers; the list "
                          "does not end, tell the operator."),
        std::move(stop));
}

ApiResult<NewUsageServer> ManagementClient::createServer(const crypto::EcdsaPrivateKey& key,
                                                         const QString& name,
                                                         std::stop_token stop)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.size() > kMaxServerName || hasControl(n))
        return ApiError::invalidRequest(
            BS_TR("operator", "a usage server needs a name of 1 to 100 characters on one line."));
    auto answer = m_client.request("POST", "/servers", compact({{QStringLiteral("name"), n}}), &key,
                                   std::move(stop));
    if (!answer)
        return answer.error();
    if (answer->status != 201)
        return ApiError::badResponse(BS_TR("operator", "The operator's server answered the "
                                                       "creation of a usage server with HTTP %1 "
                                                       "instead of 201."),
                                     answer->status);
    auto created = parseNewUsageServer(answer->object);
    if (!created)
        return created.error();
    if (created->server.name != n)
        return ApiError::badResponse(BS_TR("operator", "The operator's server created a usage "
                                                       "server with another name than the one "
                                                       "asked for; revoke it and tell the "
                                                       "operator."));
    return std::move(*created);
}

ApiResult<Done> ManagementClient::revokeServer(const crypto::EcdsaPrivateKey& key,
                                               const QString& serverId,
                                               std::stop_token stop)
{
    auto segment = encodePathSegment(serverId);
    if (!segment)
        return ApiError::invalidRequest(segment.error());
    auto answer = m_client.request("DELETE", "/servers/" + *segment, {}, &key, std::move(stop));
    if (!answer) {
        const ApiError& e = answer.error();
        if (e.status == 404)
            return withDetail(e,
                              BS_TR("operator", "The operator's server has no active usage "
                                                "server %1 (%2); list the servers to see which "
                                                "are active."),
                              BS_TR("operator", "The operator's server has no active usage "
                                                "server %1; list the servers to see which are "
                                                "active."),
                              serverId.toStdString());
        return e;
    }
    if (answer->status != 204)
        return ApiError::badResponse(BS_TR("operator", "The operator's server answered the "
                                                       "revocation with HTTP %1 instead of 204; "
                                                       "list the servers to check it is "
                                                       "revoked."),
                                     answer->status);
    return Done{};
}

// ---- cycles ----

ApiResult<std::vector<Cycle>> ManagementClient::cycles(const crypto::EcdsaPrivateKey& key,
                                                       std::stop_token stop)
{
    return list<Cycle>(
        key, "/revenue/cycles", {}, [](const chain::JsonFields& o) { return parseCycle(o); },
        BS_TR("operator", "The operator's server sent more than %1 pages of revenue/cycles; the "
                          "list does not end, tell the operator."),
        std::move(stop));
}

ApiResult<Cycle> ManagementClient::cycle(const crypto::EcdsaPrivateKey& key,
                                         const QString& cycleId,
                                         std::stop_token stop)
{
    auto segment = encodePathSegment(cycleId);
    if (!segment)
        return ApiError::invalidRequest(segment.error());
    auto answer = m_client.request("GET", "/revenue/cycles/" + *segment, {}, &key, std::move(stop));
    if (!answer) {
        if (answer.error().status == 404)
            return answer.error().saying(fail(
                BS_TR("operator", "The operator's server has no cycle %1; check the cycle id."),
                cycleId.toStdString()));
        return answer.error();
    }
    auto c = parseCycle(answer->object);
    if (!c)
        return c.error();
    if (c->cycleId != cycleId)
        return ApiError::badResponse(BS_TR("operator", "The operator's server answered with "
                                                       "another cycle than the one asked for; "
                                                       "tell the operator."));
    return std::move(*c);
}

ApiResult<DryRun> ManagementClient::dryRun(const crypto::EcdsaPrivateKey& key,
                                           const DistributionRequest& request,
                                           unsigned tokenDecimals,
                                           std::stop_token stop)
{
    auto existing = cycles(key, stop);
    if (!existing)
        return existing.error();
    if (auto checked = checkPeriod(request, *existing, tokenDecimals); !checked)
        return ApiError::invalidRequest(checked.error());
    auto answer = m_client.request("POST", "/revenue/distribute", compact(request.toJson(true)),
                                   &key, std::move(stop));
    if (!answer) {
        const ApiError& e = answer.error();
        if (e.status == 422)
            return withDetail(e,
                              BS_TR("operator", "The operator cannot fund a pool of %1 (%2); add "
                                                "USDC to the operator's wallet or choose a "
                                                "smaller pool."),
                              BS_TR("operator", "The operator cannot fund a pool of %1; add USDC "
                                                "to the operator's wallet or choose a smaller "
                                                "pool."),
                              ledger::formatAmount(request.pool, tokenDecimals));
        return e;
    }
    auto run = parseDryRun(answer->object);
    if (!run)
        return run.error();
    if (run->periodStart != request.periodStart || run->periodEnd != request.periodEnd ||
        run->pool != request.pool)
        return ApiError::badResponse(BS_TR("operator", "The operator's server computed a dry run "
                                                       "for another period or pool than the one "
                                                       "asked for; tell the operator."));
    return std::move(*run);
}

ApiResult<Cycle> ManagementClient::distribute(const crypto::EcdsaPrivateKey& key,
                                              const DistributionRequest& request,
                                              unsigned tokenDecimals,
                                              std::optional<QString> expectedId,
                                              std::stop_token stop)
{
    auto existing = cycles(key, stop);
    if (!existing)
        return existing.error();
    auto checked = checkPeriod(request, *existing, tokenDecimals);
    if (!checked)
        return ApiError::invalidRequest(checked.error());
    if (checked->retryOf)
        expectedId = checked->retryOf->cycleId;
    else if (expectedId)
        return ApiError::invalidRequest(BS_TR("operator", "cycle %1 is not a failed cycle of this "
                                                          "period and pool any more; list the "
                                                          "cycles to see its state."),
                                        expectedId->toStdString());

    auto answer = m_client.request("POST", "/revenue/distribute", compact(request.toJson(false)),
                                   &key, std::move(stop));
    if (!answer) {
        const ApiError& e = answer.error();
        if (e.status == 409)
            return withDetail(e,
                              BS_TR("operator", "The operator's server refuses to start this "
                                                "cycle (%1): a period may not overlap a cycle "
                                                "that did not fail, and a failed cycle is retried "
                                                "with its own period and pool. Nothing was "
                                                "started."),
                              BS_TR("operator", "The operator's server refuses to start this "
                                                "cycle: a period may not overlap a cycle that did "
                                                "not fail, and a failed cycle is retried with its "
                                                "own period and pool. Nothing was started."));
        if (e.status == 422)
            return withDetail(e,
                              BS_TR("operator", "The operator cannot fund a pool of %1 (%2); add "
                                                "USDC to the operator's wallet or choose a "
                                                "smaller pool. Nothing was started."),
                              BS_TR("operator", "The operator cannot fund a pool of %1; add USDC "
                                                "to the operator's wallet or choose a smaller "
                                                "pool. Nothing was started."),
                              ledger::formatAmount(request.pool, tokenDecimals));
        if (e.kind == ApiError::Kind::Unavailable)
            return e.saying(fail(BS_TR("operator", "%1 The cycle may have started anyway: list "
                                                   "the cycles before asking again."),
                                 e.toError()));
        return e;
    }
    if (answer->status != 202)
        return ApiError::badResponse(BS_TR("operator", "The operator's server answered the start "
                                                       "of a cycle with HTTP %1 instead of 202; "
                                                       "list the cycles to see what happened."),
                                     answer->status);
    auto c = parseCycle(answer->object);
    if (!c)
        return c.error();
    if (c->periodStart != request.periodStart || c->periodEnd != request.periodEnd ||
        c->pool != request.pool || (expectedId && c->cycleId != *expectedId))
        return ApiError::badResponse(BS_TR("operator", "The operator's server started another "
                                                       "cycle than the one asked for (%1); list "
                                                       "the cycles and tell the operator."),
                                     c->cycleId.toStdString());
    return std::move(*c);
}

ApiResult<Cycle> ManagementClient::startCycle(const crypto::EcdsaPrivateKey& key,
                                              const DistributionRequest& request,
                                              unsigned tokenDecimals,
                                              std::stop_token stop)
{
    return distribute(key, request, tokenDecimals, std::nullopt, std::move(stop));
}

ApiResult<Cycle> ManagementClient::retryCycle(const crypto::EcdsaPrivateKey& key,
                                              const Cycle& failed,
                                              unsigned tokenDecimals,
                                              std::stop_token stop)
{
    if (failed.status != CycleStatus::Failed)
        return ApiError::invalidRequest(
            BS_TR("operator", "cycle %1 is %2; only a failed cycle can be retried."),
            failed.cycleId.toStdString(), cycleStatusName(failed.status).toStdString());
    const DistributionRequest request{failed.periodStart, failed.periodEnd, failed.pool};
    return distribute(key, request, tokenDecimals, failed.cycleId, std::move(stop));
}

ApiResult<Cycle> ManagementClient::followCycle(const crypto::EcdsaPrivateKey& key,
                                               const QString& cycleId,
                                               const CycleProgress& progress,
                                               const FollowOptions& options,
                                               std::stop_token stop)
{
    QElapsedTimer clock;
    clock.start();
    std::optional<Cycle> last;
    std::chrono::milliseconds delay = options.initialInterval;
    int failures = 0;
    for (;;) {
        if (stop.stop_requested())
            return ApiError::of(ApiError::Kind::Cancelled,
                                fail(BS_TR("operator", "Following the cycle was stopped; the "
                                                       "cycle goes on on the server.")));
        auto current = cycle(key, cycleId, stop);
        std::chrono::milliseconds wait = delay;
        if (!current) {
            const ApiError& e = current.error();
            if (!e.transient() || ++failures > options.maxConsecutiveFailures)
                return e;
            if (e.retryAfter)
                wait = std::max(wait, std::chrono::milliseconds(*e.retryAfter));
        } else {
            failures = 0;
            const bool changed = !last || !sameProgress(*last, *current);
            last = std::move(*current);
            if (changed && progress)
                progress(*last);
            if (isFinal(last->status))
                return *last;
            delay = changed ? options.initialInterval
                            : std::min(options.maxInterval,
                                       std::chrono::milliseconds(static_cast<long long>(
                                           static_cast<double>(delay.count()) * options.factor)));
            wait = delay;
        }
        if (options.timeout.count() > 0 &&
            std::chrono::milliseconds(clock.elapsed()) + wait > options.timeout)
            return ApiError::of(
                ApiError::Kind::Unavailable,
                last ? fail(BS_TR("operator", "Cycle %1 is still %2 after %3 seconds; it goes on "
                                              "on the server, follow it again later."),
                            cycleId.toStdString(), cycleStatusName(last->status).toStdString(),
                            options.timeout.count() / 1000)
                     : fail(BS_TR("operator", "Cycle %1 is still not readable after %2 seconds; "
                                              "it goes on on the server, follow it again later."),
                            cycleId.toStdString(), options.timeout.count() / 1000));
        util::sleepUnlessStopped(wait, stop);
    }
}

} // namespace bs::operator_api
