// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/result.h"

#include <cstring>

namespace bs {

std::string fillPlaceholders(std::string_view pattern, const std::vector<std::string>& args)
{
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size()) {
            const char next = pattern[i + 1];
            if (next >= '1' && next <= '9') {
                const std::size_t n = static_cast<std::size_t>(next - '1');
                if (n < args.size()) {
                    out += args[n];
                    ++i;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

Error makeError(Text text, std::vector<ErrorArg> args)
{
    std::vector<std::string> english;
    english.reserve(args.size());
    for (const ErrorArg& a : args)
        english.push_back(a.error ? a.error->message : a.text);
    std::string message = fillPlaceholders(text.source, english);
    return Error{std::move(message), text, std::move(args)};
}

bool Error::is(Text t) const
{
    return text.source && t.source && std::strcmp(text.context, t.context) == 0 &&
           std::strcmp(text.source, t.source) == 0;
}

} // namespace bs
