// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/http_client.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace bs::util {

QByteArray HttpReply::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpReply::mediaType() const
{
    QByteArray type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

std::optional<std::chrono::seconds> HttpReply::retryAfter() const
{
    const QByteArray value = header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Capped at a day: a larger value is a server bug, and the number must fit.
        if (value.size() > 6)
            return std::chrono::seconds(86400);
        return std::chrono::seconds(std::min(value.toLongLong(), 86400LL));
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(when);
    return std::chrono::seconds(std::clamp<qint64>(delta, 0, 86400));
}

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

Result<void> checkUrl(const QUrl& url, bool allowPlainHttp)
{
    if (!url.isValid() || url.host().isEmpty())
        return fail(BS_TR("util", "'%1' is not a valid URL; give one like https://host/path."),
                    redactedUrl(url).toStdString());
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return fail(BS_TR("util", "the URL must start with https:// (or http:// for a local "
                                  "server), not '%1://'."),
                    url.scheme().toStdString());
    if (!allowPlainHttp && !isSecureOrLoopback(url))
        return fail(BS_TR("util", "plain http:// to %1 is refused: use https://, or allow plain "
                                  "HTTP for this profile if the network between you and the "
                                  "server is trusted."),
                    url.host().toStdString());
    return {};
}

HttpClient::HttpClient(HttpOptions options)
    : m_options(options)
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    // Redirects are not followed: one could lead from https to http, or to another host.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

HttpReply HttpClient::send(const HttpRequest& request, std::stop_token stop)
{
    HttpReply response;
    if (stop.stop_requested()) {
        response.outcome = HttpReply::Outcome::Cancelled;
        return response;
    }
    if (auto checked = checkUrl(request.url, m_options.allowPlainHttp); !checked) {
        response.outcome = HttpReply::Outcome::Refused;
        response.refusal = checked.error();
        response.errorText = QString::fromStdString(response.refusal.message);
        return response;
    }

    QNetworkRequest qrequest(request.url);
    // No cookies, no HTTP cache, no authentication prompts: every request stands alone.
    qrequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    qrequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                          QNetworkRequest::AlwaysNetwork);
    qrequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    qrequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto& [name, value] : request.headers)
        qrequest.setRawHeader(name, value);

    QNetworkReply* reply = nullptr;
    const QByteArray& method = request.method;
    if (method == "GET" && request.body.isEmpty())
        reply = m_nam->get(qrequest);
    else if (method == "POST")
        reply = m_nam->post(qrequest, request.body);
    else if (method == "PUT")
        reply = m_nam->put(qrequest, request.body);
    else
        reply = m_nam->sendCustomRequest(qrequest, method, request.body);

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
        response.outcome = HttpReply::Outcome::Timeout;
        break;
    case Abort::TooLarge:
        response.outcome = HttpReply::Outcome::TooLarge;
        break;
    case Abort::Cancelled:
        response.outcome = HttpReply::Outcome::Cancelled;
        break;
    case Abort::None: {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            // HTTP errors (4xx/5xx) still carry a status and often a body worth reading.
            response.outcome = HttpReply::Outcome::Ok;
            response.status = status.toInt();
            response.body = reply->readAll();
            response.headers = reply->rawHeaderPairs();
            if (response.body.size() > static_cast<qsizetype>(m_options.maxResponseBytes)) {
                response.outcome = HttpReply::Outcome::TooLarge;
                response.body.clear();
                response.headers.clear();
            }
        } else {
            response.outcome = HttpReply::Outcome::NetworkError;
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

} // namespace bs::util
