// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/http_transport.h"

namespace bs::chain {

Result<std::unique_ptr<HttpTransport>> HttpTransport::create(const QUrl& url, HttpOptions options)
{
    if (auto checked = util::checkUrl(url, options.allowPlainHttp); !checked)
        return checked.error();
    return std::unique_ptr<HttpTransport>(new HttpTransport(url, options));
}

HttpTransport::HttpTransport(const QUrl& url, HttpOptions options)
    : m_url(url)
    , m_client(options)
{}

HttpTransport::~HttpTransport() = default;

QString HttpTransport::endpointForDisplay() const
{
    return redactedUrl(m_url);
}

HttpResponse HttpTransport::post(const QByteArray& jsonBody, std::stop_token stop)
{
    util::HttpRequest request;
    request.method = "POST";
    request.url = m_url;
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    request.body = jsonBody;
    HttpResponse reply = m_client.send(request, std::move(stop));
    if (reply.outcome == HttpResponse::Outcome::Refused) // create() checked the URL
        reply.outcome = HttpResponse::Outcome::NetworkError;
    return reply;
}

} // namespace bs::chain
