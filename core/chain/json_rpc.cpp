// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/json_rpc.h"

#include "util/hex.h"
#include "util/sleep.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace bs::chain {

namespace {

bool isTransientHttpStatus(int status)
{
    return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
}

// Codes nodes and providers use for "slow down" (not -32005, see the header).
bool isRateLimitCode(int code)
{
    return code == -32029 || code == 429;
}

Error describeStatus(int status, const QString& endpoint)
{
    const std::string at = endpoint.toStdString();
    switch (status) {
    case 401:
    case 403:
        return fail(BS_TR("chain", "the node refused access (HTTP %1): check the URL and any API "
                                   "key (%2)"),
                    status, at);
    case 404:
        return fail(BS_TR("chain", "no JSON-RPC endpoint at this URL (HTTP 404): check the path "
                                   "(%1)"),
                    at);
    case 429:
        return fail(BS_TR("chain", "the node is rate limiting us (HTTP 429): try again later (%1)"),
                    at);
    default:
        return fail(BS_TR("chain", "the node answered HTTP %1 instead of JSON-RPC (%2)"), status,
                    at);
    }
}

RpcError badResponse(Error sentence)
{
    return RpcError::of(RpcError::Kind::BadResponse, 0, std::move(sentence));
}

RpcError nodeErrorOf(const QJsonObject& error)
{
    const int code = error.value(QLatin1String("code")).toInt();
    const QByteArray data = revertDataOf(error.value(QLatin1String("data")));
    const QString words = error.value(QLatin1String("message")).toString().left(500);
    if (words.isEmpty())
        return RpcError::of(RpcError::Kind::Node, code,
                            fail(BS_TR("chain", "the node reported error %1"), code), data);
    // The node's own words, kept exactly as they came for the checks that read them.
    return RpcError{RpcError::Kind::Node, code, words, data, outsideText(words.toStdString())};
}

// Why a request was not answered: checkUrl's refusal, or Qt's words for a network error.
Error unansweredBecause(Text sentence, const QString& endpoint, const HttpResponse& response)
{
    if (response.refusal.text.source)
        return fail(sentence, endpoint.toStdString(), response.refusal);
    return fail(sentence, endpoint.toStdString(), response.errorText.toStdString());
}

// One JSON-RPC response object for request `id`: its result or its error.
RpcReply replyOf(const QJsonObject& response, qint64 id)
{
    if (response.value(QLatin1String("jsonrpc")).toString() != QLatin1String("2.0") ||
        response.value(QLatin1String("id")).toInteger(-1) != id)
        return badResponse(fail(BS_TR("chain", "the node's answer is not a JSON-RPC 2.0 response "
                                               "to our request")));
    if (response.contains(QLatin1String("error"))) {
        const QJsonValue error = response.value(QLatin1String("error"));
        if (!error.isObject())
            return badResponse(fail(BS_TR("chain", "the node sent a malformed error object")));
        return nodeErrorOf(error.toObject());
    }
    if (!response.contains(QLatin1String("result")))
        return badResponse(
            fail(BS_TR("chain", "the node's answer has neither a result nor an error")));
    return RpcReply(response.value(QLatin1String("result")));
}

QJsonObject requestObject(const QString& method, const QJsonArray& params, qint64 id)
{
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("params"), params}};
}

} // namespace

QByteArray revertDataOf(const QJsonValue& errorData)
{
    QJsonValue v = errorData;
    // Hardhat: {"message": ..., "data": "0x..."}; some nodes nest once more.
    for (int depth = 0; depth < 3 && v.isObject(); ++depth)
        v = v.toObject().value(QLatin1String("data"));
    if (!v.isString())
        return {};
    const auto bytes = util::hexDecode(v.toString().toStdString(), util::HexPrefix::Optional);
    if (!bytes || !v.toString().startsWith(QLatin1String("0x")))
        return {};
    return QByteArray(reinterpret_cast<const char*>(bytes->data()),
                      static_cast<qsizetype>(bytes->size()));
}

JsonRpcClient::JsonRpcClient(std::unique_ptr<JsonTransport> transport, RetryPolicy retry)
    : m_transport(std::move(transport))
    , m_retry(retry)
    , m_sleep(util::sleepUnlessStopped)
{}

void JsonRpcClient::setSleeper(std::function<void(std::chrono::milliseconds, std::stop_token)> s)
{
    m_sleep = std::move(s);
}

std::variant<QJsonValue, RpcError> JsonRpcClient::roundTrip(const QByteArray& body,
                                                            std::stop_token stop)
{
    const QString endpoint = m_transport->endpointForDisplay();
    auto delay = m_retry.initialDelay;
    RpcError last;
    for (int attempt = 1; attempt <= std::max(1, m_retry.maxAttempts); ++attempt) {
        if (attempt > 1) {
            m_sleep(delay, stop);
            delay = std::min(m_retry.maxDelay,
                             std::chrono::milliseconds(static_cast<qint64>(
                                 static_cast<double>(delay.count()) * m_retry.factor)));
        }
        if (stop.stop_requested())
            return RpcError::of(RpcError::Kind::Cancelled, 0, fail(kCancelled));

        const HttpResponse response = m_transport->post(body, stop);
        switch (response.outcome) {
        case HttpResponse::Outcome::Cancelled:
            return RpcError::of(RpcError::Kind::Cancelled, 0, fail(kCancelled));
        case HttpResponse::Outcome::TooLarge:
            return badResponse(fail(kAnswerTooLarge, endpoint.toStdString()));
        case HttpResponse::Outcome::Timeout:
            last = RpcError::of(
                RpcError::Kind::Unreachable, 0,
                fail(BS_TR("chain", "%1 did not answer in time"), endpoint.toStdString()));
            continue;
        case HttpResponse::Outcome::Refused: // not sent at all: trying again changes nothing
            return RpcError::of(
                RpcError::Kind::Unreachable, 0,
                unansweredBecause(BS_TR("chain", "cannot use %1 (%2)"), endpoint, response));
        case HttpResponse::Outcome::NetworkError:
            last = RpcError::of(
                RpcError::Kind::Unreachable, 0,
                unansweredBecause(BS_TR("chain", "cannot reach %1 (%2)"), endpoint, response));
            continue;
        case HttpResponse::Outcome::Ok:
            break;
        }

        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
        const bool isJson = parseError.error == QJsonParseError::NoError;
        if (response.status != 200 && !(isJson && (doc.isObject() || doc.isArray()))) {
            last = RpcError::of(RpcError::Kind::Http, response.status,
                                describeStatus(response.status, endpoint));
            if (isTransientHttpStatus(response.status))
                continue;
            return last;
        }
        if (!isJson || (!doc.isObject() && !doc.isArray()))
            return badResponse(
                fail(BS_TR("chain", "%1 did not answer with JSON"), endpoint.toStdString()));
        if (doc.isObject()) {
            const QJsonValue error = doc.object().value(QLatin1String("error"));
            if (error.isObject() &&
                isRateLimitCode(error.toObject().value(QLatin1String("code")).toInt())) {
                last = nodeErrorOf(error.toObject());
                continue;
            }
            return QJsonValue(doc.object());
        }
        return QJsonValue(doc.array());
    }
    return last;
}

RpcReply JsonRpcClient::call(const QString& method, const QJsonArray& params, std::stop_token stop)
{
    const qint64 id = m_nextId++;
    const QByteArray body =
        QJsonDocument(requestObject(method, params, id)).toJson(QJsonDocument::Compact);
    auto answer = roundTrip(body, stop);
    if (auto* error = std::get_if<RpcError>(&answer))
        return *error;
    const QJsonValue& root = std::get<QJsonValue>(answer);
    if (!root.isObject())
        return badResponse(fail(BS_TR("chain", "the node answered a single call with a batch")));
    return replyOf(root.toObject(), id);
}

std::vector<RpcReply> JsonRpcClient::batch(const QList<RpcRequest>& requests, std::stop_token stop)
{
    if (requests.isEmpty())
        return {};
    QJsonArray array;
    const qint64 firstId = m_nextId;
    for (const RpcRequest& r : requests)
        array.append(requestObject(r.method, r.params, m_nextId++));
    auto answer = roundTrip(QJsonDocument(array).toJson(QJsonDocument::Compact), stop);

    auto allFailed = [&](const RpcError& e) {
        return std::vector<RpcReply>(static_cast<std::size_t>(requests.size()), RpcReply(e));
    };
    if (auto* error = std::get_if<RpcError>(&answer))
        return allFailed(*error);
    const QJsonValue& root = std::get<QJsonValue>(answer);
    if (!root.isArray()) {
        // A node without batch support answers with one error object.
        if (root.isObject() && root.toObject().value(QLatin1String("error")).isObject())
            return allFailed(nodeErrorOf(root.toObject().value(QLatin1String("error")).toObject()));
        return allFailed(
            badResponse(fail(BS_TR("chain", "the node's batch answer is not an array"))));
    }

    // Responses may come in any order; match them by id, each id exactly once.
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue& v : root.toArray()) {
        const qint64 id = v.toObject().value(QLatin1String("id")).toInteger(-1);
        if (id < firstId || id >= m_nextId || byId.contains(id))
            return allFailed(badResponse(
                fail(BS_TR("chain", "the node's batch answer has unknown or repeated ids"))));
        byId.insert(id, v.toObject());
    }
    std::vector<RpcReply> out;
    out.reserve(static_cast<std::size_t>(requests.size()));
    for (qint64 id = firstId; id < m_nextId; ++id) {
        if (!byId.contains(id))
            out.emplace_back(
                badResponse(fail(BS_TR("chain", "the node's batch answer misses a reply"))));
        else
            out.push_back(replyOf(byId.value(id), id));
    }
    return out;
}

} // namespace bs::chain
