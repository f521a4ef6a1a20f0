// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's reconciliation at scale (DESIGN.md section 5: 100 000 payouts under 15 s on
// 2 cores, 1 000 000 under 2 min, memory under 500 MB): decrypt every payout's auditor PCT on
// all cores and reconcile against an operator report of cycles of 1 000 transfers, as
// `bshield audit verify` does once the events are scanned ("data cached": no RPC).
//
// Synthetic data, made once and cached outside git in $BS_BENCH_AUDIT_CACHE (default
// ~/.cache/backendshield/bench-audit/): payouts-<N>.bin holds N payouts (tx hash, block, log
// index, recipient among 1 000 providers, amount, the 7-word PCT for the devnet's auditor key)
// and payouts-<N>.json its description, which tests/bench/audit_reference.mjs reads to do the
// same work with circomlibjs (tests/bench/audit_compare.sh runs both).
//
// Each iteration streams the file in chunks of 65 536 payouts (only one chunk's PCTs in memory,
// as the scanner holds one piece of blocks), decrypts, keeps the events, then reconciles; the
// result must be a clean report whose total is the file's. Wall time (UseRealTime); counters:
// payouts/s and the process's peak RSS (run one size per process for its own peak).
#include "audit/decrypt.h"
#include "audit/reconcile.h"
#include "crypto/pct.h"
#include "eerc/key_derivation.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <optional>
#include <set>
#include <sys/resource.h>
#include <thread>
#include <vector>

using namespace bs;

namespace {

constexpr std::size_t kRecord = 32 + 8 + 4 + 20 + 8 + 7 * 32; // 296 bytes
constexpr std::size_t kChunk = 65536;
constexpr std::size_t kCycle = 1000;
constexpr char kMagic[8] = {'B', 'S', 'A', 'U', 'D', 'I', 'T', '1'};
// The devnet's auditor (Hardhat account 1): a public test key.
constexpr char kAuditorKey[] = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

[[noreturn]] void die(const std::string& message)
{
    std::fprintf(stderr, "bench_audit: %s\n", message.c_str());
    std::exit(1);
}

const eerc::EercKey& auditor()
{
    static const eerc::EercKey key = [] {
        auto wallet = crypto::EcdsaPrivateKey::fromHex(kAuditorKey);
        auto k = eerc::EercKey::deriveFromWallet(wallet.value());
        return std::move(k.value());
    }();
    return key;
}

QString cacheDir()
{
    const QByteArray env = qgetenv("BS_BENCH_AUDIT_CACHE");
    const QString dir = env.isEmpty()
                            ? QDir::homePath() + QStringLiteral("/.cache/backendshield/bench-audit")
                            : QString::fromLocal8Bit(env);
    QDir().mkpath(dir);
    return dir;
}

void putU64(std::uint8_t* p, std::uint64_t v)
{
    for (int i = 7; i >= 0; --i, v >>= 8)
        p[i] = std::uint8_t(v);
}

std::uint64_t getU64(const std::uint8_t* p)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | p[i];
    return v;
}

crypto::EthAddress recipient(std::size_t i)
{
    crypto::EthAddress::Bytes b{};
    b[0] = 0x5a;
    b[18] = std::uint8_t((i % 1000) >> 8);
    b[19] = std::uint8_t(i % 1000);
    return crypto::EthAddress(b);
}

// Payout i: block 1000 + i, log index i % 4, amount 1 .. 5 000 000 base units.
void makeRecord(std::size_t i, std::uint8_t* out)
{
    crypto::Hash256 tx{};
    putU64(tx.data() + 24, i);
    tx[0] = 0x7e;
    std::copy(tx.begin(), tx.end(), out);
    putU64(out + 32, 1000 + i);
    const std::uint32_t logIndex = std::uint32_t(i % 4);
    for (int k = 0; k < 4; ++k)
        out[40 + k] = std::uint8_t(logIndex >> (24 - 8 * k));
    const auto to = recipient(i);
    std::copy(to.bytes().begin(), to.bytes().end(), out + 44);
    const std::uint64_t amount = 1 + (i * 2654435761u) % 5'000'000;
    putU64(out + 64, amount);
    const crypto::Pct pct =
        crypto::encryptAmount(auditor().publicKey(), *crypto::toFr(U256::fromU64(amount)));
    for (int w = 0; w < 7; ++w) {
        const auto be = crypto::toU256(pct.words[std::size_t(w)]).toBigEndian();
        std::copy(be.begin(), be.end(), out + 72 + 32 * w);
    }
}

// The cached file for n payouts, made on first use (on every core).
QString dataset(std::size_t n)
{
    const QString path = cacheDir() + QStringLiteral("/payouts-%1.bin").arg(n);
    if (QFile::exists(path) && QFile(path).size() == qint64(16 + n * kRecord))
        return path;
    std::fprintf(stderr, "bench_audit: making %zu payouts in %s (once)\n", n, qPrintable(path));
    QFile f(path + QStringLiteral(".tmp"));
    if (!f.open(QIODevice::WriteOnly))
        die("cannot write " + path.toStdString());
    std::uint8_t head[16];
    std::copy(kMagic, kMagic + 8, head);
    putU64(head + 8, n);
    f.write(reinterpret_cast<const char*>(head), 16);
    // In chunks, each on every core, so that making the data takes little memory.
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::uint8_t> bytes(kChunk * kRecord);
    for (std::size_t first = 0; first < n; first += kChunk) {
        const std::size_t count = std::min(kChunk, n - first);
        {
            std::vector<std::jthread> pool;
            for (unsigned t = 0; t < threads; ++t)
                pool.emplace_back([&, t] {
                    for (std::size_t i = t; i < count; i += threads)
                        makeRecord(first + i, bytes.data() + i * kRecord);
                });
        }
        if (f.write(reinterpret_cast<const char*>(bytes.data()), qint64(count * kRecord)) !=
            qint64(count * kRecord))
            die("cannot write " + path.toStdString());
    }
    f.close();
    QFile::remove(path);
    QFile::rename(path + QStringLiteral(".tmp"), path);
    QJsonObject meta{
        {"payouts", qint64(n)},
        {"recordBytes", qint64(kRecord)},
        {"cycleSize", qint64(kCycle)},
        {"auditorScalar", QString::fromStdString(auditor().privateScalar()->toDecimal())},
        {"layout", "magic 8, u64 n, then per payout: txHash 32, block u64, logIndex u32, "
                   "to 20, amount u64, pct 7 x 32 (big-endian)"}};
    QFile m(cacheDir() + QStringLiteral("/payouts-%1.json").arg(n));
    if (m.open(QIODevice::WriteOnly))
        m.write(QJsonDocument(meta).toJson());
    return path;
}

// The operator's report of the dataset: cycles of kCycle payouts, totals true.
operator_api::AuditTotals reportOf(QFile& f, std::size_t n)
{
    operator_api::AuditTotals t;
    t.token = {QStringLiteral("USDC"), 6};
    std::vector<std::uint8_t> rec(kRecord);
    f.seek(16);
    for (std::size_t i = 0; i < n; ++i) {
        f.read(reinterpret_cast<char*>(rec.data()), kRecord);
        if (i % kCycle == 0) {
            operator_api::AuditCycle c;
            c.cycleId = QStringLiteral("cyc_%1").arg(i / kCycle);
            c.periodStart = QDateTime::fromSecsSinceEpoch(qint64(i), Qt::UTC);
            c.periodEnd = c.periodStart.addSecs(1);
            c.pool = U256::fromU64(5'000'000'000ull);
            t.cycles.push_back(std::move(c));
        }
        operator_api::AuditCycle& c = t.cycles.back();
        operator_api::AuditTransferRef r;
        std::copy_n(rec.begin(), 32, r.txHash.begin());
        r.blockNumber = getU64(rec.data() + 32);
        r.logIndex = (std::uint32_t(rec[40]) << 24) | (std::uint32_t(rec[41]) << 16) |
                     (std::uint32_t(rec[42]) << 8) | rec[43];
        crypto::EthAddress::Bytes to{};
        std::copy_n(rec.begin() + 44, 20, to.begin());
        r.to = crypto::EthAddress(to);
        c.transfers.push_back(r);
        c.totalDistributed = *c.totalDistributed.checkedAdd(U256::fromU64(getU64(rec.data() + 64)));
        ++c.transferCount;
    }
    for (const auto& c : t.cycles) {
        t.grandTotal = *t.grandTotal.checkedAdd(c.totalDistributed);
        t.transferCount += c.transferCount;
    }
    return t;
}

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

void BM_DecryptAndReconcile(benchmark::State& state)
{
    const std::size_t n = std::size_t(state.range(0));
    QFile f(dataset(n));
    if (!f.open(QIODevice::ReadOnly))
        die("cannot read the dataset");
    const operator_api::AuditTotals report = reportOf(f, n);
    std::set<crypto::EthAddress::Bytes> providers;
    for (std::size_t i = 0; i < 1000; ++i)
        providers.insert(recipient(i).bytes());
    const crypto::Scalar& s = *auditor().privateScalar();
    const crypto::EthAddress me = crypto::EcdsaPrivateKey::fromHex(kAuditorKey)->address();

    for (auto _ : state) {
        std::vector<audit::ChainEvent> events;
        events.reserve(n + 1);
        audit::ChainEvent change; // the auditor set before the first payout
        change.kind = audit::EventKind::AuditorChanged;
        change.blockNumber = 999;
        change.counterparty = me;
        events.push_back(change);

        {
            // Only this block's buffers hold a chunk; they are gone before reconciling.
            std::vector<std::uint8_t> chunk(kChunk * kRecord);
            std::vector<crypto::Pct> pcts;
            std::vector<std::optional<U256>> amounts;
            f.seek(16);
            for (std::size_t first = 0; first < n; first += kChunk) {
                const std::size_t count = std::min(kChunk, n - first);
                if (f.read(reinterpret_cast<char*>(chunk.data()), qint64(count * kRecord)) !=
                    qint64(count * kRecord))
                    die("short read");
                pcts.resize(count);
                amounts.assign(count, std::nullopt);
                for (std::size_t i = 0; i < count; ++i) {
                    const std::uint8_t* rec = chunk.data() + i * kRecord;
                    audit::ChainEvent e;
                    std::copy_n(rec, 32, e.txHash.begin());
                    e.blockNumber = getU64(rec + 32);
                    e.logIndex = (std::uint32_t(rec[40]) << 24) | (std::uint32_t(rec[41]) << 16) |
                                 (std::uint32_t(rec[42]) << 8) | rec[43];
                    crypto::EthAddress::Bytes to{};
                    std::copy_n(rec + 44, 20, to.begin());
                    e.counterparty = crypto::EthAddress(to);
                    e.auditor = me;
                    e.kind = audit::EventKind::Payout;
                    for (std::size_t w = 0; w < 7; ++w)
                        pcts[i].words[w] = *crypto::toFr(U256::fromBigEndian(
                            std::span<const std::uint8_t, 32>(rec + 72 + 32 * w, 32)));
                    events.push_back(e);
                }
                if (!audit::decryptPcts(pcts, amounts, s, 0))
                    die("decryption stopped");
                for (std::size_t i = 0; i < count; ++i) {
                    audit::ChainEvent& e = events[1 + first + i];
                    e.pct =
                        amounts[i] ? audit::PctStatus::Decrypted : audit::PctStatus::Undecryptable;
                    e.amount = amounts[i].value_or(U256());
                }
            }
        }

        audit::OfflineLookups lookups;
        audit::ReconcileInput in;
        in.events = events;
        in.totals = &report;
        in.window = audit::BlockRange{999, 1000 + n};
        in.auditor = me;
        in.units = {6, 6};
        in.providers = &providers;
        const auto r = audit::reconcile(in, lookups);
        if (!r || !r->findings.empty() || r->totals.decryptedTotal != report.grandTotal ||
            r->totals.foundCount != n) {
            state.SkipWithError(r ? "the reconciliation found something"
                                  : r.error().message.c_str());
            break;
        }
        benchmark::DoNotOptimize(r->totals);
    }
    state.counters["payouts/s"] =
        benchmark::Counter(double(n) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["peak_rss_MB"] = peakRssMb();
    state.counters["threads"] = audit::decryptThreads(0);
}

} // namespace

BENCHMARK(BM_DecryptAndReconcile)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Iterations(1)
    ->UseRealTime()
    ->Unit(benchmark::kSecond);
