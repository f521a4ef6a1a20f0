// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Blocking HTTP POST of one JSON body, for the JSON-RPC client (and any other small JSON
// API). Blocking on purpose: the chain code runs on worker threads and in the CLI, never on
// the GUI thread, and straight-line code is far easier to get right for money than chains of
// callbacks. A transport belongs to the thread that created it.
#include "util/result.h"

#include <QByteArray>
#include <QUrl>

#include <chrono>
#include <cstddef>
#include <memory>
#include <stop_token>

class QNetworkAccessManager;

namespace bs::chain {

// How a request ended, for the caller's retry decision.
struct HttpResponse
{
    enum class Outcome
    {
        Ok,           // a complete response with a status code (any status)
        NetworkError, // connection refused, reset, DNS failure, TLS failure...
        Timeout,      // no complete response within the timeout
        TooLarge,     // the body exceeded the size limit (aborted while reading)
        Cancelled,    // the stop token was triggered
    };
    Outcome outcome = Outcome::NetworkError;
    int status = 0;    // HTTP status when outcome == Ok
    QByteArray body;   // the body when outcome == Ok
    QString errorText; // what went wrong otherwise (Qt's description)
};

// The transport the JSON-RPC client uses; tests replace it with a scripted fake.
class JsonTransport
{
public:
    virtual ~JsonTransport() = default;
    virtual HttpResponse post(const QByteArray& jsonBody, std::stop_token stop) = 0;
    // The endpoint, for error messages (no credentials: see redactedUrl).
    virtual QString endpointForDisplay() const = 0;
};

struct HttpOptions
{
    std::chrono::milliseconds timeout{30000};
    std::size_t maxResponseBytes = 64u * 1024 * 1024;
    // Plain http:// is refused for anything but a loopback host unless this is set (a
    // profile setting): on a network, http exposes the user's addresses and lets anyone
    // in the middle change balances and history the user sees.
    bool allowPlainHttp = false;
};

// The URL without user info, query or fragment (API keys often live there).
QString redactedUrl(const QUrl& url);

// True when the URL is https, or http to a loopback host (127.0.0.0/8, ::1, localhost).
bool isSecureOrLoopback(const QUrl& url);

class HttpTransport final : public JsonTransport
{
public:
    // Checks the URL (scheme http/https, host present, the plain-http rule above).
    static Result<std::unique_ptr<HttpTransport>> create(const QUrl& url, HttpOptions options = {});
    ~HttpTransport() override;

    HttpResponse post(const QByteArray& jsonBody, std::stop_token stop) override;
    QString endpointForDisplay() const override;

private:
    HttpTransport(const QUrl& url, HttpOptions options);
    QUrl m_url;
    HttpOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace bs::chain
