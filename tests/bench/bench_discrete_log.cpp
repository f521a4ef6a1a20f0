// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/discrete_log.h"

#include <benchmark/benchmark.h>

using bs::crypto::DiscreteLogTable;
using bs::crypto::Point;
using bs::crypto::Scalar;

namespace {

// One full build of the default (40-bit) table.
void BM_BuildTable40(benchmark::State& state)
{
    for (auto _ : state) {
        DiscreteLogTable table(40);
        benchmark::DoNotOptimize(table.babySteps());
        state.counters["MiB"] = static_cast<double>(table.memoryBytes()) / (1024.0 * 1024.0);
    }
}
BENCHMARK(BM_BuildTable40)->Unit(benchmark::kMillisecond)->Iterations(1);

// Solving with the shared (cached) 40-bit table; the build happens before the timed loop.
void solve(benchmark::State& state, uint64_t v)
{
    const auto table = DiscreteLogTable::shared(40);
    const Point target = Point::mulBase(Scalar::fromU64(v));
    for (auto _ : state) {
        const auto r = table->solve(target);
        if (r != v)
            state.SkipWithError("wrong discrete log");
        benchmark::DoNotOptimize(r);
    }
}

void BM_Solve2To32(benchmark::State& state)
{
    solve(state, 4000000000ull); // ~2^32: 4000 USDC in 6-decimal units
}
BENCHMARK(BM_Solve2To32)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Solve2To40(benchmark::State& state)
{
    solve(state, (uint64_t{1} << 40) - 12345); // worst case: near the bound
}
BENCHMARK(BM_Solve2To40)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SolveAbove40(benchmark::State& state)
{
    // Not found: the full search.
    const auto table = DiscreteLogTable::shared(40);
    const Point target = Point::mulBase(Scalar::fromU64(uint64_t{1} << 41));
    for (auto _ : state)
        benchmark::DoNotOptimize(table->solve(target));
}
BENCHMARK(BM_SolveAbove40)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
