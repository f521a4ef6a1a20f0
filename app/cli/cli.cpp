// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bs::cli {

namespace {

QJsonValue jsonValueOf(const QString& text)
{
    // Values that are themselves JSON arrays or objects (e.g. a list of words) are
    // embedded structurally so that scripts need not parse twice.
    if (text.startsWith(u'[') || text.startsWith(u'{')) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
        if (err.error == QJsonParseError::NoError)
            return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    return text;
}

} // namespace

int emit(Context& ctx, const Fields& fields)
{
    if (ctx.json) {
        QJsonObject obj;
        for (const auto& [key, value] : fields)
            obj.insert(key, jsonValueOf(value));
        ctx.out << QJsonDocument(obj).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const auto& field : fields)
            ctx.out << field.second << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

static int report(Context& ctx, const QString& message, int code)
{
    ctx.err << "bshield: " << message << '\n';
    ctx.err.flush();
    if (ctx.json) {
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        ctx.out.flush();
    }
    return code;
}

int failure(Context& ctx, const QString& message)
{
    return report(ctx, message, ExitFailed);
}

int usageError(Context& ctx, const QString& message)
{
    return report(ctx, message, ExitUsage);
}

Options::Options(const QStringList& args, const QStringList& valued, const QStringList& flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            m_positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
            hasInline = true;
        }
        if (flags.contains(name)) {
            if (hasInline) {
                m_error = QStringLiteral("option --%1 takes no value").arg(name);
                return;
            }
            m_flags.insert(name);
        } else if (valued.contains(name)) {
            if (m_values.contains(name)) {
                m_error = QStringLiteral("option --%1 given twice").arg(name);
                return;
            }
            if (hasInline) {
                m_values.insert(name, inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.insert(name, args[++i]);
            } else {
                m_error = QStringLiteral("option --%1 needs a value").arg(name);
                return;
            }
        } else {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return;
        }
    }
}

} // namespace bs::cli
