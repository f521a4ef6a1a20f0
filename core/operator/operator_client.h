// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The client of an operator's BackendShield server (spec operator-api.md), one per profile.
// Blocking and cancellable with a std::stop_token, like the chain code: call it from a
// worker thread (or the CLI), never from the GUI thread. A client belongs to the thread that
// created it.
//
// Every answer is checked (operator/types.h): what the server sends is untrusted. Signed
// routes take the wallet key per call, so the client never holds a secret. GET answers are
// cached with their ETag (operator/operator_cache.h); a 304 answers from the cache.
//
// Nothing here is needed for a balance or a claim: those use the chain alone, and the
// errors of this client say so when the server is down.
#include "crypto/secp256k1.h"
#include "operator/api_types.h"
#include "operator/operator_cache.h"
#include "operator/problem.h"
#include "util/http_client.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>

namespace bs::operator_api {

struct OperatorClientOptions
{
    // Operator answers are small; 16 MiB bounds a long earnings history page.
    util::HttpOptions http{std::chrono::milliseconds(30000), 16u * 1024 * 1024, false};
    // Lists follow nextCursor at most this many pages, then fail (a server that never ends a
    // list must not keep the client busy forever).
    int maxPages = 200;
};

// A successful answer: its status (200, 201, 202) and its JSON object.
struct JsonAnswer
{
    int status = 0;
    QJsonObject object;
    bool fromCache = false; // a 304: `object` is the cached copy
    QByteArray body;        // the JSON exactly as received (or the cached copy)
};

// GET /audit/totals: the parsed answer and its bytes exactly as received, whose SHA-256 an
// auditor's report states as evidence of what the operator claimed.
struct AuditTotalsAnswer
{
    AuditTotals totals;
    QByteArray raw;
};

struct Registration
{
    Provider provider;
    bool created = false; // 201: new; 200: the same registration was already there
};

class OperatorClient
{
public:
    // `baseUrl` is the profile's API base, e.g. https://shield.example.org/api/v1 (no query,
    // no fragment, no user info); the plain-http rule of util::checkUrl applies. `cache` may
    // be null (no ETag caching).
    static Result<std::unique_ptr<OperatorClient>>
    create(const QUrl& baseUrl,
           OperatorClientOptions options = {},
           std::shared_ptr<OperatorCache> cache = nullptr);

    // For tests: the clock (unix seconds) and the nonce source used to sign requests.
    void setClock(std::function<std::int64_t()> unixSeconds) { m_clock = std::move(unixSeconds); }
    void setNonceSource(std::function<QByteArray()> nonce) { m_nonce = std::move(nonce); }

    // The base URL without credentials, for messages.
    QString serverForDisplay() const;
    const OperatorClientOptions& options() const { return m_options; }

    // GET /network (public).
    ApiResult<chain::Network> network(std::stop_token stop = {});

    // POST /providers/register, signed by `walletKey`, whose address must be details.address.
    // The answer must describe the same address and eERC key. The spec has no lookup of a
    // provider by address: registering the same details again is how a client finds its own
    // providerId (200 with the existing provider); other details for the address give 409.
    ApiResult<Registration> registerProvider(const crypto::EcdsaPrivateKey& walletKey,
                                             const ProviderDetails& details,
                                             std::stop_token stop = {});

    // GET /providers/{providerId}, signed. The answer must carry that providerId.
    ApiResult<Provider> provider(const crypto::EcdsaPrivateKey& walletKey,
                                 const QString& providerId,
                                 std::stop_token stop = {});

    // GET /providers/{providerId}/earnings?from=&to=, signed; follows nextCursor when the
    // server pages the cycles (at most options.maxPages pages) and checks totals.cycles
    // against the cycles received.
    ApiResult<ledger::Earnings> earnings(const crypto::EcdsaPrivateKey& walletKey,
                                         const QString& providerId,
                                         std::optional<QDateTime> from = {},
                                         std::optional<QDateTime> to = {},
                                         std::stop_token stop = {});

    // GET /audit/totals?from=&to=, signed by an auditor's (or the operator's) wallet key. The
    // answer must state the period asked for. A period longer than the options' response
    // size limit allows fails with a sentence saying to choose a shorter one.
    ApiResult<AuditTotalsAnswer> auditTotals(const crypto::EcdsaPrivateKey& walletKey,
                                             std::optional<QDateTime> from = {},
                                             std::optional<QDateTime> to = {},
                                             std::stop_token stop = {});

    // GET /providers (operator or auditor), every page (at most options.maxPages pages of 500).
    ApiResult<std::vector<Provider>> listProviders(const crypto::EcdsaPrivateKey& walletKey,
                                                   std::stop_token stop = {});

    // One request of any route: `pathAndQuery` is appended to the base URL and must be
    // percent-encoded already (see encodePathSegment / encodeQueryValue). Signed when
    // `signer` is given. GETs use the cache. Success is a 2xx with a JSON object, a 204
    // without a body (an empty object), or a 304 with a cached copy; anything else is an
    // ApiError.
    ApiResult<JsonAnswer> request(const QByteArray& method,
                                  const QByteArray& pathAndQuery,
                                  const QByteArray& body,
                                  const crypto::EcdsaPrivateKey* signer,
                                  std::stop_token stop = {});

private:
    OperatorClient(const QUrl& base,
                   OperatorClientOptions options,
                   std::shared_ptr<OperatorCache> cache);

    QUrl m_base; // scheme + authority + path without a trailing "/"
    OperatorClientOptions m_options;
    std::shared_ptr<OperatorCache> m_cache;
    util::HttpClient m_http;
    std::function<std::int64_t()> m_clock;
    std::function<QByteArray()> m_nonce;
};

// An id as one path segment: every byte but ALPHA / DIGIT / "-" / "." / "_" / "~" is
// percent-encoded; "" , "." and ".." are refused (they would change the path).
Result<QByteArray> encodePathSegment(const QString& segment);
// A query value: like a path segment, and empty is allowed.
QByteArray encodeQueryValue(const QString& value);
// The nextCursor of a list page: nullopt at the end of the list; an error for a cursor that
// is not a string of 1 to 1024 characters or that is in `seen` already (it is added to it).
ApiResult<std::optional<QString>> nextCursor(const QJsonObject& page, QSet<QString>& seen);
// RFC 3339 in UTC with whole seconds, as the API writes times: 2026-11-01T00:00:00Z.
QString formatTime(const QDateTime& time);

} // namespace bs::operator_api
