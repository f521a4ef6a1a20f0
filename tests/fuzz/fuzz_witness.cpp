// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the circom witness calculator with its host imports (exceptionHandler,
// printErrorMessage, writeBufferMessage, showSharedRWMemory and the calls back into the module
// they make), on a module and an input that are both fuzzed. Nothing may crash or hang (small
// fuel and memory budgets), and what is computed must hold the calculator's promises: one
// value per wire, wire 0 is 1, and a second run on the same input gives the same witness.
//
// Input: 4 bytes little-endian = n, then n bytes of .wasm, then the input JSON (seeds:
// tests/fuzz/corpus/fuzz_witness, the circuits of tests/data/zk with their inputs).

#include "zk/witness_calculator.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 4)
        return 0;
    const size_t n = size_t(data[0]) | (size_t(data[1]) << 8) | (size_t(data[2]) << 16) |
                     (size_t(data[3]) << 24);
    if (n > size - 4)
        return 0;
    bs::zk::WitnessCalculatorOptions options;
    options.maxMemoryPages = 512; // 32 MiB
    // Fuel counts calls, not their cost: circom's field helpers run natively (an inverse is
    // thousands of multiplications), so the budget stays small enough for the slowest helper
    // in a loop to finish well inside libFuzzer's timeout under ASan.
    options.fuel = 100'000;
    auto wc = bs::zk::WitnessCalculator::fromBytes(std::span<const uint8_t>(data + 4, n), options);
    if (!wc)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data + 4 + n), qsizetype(size - 4 - n));
    const auto w = wc->calculate(input);
    if (!w)
        return 0;
    if (w->values.size() != wc->witnessSize() || w->values.empty() ||
        !(w->values[0] == bs::crypto::Fr::one()))
        std::abort();
    const auto again = wc->calculate(input);
    if (!again || again->values != w->values)
        std::abort();
    return 0;
}
