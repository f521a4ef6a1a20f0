// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "crypto/random.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>

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

QString fromError(const Error& e)
{
    QString text = QString::fromStdString(e.message);
    text.replace(QLatin1String("\r\n"), QLatin1String("; "));
    text.replace(u'\n', QLatin1String("; "));
    text.replace(u'\r', u' ');
    return text;
}

std::optional<QString> missingOption(const Options& opts, const QStringList& required)
{
    for (const QString& name : required) {
        if (!opts.has(name))
            return QStringLiteral("missing option --%1").arg(name);
    }
    return std::nullopt;
}

WipedString::~WipedString()
{
    OPENSSL_cleanse(text.data(), text.size());
}

int runOperations(Context& ctx,
                  const QStringList& args,
                  const char* group,
                  const char* usage,
                  const std::vector<Operation>& operations)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h")) {
        ctx.out << usage;
        ctx.out.flush();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString name = args.first();
    for (const Operation& op : operations) {
        if (name != QLatin1String(op.name))
            continue;
        const QStringList rest = args.mid(1);
        if (rest.contains(QStringLiteral("--help"))) {
            ctx.out << usage;
            ctx.out.flush();
            return ExitOk;
        }
        const Options opts(rest, op.valued, op.flags);
        if (!opts.valid())
            return usageError(ctx, opts.error());
        if (!op.positional && !opts.positional().isEmpty())
            return usageError(
                ctx, QStringLiteral("unexpected argument '%1'").arg(opts.positional().first()));
        if (const auto missing = missingOption(opts, op.required))
            return usageError(ctx, *missing);
        try {
            return op.run(ctx, opts);
        } catch (const crypto::RandomFailure& e) {
            return failure(ctx, QString::fromUtf8(e.what()));
        }
    }
    return usageError(ctx, QStringLiteral("unknown %1 operation '%2'; see 'bshield %1 --help'")
                               .arg(QLatin1String(group), name));
}

} // namespace bs::cli
