// SPDX-License-Identifier: GPL-3.0-or-later
// Poseidon hash rate (design target: >= 40 000 t=3 hashes/s per core; light-poseidon does
// about 45 000/s) and PCT decryption rate (target >= 5 000/s per core). Single-threaded, so
// the items/s counters are per core.

#include "crypto/pct.h"
#include "crypto/poseidon.h"

#include <array>
#include <benchmark/benchmark.h>

using namespace bs::crypto;

namespace {

template <std::size_t N>
void hash(benchmark::State& state)
{
    std::array<Fr, N> in;
    for (std::size_t i = 0; i < N; ++i)
        in[i] = Fr::fromU64(0x1234567 + i);
    for (auto _ : state) {
        // Chain the output into the next input so the work cannot be hoisted.
        in[0] = poseidon(in);
        benchmark::DoNotOptimize(in[0]);
    }
    state.SetItemsProcessed(state.iterations());
}

void permuteT4(benchmark::State& state)
{
    std::array<Fr, 4> s = {Fr::fromU64(1), Fr::fromU64(2), Fr::fromU64(3), Fr::fromU64(4)};
    for (auto _ : state) {
        poseidonPermute(s);
        benchmark::DoNotOptimize(s);
    }
    state.SetItemsProcessed(state.iterations());
}

void pctDecrypt(benchmark::State& state)
{
    const Scalar s = *Scalar::fromDecimal(
        "2656943346852048399548841493000363904333501062517835330509044938161026146496");
    const Pct pct = encryptAmount(Point::mulBase(s), Fr::fromU64(123456789));
    for (auto _ : state) {
        auto v = decryptAmount(pct, s);
        if (!v.ok() || !(v.value() == Fr::fromU64(123456789)))
            state.SkipWithError("decryption failed or gave a wrong amount");
        benchmark::DoNotOptimize(v);
    }
    state.SetItemsProcessed(state.iterations());
}

void pctEncrypt(benchmark::State& state)
{
    const Point pk = Point::mulBase(Scalar::fromU64(42));
    for (auto _ : state) {
        Pct p = encryptAmount(pk, Fr::fromU64(1000));
        benchmark::DoNotOptimize(p);
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(hash<1>)->Name("poseidon/t2");
BENCHMARK(hash<2>)->Name("poseidon/t3");
BENCHMARK(hash<3>)->Name("poseidon/t4");
BENCHMARK(hash<5>)->Name("poseidon/t6");
BENCHMARK(permuteT4)->Name("poseidon/permute_t4");
BENCHMARK(pctDecrypt)->Name("pct/decrypt");
BENCHMARK(pctEncrypt)->Name("pct/encrypt_fresh");
