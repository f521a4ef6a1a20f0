// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JSON-RPC 2.0 over a JsonTransport: single calls and batches, retries with exponential
// backoff for transient failures, strict checking of what comes back.
//
// What is retried: network errors, timeouts, HTTP 408/429/5xx, and the JSON-RPC codes that
// nodes use for rate limiting (-32005 is NOT among them: Infura and others use it for "query
// returned too many results", which only a smaller request can fix; the log scanner handles
// it). What is not: an RPC error object (the node answered: e.g. a revert), an unparsable
// answer, a too-large answer, cancellation.
#include "chain/http_transport.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <variant>
#include <vector>

namespace bs::chain {

// The sentence of work ended by its stop token.
inline constexpr Text kCancelled = BS_TR("chain", "cancelled");
// An answer above the size limit of the transport (%1: the endpoint); a smaller request may
// pass.
inline constexpr Text kAnswerTooLarge = BS_TR("chain", "the answer of %1 is larger than allowed");

// An error without a template: outside text shown as it is (a node's own words).
inline Error outsideText(std::string text)
{
    Error e;
    e.message = std::move(text);
    return e;
}

struct RpcError
{
    enum class Kind
    {
        Unreachable, // network error or timeout after every retry
        Http,        // an HTTP status without a JSON-RPC answer
        BadResponse, // not JSON-RPC, wrong id, missing result, too large
        Node,        // the node answered with an error object (code, message, data)
        Cancelled,
    };
    Kind kind = Kind::BadResponse;
    int code = 0;    // JSON-RPC error code for Kind::Node, HTTP status for Kind::Http
    QString message; // one sentence for the user, in English: error.message
    QByteArray data; // revert data (raw bytes) when the node sent any, else empty
    // The sentence as a code and arguments, for the app to word (gui::errorText). For Kind::Node
    // it is the node's own words, without a template (outsideText), unless the node gave
    // none. See also toError in eth_client.h, which says what an RpcError means to the user.
    Error error{};

    // An error saying `sentence` (message is filled from it).
    static RpcError of(Kind kind, int code, Error sentence, QByteArray data = {})
    {
        const QString english = QString::fromStdString(sentence.message);
        return RpcError{kind, code, english, std::move(data), std::move(sentence)};
    }
};

// A result or an RpcError.
class RpcReply
{
public:
    RpcReply(QJsonValue result)
        : m_result(std::move(result))
    {}
    RpcReply(RpcError error)
        : m_error(std::move(error))
    {}
    bool ok() const { return !m_error.has_value(); }
    const QJsonValue& result() const { return m_result; }
    const RpcError& error() const { return *m_error; }

private:
    QJsonValue m_result;
    std::optional<RpcError> m_error;
};

struct RetryPolicy
{
    int maxAttempts = 4; // first try included
    std::chrono::milliseconds initialDelay{250};
    double factor = 2.0;
    std::chrono::milliseconds maxDelay{4000};
};

struct RpcRequest
{
    QString method;
    QJsonArray params;
};

class JsonRpcClient
{
public:
    explicit JsonRpcClient(std::unique_ptr<JsonTransport> transport, RetryPolicy retry = {});

    RpcReply call(const QString& method, const QJsonArray& params = {}, std::stop_token stop = {});
    // One HTTP round trip for all requests; replies in request order. A failure of the
    // whole batch (transport, bad JSON) is reported for every entry.
    std::vector<RpcReply> batch(const QList<RpcRequest>& requests, std::stop_token stop = {});

    QString endpointForDisplay() const { return m_transport->endpointForDisplay(); }

    // Test hook: replaces the sleep between retries (default: interruptible sleep).
    void setSleeper(std::function<void(std::chrono::milliseconds, std::stop_token)> sleeper);

private:
    // POSTs `body` with retries; on success the parsed JSON document's root value.
    std::variant<QJsonValue, RpcError> roundTrip(const QByteArray& body, std::stop_token stop);

    std::unique_ptr<JsonTransport> m_transport;
    RetryPolicy m_retry;
    qint64 m_nextId = 1;
    std::function<void(std::chrono::milliseconds, std::stop_token)> m_sleep;
};

// Parses a JSON-RPC error object's `data` member into raw revert bytes. Nodes differ:
// geth/avalanchego put "0x..." in `data`, Hardhat sometimes an object with its own `data`.
QByteArray revertDataOf(const QJsonValue& errorData);

} // namespace bs::chain
