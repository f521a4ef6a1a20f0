// SPDX-License-Identifier: GPL-3.0-or-later
#include "zk/groth16.h"

#include "zk/verified_file.h"

#include <array>
#include <atomic>
#include <bit>
#include <functional>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <optional>
#include <stdexcept>
#include <thread>

namespace bs::zk {

using crypto::Fr;

namespace {

// Bases of one MSM without the points at infinity, with the wire each one belongs to.
template <class Affine>
struct SparseBases
{
    std::vector<Affine> points;
    std::vector<uint32_t> wires;

    static SparseBases from(const std::vector<Affine>& all, uint32_t firstWire)
    {
        SparseBases s;
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (all[i].infinity)
                continue;
            s.points.push_back(all[i]);
            s.wires.push_back(firstWire + static_cast<uint32_t>(i));
        }
        return s;
    }

    std::vector<Scalar> gather(const std::vector<Scalar>& witness) const
    {
        std::vector<Scalar> out(wires.size());
        for (std::size_t i = 0; i < wires.size(); ++i)
            out[i] = witness[wires[i]];
        return out;
    }
};

// Runs the callables on up to `threads` threads (the calling one included).
void runParallel(std::vector<std::function<void()>> jobs, unsigned threads)
{
    if (threads <= 1 || jobs.size() <= 1) {
        for (auto& j : jobs)
            j();
        return;
    }
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < jobs.size(); i = next++)
            jobs[i]();
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::min<std::size_t>(threads, jobs.size()); ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool)
        t.join();
}

// Step 1-3 (see quotientEvaluations), with the three coset transforms on up to `threads`
// threads.
std::vector<Fr> quotient(const std::vector<ZkeyCoefficient>& coefficients,
                         const EvaluationDomain& dom,
                         std::span<const Fr> witness,
                         unsigned threads)
{
    const std::size_t n = dom.size();
    std::vector<Fr> aEv(n);
    std::vector<Fr> bEv(n);
    for (const ZkeyCoefficient& k : coefficients) {
        std::vector<Fr>& ev = k.matrix == 0 ? aEv : bEv;
        ev[k.constraint] += k.value * witness[k.signal];
    }
    std::vector<Fr> cEv(n);
    for (std::size_t i = 0; i < n; ++i)
        cEv[i] = aEv[i] * bEv[i];

    runParallel(
        {[&] { dom.toOddCoset(aEv); }, [&] { dom.toOddCoset(bEv); }, [&] { dom.toOddCoset(cEv); }},
        threads);
    for (std::size_t i = 0; i < n; ++i)
        aEv[i] = aEv[i] * bEv[i] - cEv[i];
    return aEv;
}

// One MSM of the prover's job pool: its plan (made by one job, once the scalars are known),
// the window sums (one job each) and the flag the window jobs wait on until the plan exists.
template <class Curve>
struct Stage
{
    std::optional<MsmPlan<Curve>> plan;
    std::vector<JacobianPoint<Curve>> sums;
    std::atomic<bool> ready{false};

    // Sizes the sums for a plan over n scalars (known before the plan is).
    void expectWindows(std::size_t n, bool glv) { sums.resize(MsmPlan<Curve>::windowsFor(n, glv)); }

    // Makes the plan (which keeps a view of the bases and its own digits, not the scalars)
    // and releases the window jobs.
    template <class... Args>
    void publish(Args&&... args)
    {
        plan.emplace(std::forward<Args>(args)...);
        if (plan->windows() != sums.size()) // windowsFor() promises this
            throw std::logic_error("MSM window count differs from windowsFor()");
        ready.store(true, std::memory_order_release);
        ready.notify_all();
    }

    void runWindow(unsigned i)
    {
        ready.wait(false, std::memory_order_acquire);
        sums[i] = plan->window(i);
    }

    JacobianPoint<Curve> combine() const { return plan->combine(sums); }
};

Result<Fr> randomScalar()
{
    // 64 random bytes reduced mod r: statistically uniform (bias < 2^-250).
    std::array<uint8_t, 64> buf{};
    if (RAND_bytes(buf.data(), int(buf.size())) != 1)
        return fail(
            BS_TR("zk", "The system random number generator failed; the proof was not made."));
    const Fr x = Fr::fromBytesBEReduce(buf);
    OPENSSL_cleanse(buf.data(), buf.size());
    return x;
}

} // namespace

struct Groth16Prover::Data
{
    ZkeyHeader header;
    unsigned threads = 1;
    std::vector<ZkeyCoefficient> coefficients;
    // The MSMs run by GLV (MsmPlan's Glv constructor): their points are glvBases() of the
    // non-identity bases, twice as many as wires.
    SparseBases<G1Affine> a;
    SparseBases<G1Affine> b1;
    SparseBases<G2Affine> b2;
    SparseBases<G1Affine> c;
    std::vector<G1Affine> h; // glvBases() of the H section: 2 * domainSize points
    std::unique_ptr<EvaluationDomain> domain;
};

Groth16Prover::Groth16Prover(std::unique_ptr<Data> d)
    : m_d(std::move(d))
{}
Groth16Prover::Groth16Prover(Groth16Prover&&) noexcept = default;
Groth16Prover& Groth16Prover::operator=(Groth16Prover&&) noexcept = default;
Groth16Prover::~Groth16Prover() = default;

const ZkeyHeader& Groth16Prover::header() const
{
    return m_d->header;
}

Result<Groth16Prover>
Groth16Prover::load(const QString& zkeyPath, unsigned threads, unsigned loadThreads)
{
    auto zkey = Zkey::open(zkeyPath);
    if (!zkey)
        return zkey.error();
    return fromZkey(*zkey, threads, loadThreads);
}

Result<Groth16Prover> Groth16Prover::loadVerified(const QString& zkeyPath,
                                                  std::string_view sha256Hex,
                                                  unsigned threads,
                                                  unsigned loadThreads)
{
    auto bytes = readVerified(zkeyPath, sha256Hex);
    if (!bytes)
        return bytes.error();
    // fromZkey() copies what it needs out of the bytes, which may go afterwards.
    auto zkey = Zkey::parse(*bytes);
    if (!zkey)
        return zkey.error();
    return fromZkey(*zkey, threads, loadThreads);
}

Result<Groth16Prover>
Groth16Prover::fromZkey(const Zkey& zkey, unsigned threads, unsigned loadThreads)
{
    auto d = std::make_unique<Data>();
    d->header = zkey.header();
    d->threads = threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
    if (loadThreads == 0)
        loadThreads = d->threads;
    // Decode (and check) the sections on loadThreads threads: this is a tenth of a one-shot
    // CLI proof.
    std::vector<G1Affine> a, b1, c;
    std::vector<G2Affine> b2;
    std::array<std::optional<Error>, 6> errors; // empty: that section decoded
    auto take = [&errors](auto result, auto& out, std::size_t slot) {
        if (result)
            out = std::move(result).value();
        else
            errors[slot] = result.error();
    };
    // The sections also get their GLV images (one or two Fq multiplications per point) here.
    auto sparseGlv = [](const std::vector<G1Affine>& all, uint32_t firstWire) {
        SparseBases<G1Affine> s = SparseBases<G1Affine>::from(all, firstWire);
        s.points = glvBases(s.points);
        return s;
    };
    const uint32_t firstCWire = d->header.nPublic + 1;
    runParallel({[&] {
                     take(zkey.b2(), b2, 0);
                     d->b2 = SparseBases<G2Affine>::from(b2, 0);
                     d->b2.points = glvBases(d->b2.points);
                 },
                 [&] {
                     take(zkey.h(), d->h, 1);
                     d->h = glvBases(d->h);
                 },
                 [&] {
                     take(zkey.c(), c, 2);
                     d->c = sparseGlv(c, firstCWire);
                 },
                 [&] {
                     take(zkey.a(), a, 3);
                     d->a = sparseGlv(a, 0);
                 },
                 [&] {
                     take(zkey.b1(), b1, 4);
                     d->b1 = sparseGlv(b1, 0);
                 },
                 [&] { take(zkey.coefficients(), d->coefficients, 5); }},
                loadThreads);
    for (std::optional<Error>& e : errors) {
        if (e)
            return std::move(*e);
    }
    d->domain = std::make_unique<EvaluationDomain>(
        static_cast<unsigned>(std::countr_zero(d->header.domainSize)));
    return Groth16Prover(std::move(d));
}

std::vector<Fr> Groth16Prover::publicSignals(std::span<const Fr> witness) const
{
    if (witness.empty())
        return {};
    const std::size_t n = std::min<std::size_t>(m_d->header.nPublic, witness.size() - 1);
    return std::vector<Fr>(witness.begin() + 1, witness.begin() + 1 + std::ptrdiff_t(n));
}

std::vector<Fr> Groth16Prover::quotientEvaluations(std::span<const Fr> witness) const
{
    if (witness.size() != m_d->header.nVars)
        throw std::invalid_argument("quotientEvaluations: witness length != nVars");
    return quotient(m_d->coefficients, *m_d->domain, witness, m_d->threads);
}

Result<Groth16Proof> Groth16Prover::prove(std::span<const Fr> witness,
                                          const Progress& progress) const
{
    auto r = randomScalar();
    if (!r)
        return r.error();
    auto s = randomScalar();
    if (!s)
        return s.error();
    return proveWithBlinding(witness, *r, *s, progress);
}

Result<Groth16Proof> Groth16Prover::proveWithBlinding(std::span<const Fr> witness,
                                                      const Fr& r,
                                                      const Fr& s,
                                                      const Progress& progress) const
{
    const Data& d = *m_d;
    if (witness.size() != d.header.nVars)
        return fail(BS_TR("zk",
                          "The witness has %1 values but the proving key expects %2: the "
                          "circuit and the proving key do not belong together."),
                    witness.size(), d.header.nVars);
    if (witness[0] != Fr::one())
        return fail(BS_TR("zk", "The witness is invalid (its first value must be 1)."));
    auto step = [&](int percent) { return !progress || progress(percent); };
    const Error cancelled = fail(BS_TR("zk", "Proof generation was cancelled."));
    if (!step(0))
        return cancelled;

    std::vector<Scalar> w(witness.size());
    for (std::size_t i = 0; i < witness.size(); ++i)
        w[i] = witness[i].canonicalLimbs();

    // One pool of jobs on all threads, so that no core idles between stages: the quotient
    // (NTTs, single-threaded here) runs while the other threads recode the scalars of the MSMs
    // that need only the witness and start on their windows; the H MSM's windows, which need
    // the quotient, come after the largest of those (B2, in G2). Every window count is known
    // in advance (windowsFor), so the jobs are listed before any plan exists; each window job
    // waits for its plan's job, which comes earlier in the list. Jobs are taken in list order,
    // so a plan's job has always been started before anyone waits for it, and plan jobs run
    // even after a cancellation.
    Stage<G1Curve> msmA, msmB1, msmC, msmH;
    Stage<G2Curve> msmB2;
    std::vector<Scalar> pScalars;

    struct Job
    {
        std::function<void()> run;
        double weight;       // share of the progress bar
        bool always = false; // others may wait for it: runs even when cancelled
    };
    std::vector<Job> jobs;
    jobs.push_back({[&] {
                        const std::vector<Fr> p = quotient(d.coefficients, *d.domain, witness, 1);
                        pScalars.resize(p.size());
                        for (std::size_t i = 0; i < p.size(); ++i)
                            pScalars[i] = p[i].canonicalLimbs();
                        msmH.publish(std::span<const G1Affine>(d.h), pScalars, Glv{});
                    },
                    15, true});
    // A plan job (always run: window jobs wait for it), then the window jobs.
    auto addStage = [&jobs](auto& stage, std::function<void()> makePlan, double weight) {
        jobs.push_back({std::move(makePlan), 0, true});
        for (unsigned i = 0; i < stage.sums.size(); ++i)
            jobs.push_back({[&stage, i] { stage.runWindow(i); }, weight / stage.sums.size()});
    };
    // The G1 MSMs run by GLV (their bases are glvBases(), twice the wires).
    auto g1Stage = [&](Stage<G1Curve>& stage, const SparseBases<G1Affine>& bases, double weight) {
        stage.expectWindows(bases.wires.size(), true);
        addStage(
            stage,
            [&stage, &bases, &w] {
                stage.publish(std::span<const G1Affine>(bases.points), bases.gather(w), Glv{});
            },
            weight);
    };
    msmB2.expectWindows(d.b2.wires.size(), true);
    addStage(
        msmB2,
        [&] { msmB2.publish(std::span<const G2Affine>(d.b2.points), d.b2.gather(w), Glv{}); }, 30);
    // The H plan is made by job 0, after the quotient.
    msmH.expectWindows(d.h.size() / 2, true);
    for (unsigned i = 0; i < msmH.sums.size(); ++i)
        jobs.push_back({[&msmH, i] { msmH.runWindow(i); }, 20.0 / msmH.sums.size()});
    g1Stage(msmA, d.a, 10);
    g1Stage(msmC, d.c, 10);
    g1Stage(msmB1, d.b1, 10);

    // Progress is reported (and cancellation asked for) only on the calling thread, between
    // its jobs; the done weight only grows, so the percentages are non-decreasing.
    std::atomic<std::size_t> next{0};
    std::atomic<bool> cancel{false};
    std::atomic<int64_t> doneWeight{0}; // in 1/1000 percent
    auto worker = [&](bool caller) {
        for (std::size_t i = next++; i < jobs.size(); i = next++) {
            if (cancel.load(std::memory_order_relaxed) && !jobs[i].always)
                continue;
            jobs[i].run();
            doneWeight += int64_t(jobs[i].weight * 1000);
            if (caller && !step(int(std::min<int64_t>(doneWeight.load() / 1000, 99))))
                cancel = true;
        }
    };
    const unsigned nThreads = std::max(1u, d.threads);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < nThreads; ++t)
        pool.emplace_back(worker, false);
    worker(true);
    for (auto& t : pool)
        t.join();
    if (cancel)
        return cancelled;

    const G1 pa = msmA.combine();
    const G1 pb1 = msmB1.combine();
    const G2 pb2 = msmB2.combine();
    const G1 pc = msmC.combine();
    const G1 ph = msmH.combine();

    const ZkeyHeader& hd = d.header;
    const Scalar rk = r.canonicalLimbs();
    const Scalar sk = s.canonicalLimbs();
    const Scalar rsk = (r * s).canonicalLimbs();
    const G1 delta1(hd.delta1);
    const G1 piA = G1(hd.alpha1) + pa + delta1.mul(rk);
    const G2 piB = G2(hd.beta2) + pb2 + G2(hd.delta2).mul(sk);
    const G1 b1 = G1(hd.beta1) + pb1 + delta1.mul(sk);
    const G1 piC = pc + ph + piA.mul(sk) + b1.mul(rk) - delta1.mul(rsk);
    step(100);
    return Groth16Proof{piA.toAffine(), piB.toAffine(), piC.toAffine()};
}

} // namespace bs::zk
