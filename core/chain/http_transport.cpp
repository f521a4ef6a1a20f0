// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/http_transport.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace bs::chain {

QString redactedUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

bool isSecureOrLoopback(const QUrl& url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<std::unique_ptr<HttpTransport>> HttpTransport::create(const QUrl& url, HttpOptions options)
{
    if (!url.isValid() || url.host().isEmpty())
        return fail("'" + redactedUrl(url).toStdString() +
                    "' is not a valid URL; give one like https://host/path.");
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return fail("the URL must start with https:// (or http:// for a local node), not '" +
                    url.scheme().toStdString() + "://'.");
    if (!options.allowPlainHttp && !isSecureOrLoopback(url))
        return fail("plain http:// to " + url.host().toStdString() +
                    " is refused: use https://, or allow plain HTTP for this profile if the "
                    "network between you and the node is trusted.");
    return std::unique_ptr<HttpTransport>(new HttpTransport(url, options));
}

HttpTransport::HttpTransport(const QUrl& url, HttpOptions options)
    : m_url(url)
    , m_options(options)
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    // Redirects are not followed: one could lead from https to http, or to another node.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpTransport::~HttpTransport() = default;

QString HttpTransport::endpointForDisplay() const
{
    return redactedUrl(m_url);
}

HttpResponse HttpTransport::post(const QByteArray& jsonBody, std::stop_token stop)
{
    HttpResponse response;
    if (stop.stop_requested()) {
        response.outcome = HttpResponse::Outcome::Cancelled;
        return response;
    }

    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply* reply = m_nam->post(request, jsonBody);

    enum class Abort
    {
        None,
        Timeout,
        TooLarge,
        Cancelled
    };
    Abort abort = Abort::None;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop,
                     [&](qint64 received, qint64 total) {
                         const auto limit = static_cast<qint64>(m_options.maxResponseBytes);
                         if (abort == Abort::None && (received > limit || total > limit)) {
                             abort = Abort::TooLarge;
                             reply->abort();
                         }
                     });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        if (abort == Abort::None) {
            abort = Abort::Timeout;
            reply->abort();
        }
    });
    timer.start(m_options.timeout);
    // The stop request may come from any thread: hop to this one before touching the reply.
    QPointer<QNetworkReply> guarded(reply);
    std::stop_callback onStop(stop, [&loop, guarded, &abort] {
        QMetaObject::invokeMethod(
            &loop,
            [guarded, &abort] {
                if (guarded && abort == Abort::None) {
                    abort = Abort::Cancelled;
                    guarded->abort();
                }
            },
            Qt::QueuedConnection);
    });
    if (!reply->isFinished())
        loop.exec();

    switch (abort) {
    case Abort::Timeout:
        response.outcome = HttpResponse::Outcome::Timeout;
        break;
    case Abort::TooLarge:
        response.outcome = HttpResponse::Outcome::TooLarge;
        break;
    case Abort::Cancelled:
        response.outcome = HttpResponse::Outcome::Cancelled;
        break;
    case Abort::None: {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            // HTTP errors (4xx/5xx) still carry a status and often a JSON-RPC body.
            response.outcome = HttpResponse::Outcome::Ok;
            response.status = status.toInt();
            response.body = reply->readAll();
            if (response.body.size() > static_cast<qsizetype>(m_options.maxResponseBytes)) {
                response.outcome = HttpResponse::Outcome::TooLarge;
                response.body.clear();
            }
        } else {
            response.outcome = HttpResponse::Outcome::NetworkError;
            response.errorText = reply->errorString();
        }
        break;
    }
    }
    // Finished (or aborted, which finishes it synchronously): safe to delete right here,
    // and a CLI with no running event loop would never process a deleteLater().
    delete reply;
    return response;
}

} // namespace bs::chain
