// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace bs {

// A sentence of the core for the user: a translation context (the module that says it) and an
// English template whose %1..%9 are filled with the error's arguments. The core has no
// translator; it marks its sentences with BS_TR so that the app's lupdate run (which aliases
// BS_TR to QT_TRANSLATE_NOOP) extracts them, and the app words each error through its
// translator (app/common/error_text.h). Both arguments must be string literals.
struct Text
{
    const char* context;
    const char* source;
};

#define BS_TR(context, source) (::bs::Text{context, source})

struct Error;

// One argument of an error: data shown as it is (a path, a number, a server's own words) or a
// nested error, which the app words in the user's language too.
struct ErrorArg
{
    std::string text;
    std::shared_ptr<const Error> error;
};

// Fills %1..%9 of `pattern` with `args` in one pass (a "%" in an argument is never read as a
// placeholder), as QString::arg does. A placeholder without an argument stays as it is.
std::string fillPlaceholders(std::string_view pattern, const std::vector<std::string>& args);

// An error a user can cause (bad input, unreachable server, wrong passphrase).
// It says what happened and what to do, in one sentence: `text` (the code, a translatable
// template) and `args`; `message` is that sentence in English with the arguments filled in
// (for logs, the CLI and tests). Bugs are not errors: they are exceptions or assertions.
struct Error
{
    std::string message;
    Text text{nullptr, nullptr};
    std::vector<ErrorArg> args;

    // Whether this error says `t` (the same template of the same context).
    bool is(Text t) const;
};

inline ErrorArg errorArg(std::string s)
{
    return ErrorArg{std::move(s), nullptr};
}
inline ErrorArg errorArg(std::string_view s)
{
    return ErrorArg{std::string(s), nullptr};
}
inline ErrorArg errorArg(const char* s)
{
    return ErrorArg{std::string(s), nullptr};
}
inline ErrorArg errorArg(Error e)
{
    std::string text = e.message;
    return ErrorArg{std::move(text), std::make_shared<const Error>(std::move(e))};
}
template <class I>
requires(std::is_integral_v<I> && !std::is_same_v<I, bool> && !std::is_same_v<I, char>) ErrorArg
    errorArg(I n)
{
    return ErrorArg{std::to_string(n), nullptr};
}

Error makeError(Text text, std::vector<ErrorArg> args);

// The error that says `text` with `args` (strings, integers or nested errors).
template <class... Args>
Error fail(Text text, Args&&... args)
{
    std::vector<ErrorArg> list;
    list.reserve(sizeof...(Args));
    (list.push_back(errorArg(std::forward<Args>(args))), ...);
    return makeError(text, std::move(list));
}

// An error whose sentence is not translatable (to be replaced by a BS_TR sentence).
inline Error fail(std::string message)
{
    return Error{std::move(message), {nullptr, nullptr}, {}};
}

// Either a value or an Error. Accessing the wrong alternative is a bug and throws
// std::bad_variant_access.
template <class T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    const Error& error() const { return std::get<1>(m_v); }

    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Error> m_v;
};

// Result of an operation that produces no value.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace bs
