// SPDX-License-Identifier: GPL-3.0-or-later
#include "error_text.h"

#include <QCoreApplication>

namespace bs::gui {

QString errorText(const bs::Error& error)
{
    if (!error.text.source)
        return QString::fromStdString(error.message);
    std::vector<std::string> args;
    args.reserve(error.args.size());
    for (const ErrorArg& arg : error.args)
        args.push_back(arg.error ? errorText(*arg.error).toStdString() : arg.text);
    const QString pattern = QCoreApplication::translate(error.text.context, error.text.source);
    return QString::fromStdString(fillPlaceholders(pattern.toStdString(), args));
}

QString errorText(const bs::Error& error, const QString& fallback)
{
    return error.text.source || !error.message.empty() ? errorText(error) : fallback;
}

} // namespace bs::gui
