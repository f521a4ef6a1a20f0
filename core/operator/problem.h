// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Errors of the operator API: RFC 9457 problem details turned into one readable sentence,
// and every way a request can fail (no answer, HTTP status, unusable answer) as an ApiError.
#include "util/http_client.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace bs::operator_api {

struct FieldError
{
    QString field;
    QString message;
};

// application/problem+json: {type, title, status, detail, errors?: [{field, message}]}.
struct Problem
{
    QString type;
    QString title;
    int status = 0;
    QString detail;
    std::vector<FieldError> errors;

    // "detail (displayName: must not be empty; api.category: one of ...)"; the title when
    // there is no detail. Control characters from the server are replaced by spaces, and the
    // text is cut at a sane length.
    QString summary() const;
};

// The problem in `body`, or nullopt when it is not a JSON object with at least a title or a
// detail string (the media type is not required: some proxies rewrite it).
std::optional<Problem> parseProblem(const QByteArray& body);

struct ApiError
{
    enum class Kind
    {
        Unavailable,    // no answer (network error, timeout) or a 5xx: the server is down
        Refused,        // not sent: the URL breaks the plain-http rule
        Http,           // a 4xx answer (status says which)
        BadResponse,    // an answer that is not what the spec promises (JSON, fields, size)
        InvalidRequest, // not sent: the caller's input cannot make a valid request
        Cancelled,
    };
    Kind kind = Kind::BadResponse;
    int status = 0;                                 // the HTTP status, when there was one
    std::optional<std::chrono::seconds> retryAfter; // with 429 (and 503) when sent
    std::optional<Problem> problem;
    std::string message; // one sentence for the user: what happened, what to do (English)
    Error error{};       // that sentence as a code and its arguments (error.message == message)

    // An error of `kind` that says `error`.
    static ApiError of(Kind kind, Error error)
    {
        ApiError e;
        e.kind = kind;
        e.message = error.message;
        e.error = std::move(error);
        return e;
    }
    static ApiError badResponse(Error error) { return of(Kind::BadResponse, std::move(error)); }
    template <class... Args>
    static ApiError badResponse(Text text, Args&&... args)
    {
        return of(Kind::BadResponse, fail(text, std::forward<Args>(args)...));
    }
    static ApiError invalidRequest(Error error)
    {
        return of(Kind::InvalidRequest, std::move(error));
    }
    template <class... Args>
    static ApiError invalidRequest(Text text, Args&&... args)
    {
        return of(Kind::InvalidRequest, fail(text, std::forward<Args>(args)...));
    }
    // This error saying `other` instead; kind, status, problem and Retry-After kept.
    ApiError saying(Error other) const
    {
        ApiError e = *this;
        e.message = other.message;
        e.error = std::move(other);
        return e;
    }
    // The sentence as a bs::Error: `error`, or for an ApiError made with a message only, that
    // message as it is.
    Error toError() const
    {
        if (error.text.source || message.empty())
            return error;
        return Error{message, {nullptr, nullptr}, {}};
    }
    // Worth asking again after a while: no answer, a 5xx, or a 429.
    bool transient() const { return kind == Kind::Unavailable || status == 429; }
};

// What errorFromReply says when an answer was cut off for its size (%1: the server).
inline constexpr Text kAnswerTooLarge =
    BS_TR("operator",
          "The operator's server at %1 sent an answer larger than this client "
          "accepts; tell the operator.");

// The error for a finished request that did not succeed: the HTTP status with its problem
// body, or the transport outcome. `server` names the server in the message (its base URL
// for display).
ApiError errorFromReply(const util::HttpReply& reply, const QString& server);

// Either a value or an ApiError; toResult() gives the common bs::Result.
template <class T>
class [[nodiscard]] ApiResult
{
public:
    ApiResult(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    ApiResult(ApiError error)
        : m_v(std::in_place_index<1>, std::move(error))
    {}
    // A parse failure of an answer is a BadResponse.
    ApiResult(Error error)
        : m_v(std::in_place_index<1>, ApiError::of(ApiError::Kind::BadResponse, std::move(error)))
    {}

    bool ok() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    const ApiError& error() const { return std::get<1>(m_v); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    Result<T> toResult() &&
    {
        if (ok())
            return std::get<0>(std::move(m_v));
        return std::get<1>(m_v).toError();
    }

private:
    std::variant<T, ApiError> m_v;
};

} // namespace bs::operator_api
