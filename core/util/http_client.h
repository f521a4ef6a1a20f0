// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A blocking HTTP client for small JSON APIs (the JSON-RPC node, the operator's server).
// Blocking on purpose: the network code runs on worker threads and in the CLI, never on the
// GUI thread, and straight-line code is far easier to get right for money than chains of
// callbacks. A client belongs to the thread that created it.
//
// What every request gets: a timeout, a response size limit (aborted while reading),
// cancellation through a std::stop_token from any thread, no redirects (one could lead from
// https to http or to another host), and the plain-http rule (isSecureOrLoopback).
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <stop_token>

class QNetworkAccessManager;

namespace bs::util {

struct HttpOptions
{
    std::chrono::milliseconds timeout{30000};
    std::size_t maxResponseBytes = 64u * 1024 * 1024;
    // Plain http:// is refused for anything but a loopback host unless this is set (a
    // profile setting): on a network, http exposes the user's addresses and lets anyone
    // in the middle change balances and history the user sees.
    bool allowPlainHttp = false;
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET"; // GET, POST, PUT, DELETE, ... (upper case, sent as given)
    QUrl url;
    HttpHeaders headers; // sent as given, after the client's defaults
    QByteArray body;     // sent only when non-empty or the method is POST/PUT/PATCH
};

// How a request ended, for the caller's retry decision.
struct HttpReply
{
    enum class Outcome
    {
        Ok,           // a complete response with a status code (any status)
        NetworkError, // connection refused, reset, DNS failure, TLS failure...
        Timeout,      // no complete response within the timeout
        TooLarge,     // the body exceeded the size limit (aborted while reading)
        Cancelled,    // the stop token was triggered
        Refused,      // not sent: the URL breaks the rules of checkUrl (refusal says why)
    };
    Outcome outcome = Outcome::NetworkError;
    int status = 0;      // HTTP status when outcome == Ok
    QByteArray body;     // the body when outcome == Ok
    QString errorText;   // what went wrong otherwise (Qt's description; for Refused, the
                         // English message of `refusal`)
    HttpHeaders headers; // the response headers when outcome == Ok, as received
    Error refusal{};     // when Refused: checkUrl's error (a code the app words itself)

    // The first header of that name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
    // The ETag header as received (quotes and W/ kept: it is sent back verbatim).
    QByteArray etag() const { return header("ETag"); }
    // The media type of Content-Type, lower case, without parameters ("application/json").
    QByteArray mediaType() const;
    // Retry-After as seconds (delta-seconds or an HTTP date, never negative); nullopt when
    // absent or unparsable.
    std::optional<std::chrono::seconds> retryAfter() const;
};

// The URL without user info, query or fragment (API keys often live there).
QString redactedUrl(const QUrl& url);

// True when the URL is https, or http to a loopback host (127.0.0.0/8, ::1, localhost).
bool isSecureOrLoopback(const QUrl& url);

// Checks that a URL may be used: valid, with a host, scheme http or https, and the
// plain-http rule above unless `allowPlainHttp`. The error says what to change.
Result<void> checkUrl(const QUrl& url, bool allowPlainHttp);

class HttpClient
{
public:
    explicit HttpClient(HttpOptions options = {});
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    // Sends one request and waits for the whole answer (or the timeout, the size limit, the
    // stop token). Any HTTP status is an Ok outcome: interpreting it is the caller's job.
    // A URL that fails checkUrl is not sent (Outcome::Refused).
    HttpReply send(const HttpRequest& request, std::stop_token stop = {});

    const HttpOptions& options() const noexcept { return m_options; }

private:
    HttpOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace bs::util
