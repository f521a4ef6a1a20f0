// SPDX-License-Identifier: GPL-3.0-or-later
// A scripted HTTP/1.1 server for the operator client's tests: it records each request and
// answers what the test's handler says.
#pragma once

#include "operator/operator_client.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>

namespace bs::test {

struct SeenRequest
{
    QByteArray method;
    QByteArray target;                     // as on the request line
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct Answer
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
};

inline Answer json(const QJsonObject& o, int status = 200)
{
    return Answer{status, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json", {}};
}

inline Answer problem(int status,
                      const QString& title,
                      const QString& detail,
                      const QJsonArray& errors = {},
                      QList<QPair<QByteArray, QByteArray>> headers = {})
{
    QJsonObject o{{"type", "urn:backendshield:problem:x"},
                  {"title", title},
                  {"status", status},
                  {"detail", detail}};
    if (!errors.isEmpty())
        o["errors"] = errors;
    return Answer{status, QJsonDocument(o).toJson(QJsonDocument::Compact),
                  "application/problem+json", std::move(headers)};
}

// An HTTP/1.1 server in the test thread: parses each request (headers, Content-Length body),
// records it and answers with `handler`'s answer, then closes the connection. The blocking
// client runs a nested event loop, which serves this server too.
class ScriptedServer : public QTcpServer
{
public:
    std::function<Answer(const SeenRequest&)> handler;
    QList<SeenRequest> requests;

    ScriptedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    SeenRequest r;
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    const QList<QByteArray> first = lines.at(0).trimmed().split(' ');
                    r.method = first.value(0);
                    r.target = first.value(1);
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        const qsizetype colon = lines[i].indexOf(':');
                        if (colon > 0)
                            r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                             lines[i].mid(colon + 1).trimmed());
                    }
                    const qsizetype length = r.headers.value("content-length", "0").toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    r.body = buffer->mid(end + 4, length);
                    requests << r;
                    const Answer a = handler ? handler(r) : Answer{404, {}, {}, {}};
                    QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\n";
                    if (!a.contentType.isEmpty())
                        out += "Content-Type: " + a.contentType + "\r\n";
                    for (const auto& [k, v] : a.headers)
                        out += k + ": " + v + "\r\n";
                    out += "Content-Length: " + QByteArray::number(a.body.size()) +
                           "\r\nConnection: close\r\n\r\n" + a.body;
                    s->write(out);
                    s->disconnectFromHost();
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl base() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(serverPort()));
    }
};

// A client of `server` with a short timeout (a test never waits long for an answer).
inline std::unique_ptr<operator_api::OperatorClient>
clientFor(const ScriptedServer& server,
          std::shared_ptr<operator_api::OperatorCache> cache = nullptr)
{
    operator_api::OperatorClientOptions options;
    options.http.timeout = std::chrono::milliseconds(5000);
    auto c = operator_api::OperatorClient::create(server.base(), options, std::move(cache));
    if (!c)
        qFatal("%s", c.error().message.c_str());
    return std::move(*c);
}

} // namespace bs::test
