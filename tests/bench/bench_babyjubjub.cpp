// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/babyjubjub.h"
#include "crypto/elgamal.h"

#include <benchmark/benchmark.h>

using bs::crypto::Point;
using bs::crypto::Scalar;

namespace {

Scalar secret()
{
    return Scalar::fromDecimal(
               "2656943346852048399548841493000363904333501062517835330509044938161026146496")
        .value();
}

void BM_MulBaseConstTime(benchmark::State& state)
{
    const Scalar k = secret();
    Point::mulBase(k); // build the fixed-base table outside the timing
    for (auto _ : state)
        benchmark::DoNotOptimize(Point::mulBase(k));
}
BENCHMARK(BM_MulBaseConstTime);

void BM_MulBaseVartime(benchmark::State& state)
{
    const Scalar k = secret();
    for (auto _ : state)
        benchmark::DoNotOptimize(Point::mulBaseVartime(k));
}
BENCHMARK(BM_MulBaseVartime);

void BM_MulConstTime(benchmark::State& state)
{
    const Point p = Point::mulBase(Scalar::fromU64(123456789));
    const Scalar k = secret();
    for (auto _ : state)
        benchmark::DoNotOptimize(p.mul(k));
}
BENCHMARK(BM_MulConstTime);

void BM_MulVartime(benchmark::State& state)
{
    const Point p = Point::mulBase(Scalar::fromU64(123456789));
    const Scalar k = secret();
    for (auto _ : state)
        benchmark::DoNotOptimize(p.mulVartime(k));
}
BENCHMARK(BM_MulVartime);

void BM_PointAdd(benchmark::State& state)
{
    Point a = Point::mulBase(Scalar::fromU64(5));
    const Point b = Point::mulBase(Scalar::fromU64(7));
    for (auto _ : state) {
        a = a + b;
        benchmark::DoNotOptimize(a);
    }
}
BENCHMARK(BM_PointAdd);

void BM_PointDouble(benchmark::State& state)
{
    Point a = Point::mulBase(Scalar::fromU64(5));
    for (auto _ : state) {
        a = a.dbl();
        benchmark::DoNotOptimize(a);
    }
}
BENCHMARK(BM_PointDouble);

void BM_ToAffine(benchmark::State& state)
{
    const Point p = Point::mulBase(secret());
    for (auto _ : state)
        benchmark::DoNotOptimize(p.toAffine());
}
BENCHMARK(BM_ToAffine);

// The public-point entry check (curve equation + l*P == identity) that every PCT decryption
// pays for its authKey.
void BM_FromAffineChecked(benchmark::State& state)
{
    const auto a = Point::mulBase(secret()).toAffine();
    for (auto _ : state)
        benchmark::DoNotOptimize(Point::fromAffine(a));
}
BENCHMARK(BM_FromAffineChecked);

void BM_ElGamalDecryptToPoint(benchmark::State& state)
{
    const Scalar s = secret();
    const auto ct = bs::crypto::elgamal::encrypt(Point::mulBase(s), Scalar::fromU64(1000000),
                                                 Scalar::fromU64(99));
    for (auto _ : state)
        benchmark::DoNotOptimize(bs::crypto::elgamal::decryptToPoint(ct, s));
}
BENCHMARK(BM_ElGamalDecryptToPoint);

void BM_ElGamalEncrypt(benchmark::State& state)
{
    const Point pk = Point::mulBase(secret());
    for (auto _ : state)
        benchmark::DoNotOptimize(bs::crypto::elgamal::encrypt(pk, Scalar::fromU64(1000000)));
}
BENCHMARK(BM_ElGamalEncrypt);

} // namespace
