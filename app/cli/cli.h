// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <string>
#include <vector>

namespace bs::cli {

// Process exit codes of `bshield`.
enum ExitCode : int
{
    ExitOk = 0,     // the operation succeeded
    ExitFailed = 1, // the operation was refused or failed (bad input value, network, proof...)
    ExitUsage = 2,  // the command line itself is wrong
};

struct Context
{
    bool json = false; // --json: one JSON object on stdout instead of one value per line
    QTextStream& out;
    QTextStream& err;
};

// An ordered list of named results. In text mode each value is printed on a line
// of its own, in order; with --json they form one JSON object (values that look
// like JSON arrays/objects are embedded as such).
using Fields = QList<QPair<QString, QString>>;

int emit(Context& ctx, const Fields& fields);
// One line on stderr ("bshield: <message>") and the exit code. With --json the
// message is also written to stdout as {"error": "..."} so scripts see it.
int failure(Context& ctx, const QString& message);
int usageError(Context& ctx, const QString& message);

// Minimal option parser for subcommands: `--name value` pairs, `--flag` switches
// and positional arguments, in any order. Unknown options are a usage error.
class Options
{
public:
    // `valued`: options that take a value; `flags`: switches without a value.
    Options(const QStringList& args, const QStringList& valued, const QStringList& flags = {});

    bool valid() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    bool has(const QString& name) const
    {
        return m_values.contains(name) || m_flags.contains(name);
    }
    QString value(const QString& name) const { return m_values.value(name); }
    const QStringList& positional() const { return m_positional; }

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
    QString m_error;
};

// The one-line reason the CLI promises for an error (line breaks become "; ").
QString fromError(const Error& e);

// "missing option --<name>" for the first of `required` that `opts` lacks.
std::optional<QString> missingOption(const Options& opts, const QStringList& required);

// Wipes a std::string that held a secret (best effort: earlier copies are beyond reach).
struct WipedString
{
    std::string text;
    ~WipedString();
};

// One operation of a command group ("bshield vault create ...").
struct Operation
{
    const char* name;
    QStringList valued;   // options that take a value
    QStringList flags;    // switches
    QStringList required; // options that must be given
    int (*run)(Context&, const Options&);
    bool positional = false; // whether positional arguments are allowed
};

// Runs the operation named by args[0]: --help prints `usage`, the options are parsed and
// checked against the operation's table entry, a broken system RNG becomes a failure.
int runOperations(Context& ctx,
                  const QStringList& args,
                  const char* group,
                  const char* usage,
                  const std::vector<Operation>& operations);

// Subcommand groups. `args` holds what follows the group name.
int runCrypto(Context& ctx, const QStringList& args);
int runZk(Context& ctx, const QStringList& args);
// The provider's chain commands (cmd_chain.cpp).
int runKeys(Context& ctx, const QStringList& args);
int runRegister(Context& ctx, const QStringList& args);
int runBalance(Context& ctx, const QStringList& args);
int runHistory(Context& ctx, const QStringList& args);
int runClaim(Context& ctx, const QStringList& args);
int runVault(Context& ctx, const QStringList& args);
// The operator's commands (cmd_operator.cpp).
int runOperator(Context& ctx, const QStringList& args);
// The auditor's commands (cmd_audit.cpp).
int runAudit(Context& ctx, const QStringList& args);

} // namespace bs::cli
