// SPDX-License-Identifier: GPL-3.0-or-later
// Groth16 prover speed, side by side with snarkjs on the same circuit and machine.
//
// Needs the "chain" fixture (~12k constraints, the size of the eERC withdraw circuit):
//   tests/data/zk-prover/make-fixture.sh DIR chain && BS_ZK_FIXTURE_DIR=DIR bench_prover
// (falls back to the "small" fixture). Reports, for the prove benchmark, the snarkjs times of
// `groth16 prove` (same witness file) and `groth16 fullprove` (witness included), each taken
// once (median of 3 CLI runs, Node start-up included as a user would pay it), and our speedup
// over `groth16 prove`; BM_FullProve adds our wasm witness computation and compares with
// `groth16 fullprove`.

#include "crypto/fr.h"
#include "zk/groth16.h"
#include "zk/msm.h"
#include "zk/witness_calculator.h"
#include "zk/wtns.h"
#include "zk/zkey.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <optional>

using namespace bs::zk;
using bs::crypto::Fr;

namespace {

QString fixtureDir()
{
    const QString root = qEnvironmentVariable("BS_ZK_FIXTURE_DIR");
    if (root.isEmpty())
        return {};
    for (const char* name : {"/chain", "/small"}) {
        if (QFile::exists(root + name + "/circuit.zkey"))
            return root + name;
    }
    return {};
}

struct Loaded
{
    Groth16Prover prover;
    std::vector<Fr> witness;
};

Loaded* loaded()
{
    static std::optional<Loaded> l = []() -> std::optional<Loaded> {
        const QString dir = fixtureDir();
        if (dir.isEmpty())
            return std::nullopt;
        auto p = Groth16Prover::load(dir + "/circuit.zkey");
        auto w = readWtnsFile(dir + "/witness.wtns");
        if (!p || !w)
            return std::nullopt;
        return Loaded{std::move(p).value(), std::move(w).value()};
    }();
    return l ? &*l : nullptr;
}

// Median wall time in seconds of 3 runs of the fixture's snarkjs CLI; -1 on failure.
double snarkjsSeconds(const QStringList& args)
{
    const QString root = qEnvironmentVariable("BS_ZK_FIXTURE_DIR");
    std::vector<double> t;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        p.start(root + "/snarkjs", args);
        if (!p.waitForFinished(600000) || p.exitCode() != 0)
            return -1;
        t.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(t.begin(), t.end());
    return t[1];
}

void BM_Prove(benchmark::State& state)
{
    Loaded* l = loaded();
    if (!l) {
        state.SkipWithError("fixture missing: set BS_ZK_FIXTURE_DIR (see the file comment)");
        return;
    }
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state) {
        auto proof = l->prover.prove(l->witness);
        benchmark::DoNotOptimize(proof);
    }
    const double ours = double(timer.nsecsElapsed()) / 1e9 / double(state.iterations());
    const QString dir = fixtureDir();
    static const double snarkProve =
        snarkjsSeconds({"groth16", "prove", dir + "/circuit.zkey", dir + "/witness.wtns",
                        "/tmp/bs_bench_proof.json", "/tmp/bs_bench_public.json"});
    static const double snarkFull = snarkjsSeconds(
        {"groth16", "fullprove", dir + "/input.json", dir + "/circuit_js/circuit.wasm",
         dir + "/circuit.zkey", "/tmp/bs_bench_proof.json", "/tmp/bs_bench_public.json"});
    state.counters["nVars"] = l->prover.header().nVars;
    state.counters["domain"] = l->prover.header().domainSize;
    state.counters["snarkjs_prove_s"] = snarkProve;
    state.counters["snarkjs_fullprove_s"] = snarkFull;
    state.counters["speedup_vs_prove"] = snarkProve > 0 ? snarkProve / ours : 0;
}
BENCHMARK(BM_Prove)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

// Witness (our wasm runtime) + proof from the input JSON, i.e. what snarkjs groth16 fullprove
// does, with the proving key and the wasm module already loaded.
void BM_FullProve(benchmark::State& state)
{
    Loaded* l = loaded();
    const QString dir = fixtureDir();
    if (!l) {
        state.SkipWithError("fixture missing: set BS_ZK_FIXTURE_DIR (see the file comment)");
        return;
    }
    auto calc = WitnessCalculator::fromFile(dir + "/circuit_js/circuit.wasm");
    QFile inputFile(dir + "/input.json");
    if (!calc || !inputFile.open(QIODevice::ReadOnly)) {
        state.SkipWithError("cannot load the circuit's wasm or input.json");
        return;
    }
    const QByteArray input = inputFile.readAll();
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state) {
        auto w = calc->calculate(input);
        if (!w) {
            state.SkipWithError(w.error().message.c_str());
            return;
        }
        auto proof = l->prover.prove(w->values);
        benchmark::DoNotOptimize(proof);
    }
    const double ours = double(timer.nsecsElapsed()) / 1e9 / double(state.iterations());
    static const double snarkFull = snarkjsSeconds(
        {"groth16", "fullprove", dir + "/input.json", dir + "/circuit_js/circuit.wasm",
         dir + "/circuit.zkey", "/tmp/bs_bench_proof.json", "/tmp/bs_bench_public.json"});
    state.counters["snarkjs_fullprove_s"] = snarkFull;
    state.counters["speedup_vs_fullprove"] = snarkFull > 0 ? snarkFull / ours : 0;
}
BENCHMARK(BM_FullProve)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

// n bases i*G, i = 1..n (cheap to build; an MSM's cost does not depend on which points they
// are), and n full-size pseudo-random scalars.
template <class Curve>
std::vector<AffinePoint<Curve>> benchBases(std::size_t n, const AffinePoint<Curve>& g)
{
    using P = JacobianPoint<Curve>;
    std::vector<P> jac;
    P acc;
    for (std::size_t i = 0; i < n; ++i) {
        acc = acc.addMixed(g);
        jac.push_back(acc);
    }
    return P::batchToAffine(jac);
}

std::vector<Scalar> benchScalars(std::size_t n)
{
    std::vector<Scalar> scalars(n);
    Fr x = Fr::fromU64(0x1234567);
    for (auto& s : scalars) {
        x = x * x + Fr::one();
        s = x.canonicalLimbs();
    }
    return scalars;
}

// MSMs of 2^14 scalars: the H MSM of a withdraw-size proof.
template <class Curve>
void msmBench(benchmark::State& state, const AffinePoint<Curve>& g)
{
    const std::size_t n = std::size_t(state.range(1));
    const auto bases = benchBases<Curve>(n, g);
    const std::vector<Scalar> scalars = benchScalars(n);
    const unsigned threads = unsigned(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(msm<Curve>(bases, scalars, threads));
    state.counters["points"] = double(n);
    state.counters["window_bits"] = msmWindowBits(n);
}

void BM_MsmG1(benchmark::State& state)
{
    msmBench<G1Curve>(state, g1Generator());
}
BENCHMARK(BM_MsmG1)
    ->Args({1, 1 << 14})
    ->Args({2, 1 << 14})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The same 2^14 scalars by GLV (as the prover runs its G1 MSMs), the bases' images made
// once outside the loop as the prover makes them at load.
void BM_MsmG1Glv(benchmark::State& state)
{
    const std::size_t n = std::size_t(state.range(1));
    const std::vector<G1Affine> bases = glvBases(benchBases<G1Curve>(n, g1Generator()));
    const std::vector<Scalar> scalars = benchScalars(n);
    const unsigned threads = unsigned(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(MsmPlan<G1Curve>(bases, scalars, Glv{}).run(threads));
    state.counters["points"] = double(n);
    state.counters["window_bits"] = MsmPlan<G1Curve>(bases, scalars, Glv{}).windowBits();
}
BENCHMARK(BM_MsmG1Glv)
    ->Args({1, 1 << 14})
    ->Args({2, 1 << 14})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_MsmG2(benchmark::State& state)
{
    msmBench<G2Curve>(state, g2Generator());
}
BENCHMARK(BM_MsmG2)->Args({2, 1 << 13})->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
