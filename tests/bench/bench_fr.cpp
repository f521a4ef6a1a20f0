// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/fr.h"

#include <benchmark/benchmark.h>

using bs::crypto::Fr;

namespace {

Fr sample(uint64_t seed)
{
    // A full-width element: the hex of an arbitrary value below p.
    return Fr::fromHex("0x1d5a4b9c8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b")
               .value() *
           Fr::fromU64(seed);
}

void BM_FrMul(benchmark::State& state)
{
    Fr a = sample(3);
    const Fr b = sample(5);
    for (auto _ : state) {
        a = a * b; // dependent chain: measures latency
        benchmark::DoNotOptimize(a);
    }
}
BENCHMARK(BM_FrMul);

void BM_FrSquare(benchmark::State& state)
{
    Fr a = sample(7);
    for (auto _ : state) {
        a = a.square();
        benchmark::DoNotOptimize(a);
    }
}
BENCHMARK(BM_FrSquare);

void BM_FrAdd(benchmark::State& state)
{
    Fr a = sample(11);
    const Fr b = sample(13);
    for (auto _ : state) {
        a = a + b;
        benchmark::DoNotOptimize(a);
    }
}
BENCHMARK(BM_FrAdd);

void BM_FrInverse(benchmark::State& state)
{
    Fr a = sample(17);
    for (auto _ : state) {
        a = a.inverse();
        benchmark::DoNotOptimize(a);
    }
}
BENCHMARK(BM_FrInverse);

void BM_FrSqrt(benchmark::State& state)
{
    const Fr a = sample(19).square();
    for (auto _ : state)
        benchmark::DoNotOptimize(a.sqrt());
}
BENCHMARK(BM_FrSqrt);

void BM_FrFromDecimal(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(Fr::fromDecimal(
            "16950150798460657717958625567821834550301663161624707787222815936182638968203"));
}
BENCHMARK(BM_FrFromDecimal);

} // namespace
