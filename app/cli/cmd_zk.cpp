// SPDX-License-Identifier: GPL-3.0-or-later
// `bshield zk ...`: witness computation and Groth16 proving. The prover lives in
// core/zk; this file only maps the command line onto it.
#include "cli.h"

namespace bs::cli {

int runZk(Context& ctx, const QStringList& args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help")) {
        ctx.out << "Usage: bshield zk witness --wasm <f> --input <json> --out <f.wtns>\n"
                   "       bshield zk prove --wasm <f> --zkey <f> --input <json> "
                   "--proof <proof.json> --public <public.json> [--calldata]\n";
        ctx.out.flush();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    return failure(ctx, QStringLiteral("'zk %1' is not available in this build yet").arg(args.first()));
}

} // namespace bs::cli
