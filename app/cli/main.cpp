// SPDX-License-Identifier: GPL-3.0-or-later
// bshield: the BackendShield core, scriptable. Same code as the app, no GUI.
#include "cli.h"
#include "crypto/process_hardening.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>

namespace {

using bs::cli::Context;

struct Group
{
    const char* name;
    const char* summary;
    std::function<int(Context&, const QStringList&)> run; // empty: planned, not in this build
};

const Group kGroups[] = {
    {"crypto", "field, curve, Poseidon, PCT, ElGamal and key-derivation primitives",
     bs::cli::runCrypto},
    {"zk", "circom witness and Groth16 proofs", bs::cli::runZk},
    {"keys", "show the keys of a wallet", bs::cli::runKeys},
    {"register", "register the eERC key on chain", bs::cli::runRegister},
    {"balance", "decrypt and verify the eERC balance", bs::cli::runBalance},
    {"history", "earnings and claims history", bs::cli::runHistory},
    {"claim", "withdraw eERC to USDC", bs::cli::runClaim},
    {"vault", "create, check, back up and restore the encrypted vault", bs::cli::runVault},
    {"operator", "providers, usage servers and distribution cycles (operator)",
     bs::cli::runOperator},
    {"audit", "verify the operator's reported distributions against the chain", bs::cli::runAudit},
};

void printHelp(QTextStream& out)
{
    out << "Usage: bshield [--json] <command> [<args>]\n"
           "\n"
           "BackendShield command line: the same core as the desktop app.\n"
           "\n"
           "Commands:\n";
    for (const Group& g : kGroups) {
        out << "  " << QString::fromLatin1(g.name).leftJustified(10) << g.summary;
        if (!g.run)
            out << " (not in this build yet)";
        out << '\n';
    }
    out << "\n"
           "Options:\n"
           "  --json       print results as one JSON object\n"
           "  --help, -h   show this help (also: bshield <command> --help)\n"
           "  --version    print the version\n"
           "\n"
           "Exit codes: 0 ok, 1 operation failed, 2 usage error.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    // First: no core dump may ever hold a key or a passphrase.
    (void)bs::crypto::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bshield"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BS_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Context ctx{false, out, err};

    QStringList args = app.arguments().mid(1);
    // Global options may come anywhere before the command's own arguments.
    if (args.removeAll(QStringLiteral("--json")) > 0)
        ctx.json = true;

    if (args.isEmpty())
        return bs::cli::usageError(ctx, QStringLiteral("no command given; see 'bshield --help'"));
    const QString first = args.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printHelp(out);
        return bs::cli::ExitOk;
    }
    if (first == QLatin1String("--version")) {
        if (ctx.json)
            return bs::cli::emit(ctx, {{QStringLiteral("version"), QStringLiteral(BS_VERSION)}});
        out << "bshield " << BS_VERSION << '\n';
        return bs::cli::ExitOk;
    }
    for (const Group& g : kGroups) {
        if (first != QLatin1String(g.name))
            continue;
        if (!g.run)
            return bs::cli::failure(
                ctx, QStringLiteral("'%1' is not available in this build yet").arg(first));
        return g.run(ctx, args);
    }
    return bs::cli::usageError(
        ctx, QStringLiteral("unknown command '%1'; see 'bshield --help'").arg(first));
}
