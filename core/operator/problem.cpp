// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace bs::operator_api {

namespace {

constexpr qsizetype kMaxSummaryChars = 400;

// Server text goes into the user's error message: no control characters, bounded length.
QString clean(const QString& text)
{
    QString out;
    out.reserve(std::min(text.size(), kMaxSummaryChars));
    for (const QChar c : text) {
        if (out.size() >= kMaxSummaryChars) {
            out += QStringLiteral("...");
            break;
        }
        out += (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                   ? QLatin1Char(' ')
                   : c;
    }
    return out.trimmed();
}

std::string withStop(const QString& text)
{
    QString s = text;
    if (!s.endsWith(QLatin1Char('.')))
        s += QLatin1Char('.');
    return s.toStdString();
}

} // namespace

QString Problem::summary() const
{
    QString text = clean(detail.isEmpty() ? title : detail);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (!errors.empty()) {
        QStringList parts;
        for (const FieldError& e : errors)
            parts << clean(e.field) + QStringLiteral(": ") + clean(e.message);
        const QString list = clean(parts.join(QStringLiteral("; ")));
        text = text.isEmpty() ? list : text + QStringLiteral(" (") + list + QLatin1Char(')');
    }
    return text;
}

std::optional<Problem> parseProblem(const QByteArray& body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Problem p;
    p.type = o.value(QLatin1String("type")).toString();
    p.title = o.value(QLatin1String("title")).toString();
    p.detail = o.value(QLatin1String("detail")).toString();
    p.status = o.value(QLatin1String("status")).toInt();
    if (p.title.isEmpty() && p.detail.isEmpty())
        return std::nullopt;
    for (const QJsonValue& v : o.value(QLatin1String("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString field = e.value(QLatin1String("field")).toString();
        const QString message = e.value(QLatin1String("message")).toString();
        if (!field.isEmpty() || !message.isEmpty())
            p.errors.push_back(FieldError{field, message});
    }
    return p;
}

ApiError errorFromReply(const util::HttpReply& reply, const QString& server)
{
    using Outcome = util::HttpReply::Outcome;
    // Said to every role: a provider's balance and claims, an auditor's check of the chain.
    const std::string balanceStillWorks =
        " Balances, claims and the chain part of an audit do not need it: they read the chain "
        "alone.";
    ApiError e;
    switch (reply.outcome) {
    case Outcome::Cancelled:
        e.kind = ApiError::Kind::Cancelled;
        e.message = "The request to the operator's server was cancelled.";
        return e;
    case Outcome::Refused:
        e.kind = ApiError::Kind::Refused;
        e.message = withStop(reply.errorText);
        return e;
    case Outcome::TooLarge:
        e.kind = ApiError::Kind::BadResponse;
        e.message = "The operator's server at " + server.toStdString() +
                    " sent an answer larger than this client accepts; tell the operator.";
        return e;
    case Outcome::Timeout:
        e.kind = ApiError::Kind::Unavailable;
        e.message = "The operator's server at " + server.toStdString() +
                    " did not answer in time; try again later." + balanceStillWorks;
        return e;
    case Outcome::NetworkError:
        e.kind = ApiError::Kind::Unavailable;
        e.message = "The operator's server at " + server.toStdString() + " is unavailable (" +
                    clean(reply.errorText).toStdString() + "); try again later." +
                    balanceStillWorks;
        return e;
    case Outcome::Ok:
        break;
    }

    e.status = reply.status;
    e.problem = parseProblem(reply.body);
    e.retryAfter = reply.retryAfter();
    const QString summary = e.problem ? e.problem->summary() : QString();
    const std::string because = summary.isEmpty() ? std::string() : ": " + summary.toStdString();
    const std::string status = std::to_string(reply.status);
    e.kind = ApiError::Kind::Http;
    switch (reply.status) {
    case 400:
        e.message = "The operator's server refused the request as invalid" + because +
                    "; correct it and try again.";
        break;
    case 401:
        e.message = "The operator's server did not accept this request's signature" + because +
                    "; check that this computer's clock is correct, then try again.";
        break;
    case 403:
        e.message = "The operator's server does not allow this for the profile's address" +
                    because + "; use the profile whose key has that role.";
        break;
    case 404:
        e.message = "The operator's server does not know what was asked for" + because +
                    "; check the provider id, or register first.";
        break;
    case 409:
        e.message = "The operator's server reports a conflict" + because + "; nothing was changed.";
        break;
    case 422:
        e.message = "The operator's server cannot accept this" + because + ".";
        break;
    case 429: {
        const std::string wait =
            e.retryAfter ? "try again in " + std::to_string(e.retryAfter->count()) + " seconds"
                         : "try again in a minute";
        e.message = "The operator's server is limiting requests from this client; " + wait + ".";
        break;
    }
    default:
        if (reply.status >= 500) {
            e.kind = ApiError::Kind::Unavailable;
            e.message = "The operator's server at " + server.toStdString() +
                        " is unavailable (HTTP " + status + because + "); try again later." +
                        balanceStillWorks;
        } else if (reply.status >= 300 && reply.status < 400) {
            e.kind = ApiError::Kind::BadResponse;
            e.message = "The operator's server answered with a redirect (HTTP " + status +
                        "), which this client does not follow; check the server URL of the "
                        "profile.";
        } else {
            e.message =
                "The operator's server refused the request (HTTP " + status + because + ").";
        }
        break;
    }
    return e;
}

} // namespace bs::operator_api
