// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Blocking HTTP POST of one JSON body, for the JSON-RPC client: a thin user of
// util::HttpClient (timeouts, size limit, cancellation, no redirects, the plain-http rule).
// A transport belongs to the thread that created it.
#include "util/http_client.h"
#include "util/result.h"

#include <QByteArray>
#include <QUrl>

#include <chrono>
#include <cstddef>
#include <memory>
#include <stop_token>

namespace bs::chain {

// How a request ended, for the caller's retry decision: util::HttpReply, whose outcome is never
// Refused here (create() checked the URL once).
using HttpResponse = util::HttpReply;

// The transport the JSON-RPC client uses; tests replace it with a scripted fake.
class JsonTransport
{
public:
    virtual ~JsonTransport() = default;
    virtual HttpResponse post(const QByteArray& jsonBody, std::stop_token stop) = 0;
    // The endpoint, for error messages (no credentials: see redactedUrl).
    virtual QString endpointForDisplay() const = 0;
};

// Timeouts, size limit and the plain-http rule: see util/http_client.h.
using util::HttpOptions;
using util::isSecureOrLoopback;
using util::redactedUrl;

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
    util::HttpClient m_client;
};

} // namespace bs::chain
