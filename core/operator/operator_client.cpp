// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/operator_client.h"

#include "operator/request_signer.h"

#include <QJsonDocument>
#include <QSet>

#include <stdexcept>

namespace bs::operator_api {

namespace {

template <class... Args>
ApiError badResponse(Text text, Args&&... args)
{
    return ApiError::badResponse(text, std::forward<Args>(args)...);
}

template <class... Args>
ApiError invalidRequest(Text text, Args&&... args)
{
    return ApiError::invalidRequest(text, std::forward<Args>(args)...);
}

constexpr Text kInvalidCursor =
    BS_TR("operator", "The operator's server sent an invalid nextCursor; tell the operator.");
constexpr Text kCursorTwice =
    BS_TR("operator", "The operator's server sent the same page cursor twice; tell the operator.");

// "/providers/<providerId>", the id as one path segment.
ApiResult<QByteArray> providerPath(const QString& providerId)
{
    auto segment = encodePathSegment(providerId);
    if (!segment)
        return ApiError::invalidRequest(segment.error());
    return "/providers/" + *segment;
}

// What the server sent about provider `providerId`; an answer about another provider is
// refused with `otherProvider`.
template <class T>
ApiResult<T> aboutProvider(Result<T> parsed, const QString& providerId, Text otherProvider)
{
    if (!parsed)
        return parsed.error();
    if (parsed->providerId != providerId)
        return badResponse(otherProvider);
    return std::move(*parsed);
}

// What QNetworkAccessManager puts on the request line for `url` (qhttpnetworkrequest.cpp:
// fully encoded, no fragment or user info, "." and ".." segments resolved). Signing these
// exact bytes is what "the path and query exactly as sent" means.
QByteArray requestTarget(const QUrl& url)
{
    QUrl::FormattingOptions format = QUrl::RemoveFragment | QUrl::RemoveUserInfo |
                                     QUrl::FullyEncoded | QUrl::RemoveScheme |
                                     QUrl::RemoveAuthority;
    if (!url.path().isEmpty())
        format |= QUrl::NormalizePathSegments;
    return url.toEncoded(format);
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

QByteArray percentEncode(const QString& text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if (isUnreserved(c)) {
            out += c;
        } else {
            static constexpr char kHex[] = "0123456789ABCDEF";
            const auto b = static_cast<unsigned char>(c);
            out += '%';
            out += kHex[b >> 4];
            out += kHex[b & 0xf];
        }
    }
    return out;
}

} // namespace

Result<QByteArray> encodePathSegment(const QString& segment)
{
    if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
        return fail(BS_TR("operator", "'%1' is not a valid id."), segment.toStdString());
    return percentEncode(segment);
}

QByteArray encodeQueryValue(const QString& value)
{
    return percentEncode(value);
}

ApiResult<std::optional<QString>> nextCursor(const QJsonObject& page, QSet<QString>& seen)
{
    const QJsonValue next = page.value(QLatin1String("nextCursor"));
    if (next.isNull() || next.isUndefined())
        return std::optional<QString>();
    if (!next.isString() || next.toString().isEmpty() || next.toString().size() > 1024)
        return badResponse(kInvalidCursor);
    const QString cursor = next.toString();
    if (seen.contains(cursor))
        return badResponse(kCursorTwice);
    seen.insert(cursor);
    return std::optional<QString>(cursor);
}

QString formatTime(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

Result<std::unique_ptr<OperatorClient>> OperatorClient::create(const QUrl& baseUrl,
                                                               OperatorClientOptions options,
                                                               std::shared_ptr<OperatorCache> cache)
{
    if (auto checked = util::checkUrl(baseUrl, options.http.allowPlainHttp); !checked)
        return fail(BS_TR("operator", "the operator server URL is not usable: %1"),
                    checked.error());
    if (baseUrl.hasQuery() || baseUrl.hasFragment() || !baseUrl.userInfo().isEmpty())
        return fail(BS_TR("operator", "the operator server URL must not contain a query, a "
                                      "fragment or a user name; give the API base only, like "
                                      "https://shield.example.org/api/v1."));
    QUrl base = baseUrl;
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path, QUrl::StrictMode);
    if (!base.isValid())
        return fail(BS_TR("operator", "the operator server URL is not valid; give the API base, "
                                      "like https://shield.example.org/api/v1."));
    return std::unique_ptr<OperatorClient>(
        new OperatorClient(base, std::move(options), std::move(cache)));
}

OperatorClient::OperatorClient(const QUrl& base,
                               OperatorClientOptions options,
                               std::shared_ptr<OperatorCache> cache)
    : m_base(base)
    , m_options(std::move(options))
    , m_cache(std::move(cache))
    , m_http(m_options.http)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_nonce([] { return randomNonce(); })
{}

QString OperatorClient::serverForDisplay() const
{
    return util::redactedUrl(m_base);
}

ApiResult<JsonAnswer> OperatorClient::request(const QByteArray& method,
                                              const QByteArray& pathAndQuery,
                                              const QByteArray& body,
                                              const crypto::EcdsaPrivateKey* signer,
                                              std::stop_token stop)
{
    if (!pathAndQuery.startsWith('/'))
        throw std::invalid_argument("OperatorClient::request: the path must start with '/'");

    // The URL from the already-encoded base and route, then the target as it will be sent;
    // the route part of that target is what gets signed.
    const QByteArray basePath = requestTarget(m_base);
    const QUrl url =
        QUrl::fromEncoded(m_base.toEncoded(QUrl::FullyEncoded) + pathAndQuery, QUrl::StrictMode);
    const QByteArray target = requestTarget(url);
    const QByteArray prefix = basePath == "/" ? QByteArray() : basePath;
    if (!url.isValid() || !target.startsWith(prefix + '/'))
        return invalidRequest(
            BS_TR("operator", "the request path '%1' is not valid for the operator API."),
            pathAndQuery.toStdString());
    const QByteArray signedTarget = target.mid(prefix.size());

    util::HttpRequest http;
    http.method = method;
    http.url = url;
    http.headers = {{"Accept", "application/json, application/problem+json"}};
    http.body = body;
    if (!body.isEmpty() || method == "POST")
        http.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));

    // Cached answers are per signer: a route may answer differently per role.
    const bool cacheable = method == "GET" && m_cache;
    QString cacheKey;
    std::optional<CachedAnswer> cached;
    if (cacheable) {
        cacheKey = QStringLiteral("operator:") + serverForDisplay() + QLatin1Char('|') +
                   (signer ? QString::fromStdString(signer->address().toLowerHex())
                           : QStringLiteral("public")) +
                   QLatin1Char('|') + QString::fromLatin1(signedTarget);
        cached = m_cache->get(cacheKey);
        if (cached && !cached->etag.isEmpty())
            http.headers.append(qMakePair(QByteArray("If-None-Match"), cached->etag));
    }
    if (signer) {
        const RequestSignature signature =
            signRequest(*signer, method, signedTarget, body, m_clock(), m_nonce());
        http.headers.append(signature.headers());
    }

    const util::HttpReply reply = m_http.send(http, std::move(stop));
    if (reply.outcome != util::HttpReply::Outcome::Ok)
        return errorFromReply(reply, serverForDisplay());

    QByteArray json;
    JsonAnswer answer;
    answer.status = reply.status;
    if (reply.status == 304) {
        if (!cached || cached->etag.isEmpty())
            return badResponse(BS_TR("operator", "The operator's server answered 304 Not Modified "
                                                 "to a request without a cached copy; tell the "
                                                 "operator."));
        json = cached->json;
        answer.fromCache = true;
    } else if (reply.status == 204) {
        // No Content (DELETE): success without a body (HTTP has none); `object` stays empty.
        return answer;
    } else if (reply.status >= 200 && reply.status < 300) {
        if (reply.mediaType() != "application/json")
            return badResponse(BS_TR("operator", "The operator's server answered with '%1' "
                                                 "instead of JSON; check the server URL of the "
                                                 "profile."),
                               reply.mediaType().toStdString());
        json = reply.body;
    } else {
        return errorFromReply(reply, serverForDisplay());
    }

    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return badResponse(BS_TR("operator", "The operator's server sent an answer that is not "
                                             "a JSON object; tell the operator."));
    answer.object = doc.object();
    answer.body = json;
    if (cacheable && reply.status == 200 && !reply.etag().isEmpty())
        m_cache->put(cacheKey, json, reply.etag());
    return answer;
}

ApiResult<chain::Network> OperatorClient::network(std::stop_token stop)
{
    auto answer = request("GET", "/network", {}, nullptr, std::move(stop));
    if (!answer)
        return answer.error();
    auto network = chain::parseNetwork(QJsonDocument(answer->object).toJson(QJsonDocument::Compact),
                                       chain::NetworkSource::OperatorAnswer);
    if (!network)
        return network.error();
    return std::move(*network);
}

ApiResult<Registration> OperatorClient::registerProvider(const crypto::EcdsaPrivateKey& walletKey,
                                                         const ProviderDetails& details,
                                                         std::stop_token stop)
{
    if (walletKey.address() != details.address)
        return invalidRequest(BS_TR("operator", "a provider registers itself: the wallet key of "
                                                "%1 must sign the registration."),
                              details.address.toChecksumHex());
    if (details.eercPublicKey.isIdentity())
        return invalidRequest(
            BS_TR("operator", "the eERC public key is not set; derive the eERC key first."));
    const QByteArray body = QJsonDocument(details.toJson()).toJson(QJsonDocument::Compact);
    auto answer = request("POST", "/providers/register", body, &walletKey, std::move(stop));
    if (!answer)
        return answer.error();
    if (answer->status != 200 && answer->status != 201)
        return badResponse(BS_TR("operator", "The operator's server answered the registration "
                                             "with HTTP %1 instead of 200 or 201."),
                           answer->status);
    auto provider = parseProvider(answer->object);
    if (!provider)
        return provider.error();
    if (provider->details.address != details.address ||
        !(provider->details.eercPublicKey == details.eercPublicKey))
        return badResponse(BS_TR("operator", "The operator's server confirmed a registration "
                                             "with another address or eERC key than the one "
                                             "sent; tell the operator."));
    return Registration{std::move(*provider), answer->status == 201};
}

ApiResult<Provider> OperatorClient::provider(const crypto::EcdsaPrivateKey& walletKey,
                                             const QString& providerId,
                                             std::stop_token stop)
{
    auto path = providerPath(providerId);
    if (!path)
        return path.error();
    auto answer = request("GET", *path, {}, &walletKey, std::move(stop));
    if (!answer)
        return answer.error();
    return aboutProvider(parseProvider(answer->object), providerId,
                         BS_TR("operator", "The operator's server answered with another provider "
                                           "than the one asked for; tell the operator."));
}

ApiResult<ledger::Earnings> OperatorClient::earnings(const crypto::EcdsaPrivateKey& walletKey,
                                                     const QString& providerId,
                                                     std::optional<QDateTime> from,
                                                     std::optional<QDateTime> to,
                                                     std::stop_token stop)
{
    auto providerRoot = providerPath(providerId);
    if (!providerRoot)
        return providerRoot.error();
    if (from && to && !(*from < *to))
        return invalidRequest(BS_TR("operator", "the earnings period must end after it starts."));
    const QByteArray path = *providerRoot + "/earnings";
    QByteArrayList query;
    if (from)
        query << "from=" + encodeQueryValue(formatTime(*from));
    if (to)
        query << "to=" + encodeQueryValue(formatTime(*to));

    std::optional<ledger::Earnings> all;
    QSet<QString> cursorsSeen;
    QString cursor;
    for (int page = 0;; ++page) {
        if (page >= m_options.maxPages)
            return badResponse(BS_TR("operator", "The operator's server sent more than %1 pages "
                                                 "of earnings; choose a shorter period and try "
                                                 "again."),
                               m_options.maxPages);
        QByteArrayList pageQuery = query;
        if (!cursor.isEmpty())
            pageQuery << "cursor=" + encodeQueryValue(cursor);
        const QByteArray target = pageQuery.isEmpty() ? path : path + '?' + pageQuery.join('&');
        auto answer = request("GET", target, {}, &walletKey, stop);
        if (!answer)
            return answer.error();
        auto earnings = aboutProvider(parseEarnings(answer->object), providerId,
                                      BS_TR("operator", "The operator's server answered with "
                                                        "another provider's earnings; tell the "
                                                        "operator."));
        if (!earnings)
            return earnings.error();
        if (!all) {
            all = std::move(*earnings);
        } else {
            // One list in pages: the totals describe the whole list and must not change.
            if (earnings->totalCycles != all->totalCycles ||
                earnings->distributed != all->distributed)
                return badResponse(BS_TR("operator", "The operator's earnings changed while "
                                                     "they were being read; try again."));
            for (ledger::EarningsCycle& c : earnings->cycles)
                all->cycles.push_back(std::move(c));
        }

        auto next = nextCursor(answer->object, cursorsSeen);
        if (!next)
            return next.error();
        if (!*next)
            break;
        cursor = **next;
    }
    if (all->cycles.size() != all->totalCycles)
        return badResponse(BS_TR("operator", "The operator's server reports %1 earnings cycles "
                                             "but sent %2; tell the operator."),
                           all->totalCycles, all->cycles.size());
    return std::move(*all);
}

ApiResult<AuditTotalsAnswer> OperatorClient::auditTotals(const crypto::EcdsaPrivateKey& walletKey,
                                                         std::optional<QDateTime> from,
                                                         std::optional<QDateTime> to,
                                                         std::stop_token stop)
{
    if (from && to && !(*from < *to))
        return invalidRequest(BS_TR("operator", "the audit period must end after it starts."));
    QByteArrayList query;
    if (from)
        query << "from=" + encodeQueryValue(formatTime(*from));
    if (to)
        query << "to=" + encodeQueryValue(formatTime(*to));
    const QByteArray target =
        query.isEmpty() ? QByteArray("/audit/totals") : "/audit/totals?" + query.join('&');
    auto answer = request("GET", target, {}, &walletKey, std::move(stop));
    if (!answer) {
        const ApiError& error = answer.error();
        if (error.kind == ApiError::Kind::BadResponse && error.status == 0 &&
            error.error.is(kAnswerTooLarge))
            return error.saying(fail(BS_TR("operator", "%1 Or audit a shorter period: the "
                                                       "answer lists every transfer."),
                                     error.error));
        return error;
    }
    auto totals = parseAuditTotals(answer->object);
    if (!totals)
        return totals.error();
    // Whole seconds on the wire (formatTime): compare what was asked with what is stated.
    const auto same = [](const std::optional<QDateTime>& asked,
                         const std::optional<QDateTime>& stated) {
        if (!asked || !stated)
            return asked.has_value() == stated.has_value();
        return asked->toSecsSinceEpoch() == stated->toSecsSinceEpoch();
    };
    if (!same(from, totals->from) || !same(to, totals->to))
        return badResponse(BS_TR("operator", "The operator's server answered the audit totals "
                                             "for another period than the one asked for; tell "
                                             "the operator."));
    return AuditTotalsAnswer{std::move(*totals), std::move(answer->body)};
}

ApiResult<std::vector<Provider>>
OperatorClient::listProviders(const crypto::EcdsaPrivateKey& walletKey, std::stop_token stop)
{
    std::vector<Provider> all;
    QSet<QString> cursorsSeen;
    QString cursor;
    for (int page = 0;; ++page) {
        if (page >= m_options.maxPages)
            return badResponse(BS_TR("operator", "The operator's server sent more than %1 pages "
                                                 "of providers; tell the operator."),
                               m_options.maxPages);
        QByteArray target = "/providers?limit=500";
        if (!cursor.isEmpty())
            target += "&cursor=" + encodeQueryValue(cursor);
        auto answer = request("GET", target, {}, &walletKey, stop);
        if (!answer)
            return answer.error();
        const QJsonValue items = answer->object.value(QLatin1String("items"));
        if (!items.isArray())
            return badResponse(BS_TR("operator", "The operator's server sent a provider list "
                                                 "without items; tell the operator."));
        const QJsonArray list = items.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isObject())
                return badResponse(BS_TR("operator", "The operator's server sent a provider "
                                                     "list with an item that is not an object; "
                                                     "tell the operator."));
            auto p = parseProvider(list.at(i).toObject());
            if (!p)
                return p.error();
            all.push_back(std::move(*p));
        }
        const QJsonValue next = answer->object.value(QLatin1String("nextCursor"));
        if (next.isNull() || next.isUndefined())
            break;
        if (!next.isString() || next.toString().isEmpty())
            return badResponse(kInvalidCursor);
        cursor = next.toString();
        if (cursorsSeen.contains(cursor))
            return badResponse(kCursorTwice);
        cursorsSeen.insert(cursor);
    }
    return all;
}

} // namespace bs::operator_api
