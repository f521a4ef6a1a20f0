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

// Said to every role after the server is found down: a provider's balance and claims, an
// auditor's check of the chain.
constexpr Text kReadsChainAlone =
    BS_TR("operator",
          "Balances, claims and the chain part of an audit do not need it: they read "
          "the chain alone.");

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
    using Kind = ApiError::Kind;
    const std::string at = server.toStdString();
    switch (reply.outcome) {
    case Outcome::Cancelled:
        return ApiError::of(
            Kind::Cancelled,
            fail(BS_TR("operator", "The request to the operator's server was cancelled.")));
    case Outcome::Refused: {
        // checkUrl's sentence (util), which ends with a full stop.
        const std::string message = withStop(reply.errorText);
        if (reply.refusal.text.source && reply.refusal.message == message)
            return ApiError::of(Kind::Refused, reply.refusal);
        return ApiError::of(Kind::Refused, Error{message, {nullptr, nullptr}, {}});
    }
    case Outcome::TooLarge:
        return ApiError::of(Kind::BadResponse, fail(kAnswerTooLarge, at));
    case Outcome::Timeout:
        return ApiError::of(Kind::Unavailable,
                            fail(BS_TR("operator", "The operator's server at %1 did not answer in "
                                                   "time; try again later. %2"),
                                 at, fail(kReadsChainAlone)));
    case Outcome::NetworkError:
        return ApiError::of(Kind::Unavailable,
                            fail(BS_TR("operator", "The operator's server at %1 is unavailable "
                                                   "(%2); try again later. %3"),
                                 at, clean(reply.errorText).toStdString(), fail(kReadsChainAlone)));
    case Outcome::Ok:
        break;
    }

    ApiError e;
    e.status = reply.status;
    e.problem = parseProblem(reply.body);
    e.retryAfter = reply.retryAfter();
    const QString summary = e.problem ? e.problem->summary() : QString();
    // The sentence with the server's words (`because`, %1) or without them.
    const auto said = [&](Text because, Text plain) {
        return summary.isEmpty() ? fail(plain) : fail(because, summary.toStdString());
    };
    const std::string status = std::to_string(reply.status);
    e.kind = Kind::Http;
    Error error;
    switch (reply.status) {
    case 400:
        error = said(BS_TR("operator", "The operator's server refused the request as invalid: %1; "
                                       "correct it and try again."),
                     BS_TR("operator", "The operator's server refused the request as invalid; "
                                       "correct it and try again."));
        break;
    case 401:
        error = said(BS_TR("operator", "The operator's server did not accept this request's "
                                       "signature: %1; check that this computer's clock is "
                                       "correct, then try again."),
                     BS_TR("operator", "The operator's server did not accept this request's "
                                       "signature; check that this computer's clock is correct, "
                                       "then try again."));
        break;
    case 403:
        error = said(BS_TR("operator", "The operator's server does not allow this for the "
                                       "profile's address: %1; use the profile whose key has "
                                       "that role."),
                     BS_TR("operator", "The operator's server does not allow this for the "
                                       "profile's address; use the profile whose key has that "
                                       "role."));
        break;
    case 404:
        error = said(BS_TR("operator", "The operator's server does not know what was asked for: "
                                       "%1; check the provider id, or register first."),
                     BS_TR("operator", "The operator's server does not know what was asked "
                                       "for; check the provider id, or register first."));
        break;
    case 409:
        error = said(BS_TR("operator", "The operator's server reports a conflict: %1; nothing "
                                       "was changed."),
                     BS_TR("operator", "The operator's server reports a conflict; nothing was "
                                       "changed."));
        break;
    case 422:
        error = said(BS_TR("operator", "The operator's server cannot accept this: %1."),
                     BS_TR("operator", "The operator's server cannot accept this."));
        break;
    case 429:
        error = e.retryAfter
                    ? fail(BS_TR("operator", "The operator's server is limiting requests from "
                                             "this client; try again in %1 seconds."),
                           e.retryAfter->count())
                    : fail(BS_TR("operator", "The operator's server is limiting requests from "
                                             "this client; try again in a minute."));
        break;
    default:
        if (reply.status >= 500) {
            e.kind = Kind::Unavailable;
            error = summary.isEmpty()
                        ? fail(BS_TR("operator", "The operator's server at %1 is unavailable "
                                                 "(HTTP %2); try again later. %3"),
                               at, status, fail(kReadsChainAlone))
                        : fail(BS_TR("operator", "The operator's server at %1 is unavailable "
                                                 "(HTTP %2: %3); try again later. %4"),
                               at, status, summary.toStdString(), fail(kReadsChainAlone));
        } else if (reply.status >= 300 && reply.status < 400) {
            e.kind = Kind::BadResponse;
            error = fail(BS_TR("operator", "The operator's server answered with a redirect (HTTP "
                                           "%1), which this client does not follow; check the "
                                           "server URL of the profile."),
                         status);
        } else {
            error = summary.isEmpty()
                        ? fail(BS_TR("operator", "The operator's server refused the request (HTTP "
                                                 "%1)."),
                               status)
                        : fail(BS_TR("operator", "The operator's server refused the request (HTTP "
                                                 "%1: %2)."),
                               status, summary.toStdString());
        }
        break;
    }
    e.message = error.message;
    e.error = std::move(error);
    return e;
}

} // namespace bs::operator_api
