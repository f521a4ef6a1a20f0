// SPDX-License-Identifier: GPL-3.0-or-later
// `bshield zk ...`: circom witness computation and Groth16 proving with any circom
// .wasm + snarkjs .zkey pair. The work is done by core/zk; this file maps the
// command line onto it.
#include "cli.h"
#include "zk/groth16.h"
#include "zk/proof_encoding.h"
#include "zk/witness_calculator.h"
#include "zk/wtns.h"

#include <QFile>
#include <QSaveFile>

#include <future>

namespace bs::cli {

namespace {

constexpr auto kUsage =
    "Usage: bshield zk witness --wasm <f.wasm> --input <input.json> --out <f.wtns>\n"
    "       bshield zk prove --wasm <f.wasm> --zkey <f.zkey> --input <input.json>\n"
    "                        --proof <proof.json> --public <public.json> [--calldata]\n"
    "\n"
    "witness  computes the circuit's witness and writes it in snarkjs .wtns format\n"
    "prove    computes the witness and a Groth16 proof; writes snarkjs proof.json and\n"
    "         public.json; --calldata also prints the Solidity verifier arguments\n";

Result<QByteArray> readFile(const QString& path, const char* what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the %1 file %2: %3")
                        .arg(QLatin1String(what), path, file.errorString())
                        .toStdString());
    return file.readAll();
}

// Writes atomically, so an interrupted run never leaves a half-written proof.
Result<void> writeFile(const QString& path, const std::string& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit())
        return fail(
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()).toStdString());
    return {};
}

Result<zk::Witness> computeWitness(const QString& wasmPath, const QString& inputPath)
{
    auto input = readFile(inputPath, "input");
    if (!input)
        return input.error();
    auto calculator = zk::WitnessCalculator::fromFile(wasmPath);
    if (!calculator)
        return fail("cannot load the circuit " + wasmPath.toStdString() + ": " +
                    calculator.error().message);
    return calculator->calculate(*input);
}

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

int runWitness(Context& ctx, const QStringList& args)
{
    const Options opts(args,
                       {QStringLiteral("wasm"), QStringLiteral("input"), QStringLiteral("out")});
    if (!opts.valid())
        return usageError(ctx, opts.error());
    if (!opts.positional().isEmpty())
        return usageError(
            ctx, QStringLiteral("unexpected argument '%1'").arg(opts.positional().first()));
    for (const char* name : {"wasm", "input", "out"})
        if (!opts.has(QLatin1String(name)))
            return usageError(ctx, QStringLiteral("--%1 is required").arg(QLatin1String(name)));

    auto witness =
        computeWitness(opts.value(QStringLiteral("wasm")), opts.value(QStringLiteral("input")));
    if (!witness)
        return failure(ctx, fromStd(witness.error().message));
    const QString out = opts.value(QStringLiteral("out"));
    if (auto written = zk::writeWtnsFile(out, witness->values); !written)
        return failure(ctx, fromStd(written.error().message));
    return emit(ctx, {{QStringLiteral("witness"), out},
                      {QStringLiteral("wires"), QString::number(witness->values.size())}});
}

int runProve(Context& ctx, const QStringList& args)
{
    const Options opts(args,
                       {QStringLiteral("wasm"), QStringLiteral("zkey"), QStringLiteral("input"),
                        QStringLiteral("proof"), QStringLiteral("public")},
                       {QStringLiteral("calldata")});
    if (!opts.valid())
        return usageError(ctx, opts.error());
    if (!opts.positional().isEmpty())
        return usageError(
            ctx, QStringLiteral("unexpected argument '%1'").arg(opts.positional().first()));
    for (const char* name : {"wasm", "zkey", "input", "proof", "public"})
        if (!opts.has(QLatin1String(name)))
            return usageError(ctx, QStringLiteral("--%1 is required").arg(QLatin1String(name)));

    // The witness runs on one thread, so the proving key is decoded meanwhile on another.
    auto loading = std::async(std::launch::async, [zkey = opts.value(QStringLiteral("zkey"))] {
        return zk::Groth16Prover::load(zkey, 0, 1);
    });
    auto witness =
        computeWitness(opts.value(QStringLiteral("wasm")), opts.value(QStringLiteral("input")));
    auto prover = loading.get();
    if (!prover)
        return failure(ctx, fromStd(prover.error().message));
    if (!witness)
        return failure(ctx, fromStd(witness.error().message));
    auto proof = prover->prove(witness->values);
    if (!proof)
        return failure(ctx, fromStd(proof.error().message));
    const auto publicSignals = prover->publicSignals(witness->values);

    if (auto w = writeFile(opts.value(QStringLiteral("proof")), zk::proofToSnarkjsJson(*proof)); !w)
        return failure(ctx, fromStd(w.error().message));
    if (auto w = writeFile(opts.value(QStringLiteral("public")),
                           zk::publicSignalsToSnarkjsJson(publicSignals));
        !w)
        return failure(ctx, fromStd(w.error().message));

    Fields fields{{QStringLiteral("proof"), opts.value(QStringLiteral("proof"))},
                  {QStringLiteral("public"), opts.value(QStringLiteral("public"))}};
    if (opts.has(QStringLiteral("calldata"))) {
        // snarkjs's text is the verifier's four arguments separated by commas; with --json
        // they become one array [a, b, c, publicSignals].
        QString calldata = fromStd(zk::proofToSolidityCalldata(*proof, publicSignals));
        if (ctx.json)
            calldata = QLatin1Char('[') + calldata + QLatin1Char(']');
        fields.append({QStringLiteral("calldata"), calldata});
    }
    return emit(ctx, fields);
}

} // namespace

int runZk(Context& ctx, const QStringList& args)
{
    if (args.isEmpty())
        return usageError(ctx, QStringLiteral("zk needs a subcommand: witness or prove"));
    const QString sub = args.first();
    if (sub == QLatin1String("--help") || sub == QLatin1String("help")) {
        ctx.out << kUsage;
        ctx.out.flush();
        return ExitOk;
    }
    if (sub == QLatin1String("witness"))
        return runWitness(ctx, args.mid(1));
    if (sub == QLatin1String("prove"))
        return runProve(ctx, args.mid(1));
    return usageError(
        ctx, QStringLiteral("unknown zk subcommand '%1'; see 'bshield zk --help'").arg(sub));
}

} // namespace bs::cli
