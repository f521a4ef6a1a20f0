// SPDX-License-Identifier: GPL-3.0-or-later
// Vault open + unlock time: with scrypt calibrated on this machine (the real cost a user
// waits for, ~0.5 s by design) and with the minimum parameters N = 2^14 (what is left when
// the KDF is cheap: header read, key unwrap, SQLCipher keying, reading every page, the
// migration check). Also the unlock of a vault holding 1 000 cached history entries.
// Wall-clock (UseRealTime): the user waits for the whole of it.

#include "vault/vault.h"

#include <QString>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <bit>
#include <cstdio>
#include <map>
#include <span>
#include <string_view>

using namespace bs::vault;

namespace {

constexpr std::string_view kPass = "benchmark passphrase";

std::span<const char> pass()
{
    return {kPass.data(), kPass.size()};
}

// One vault per parameter set, made once.
const QString& vaultFor(const KdfParams& kdf, int historyEntries)
{
    static QTemporaryDir dir;
    static std::map<std::pair<quint64, int>, QString> made;
    const auto key = std::make_pair(kdf.n, historyEntries);
    if (auto it = made.find(key); it != made.end())
        return it->second;
    const QString path =
        dir.filePath(QStringLiteral("bench-%1-%2.bsvault").arg(kdf.n).arg(historyEntries));
    Profile p;
    p.name = QStringLiteral("bench");
    // The minimum cases measure everything but the KDF, so they write a vault whose scrypt
    // cost is below what this machine calibrates to: allowed here only.
    testing::allowWeakKdf(true);
    auto v = Vault::create(path, p, pass(), kdf);
    testing::allowWeakKdf(false);
    if (!v) {
        std::fprintf(stderr, "%s\n", v.error().message.c_str());
        std::abort();
    }
    std::vector<HistoryEntry> entries;
    for (int i = 0; i < historyEntries; ++i) {
        HistoryEntry e;
        e.tokenId = 1;
        e.kind = QStringLiteral("credit");
        e.source = QStringLiteral("transfer");
        e.blockNumber = quint64(1000 + i);
        e.txHash = QStringLiteral("0x%1").arg(i, 64, 16, QLatin1Char('0'));
        e.counterparty = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        e.amount = QString::number(i * 1000003);
        e.decrypted = true;
        entries.push_back(e);
    }
    if (!entries.empty() && !v->history().put(entries)) {
        std::fprintf(stderr, "history().put failed\n");
        std::abort();
    }
    return made.emplace(key, path).first->second;
}

void openUnlock(benchmark::State& state, const KdfParams& kdf, int historyEntries)
{
    const QString& path = vaultFor(kdf, historyEntries);
    for (auto _ : state) {
        auto v = Vault::open(path);
        if (!v || !v->unlock(pass())) {
            state.SkipWithError("unlock failed");
            break;
        }
        benchmark::DoNotOptimize(v->isUnlocked());
    }
    state.counters["log2N"] = double(std::countr_zero(kdf.n));
}

void BM_OpenUnlockCalibrated(benchmark::State& state)
{
    static const KdfParams kdf = KdfParams::calibrate();
    openUnlock(state, kdf, 0);
}

void BM_OpenUnlockMinimum(benchmark::State& state)
{
    openUnlock(state, KdfParams::minimum(), 0);
}

void BM_OpenUnlockMinimum1000History(benchmark::State& state)
{
    openUnlock(state, KdfParams::minimum(), 1000);
}

void BM_Calibrate(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(KdfParams::calibrate());
}

} // namespace

BENCHMARK(BM_OpenUnlockCalibrated)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_OpenUnlockMinimum)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_OpenUnlockMinimum1000History)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Calibrate)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
