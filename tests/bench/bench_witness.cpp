// SPDX-License-Identifier: GPL-3.0-or-later
// Witness calculation of tests/data/zk/bench.wasm (about 10k constraints, like the eERC
// withdraw circuit) on our interpreter. Reference on the same machine:
//   snarkjs wtns calculate tests/data/zk/bench.wasm tests/data/zk/bench.json out.wtns
// (see tests/data/zk/README.md for how to time it).

#include "zk/witness_calculator.h"

#include <QFile>

#include <benchmark/benchmark.h>

namespace {

QByteArray readData(const char* name)
{
    QFile f(QStringLiteral(BS_TEST_DATA_DIR "/zk/") + QString::fromUtf8(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void BM_WitnessBenchCircuit(benchmark::State& state)
{
    auto wc =
        bs::zk::WitnessCalculator::fromFile(QStringLiteral(BS_TEST_DATA_DIR "/zk/bench.wasm"));
    if (!wc) {
        state.SkipWithError(wc.error().message.c_str());
        return;
    }
    const QByteArray input = readData("bench.json");
    for (auto _ : state) {
        auto w = wc->calculate(input);
        if (!w) {
            state.SkipWithError(w.error().message.c_str());
            return;
        }
        benchmark::DoNotOptimize(w->values.data());
    }
    state.counters["wires"] = double(wc->witnessSize());
}
BENCHMARK(BM_WitnessBenchCircuit)->Unit(benchmark::kMillisecond);

void BM_LoadModule(benchmark::State& state)
{
    const QByteArray wasm = readData("bench.wasm");
    for (auto _ : state) {
        auto wc = bs::zk::WitnessCalculator::fromBytes(std::span<const uint8_t>(
            reinterpret_cast<const uint8_t*>(wasm.constData()), size_t(wasm.size())));
        benchmark::DoNotOptimize(wc.ok());
    }
}
BENCHMARK(BM_LoadModule)->Unit(benchmark::kMillisecond);

} // namespace
