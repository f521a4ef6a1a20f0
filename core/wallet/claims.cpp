// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/claims.h"

#include "eerc/contracts.h"
#include "ledger/money.h"
#include "util/hex.h"
#include "wallet/circuits.h"
#include "wallet/operation_progress.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <limits>

namespace bs::wallet {

namespace {

QString hexOf(const crypto::Hash256& hash)
{
    return QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(hash));
}

Result<crypto::Hash256> hashOf(const QString& text)
{
    crypto::Hash256 hash{};
    const std::string s = text.toStdString();
    if (!s.starts_with("0x") || !util::hexDecodeInto(std::string_view(s).substr(2), hash))
        return fail(BS_TR("wallet", "the vault holds a malformed claim record (%1); check the "
                                    "vault with 'bshield vault unlock-check'."),
                    s);
    return hash;
}

// A vault write of a claim's state; without a vault there is no record.
Result<void> recordState(Profile& profile,
                         const QString& txHash,
                         vault::ClaimState state,
                         const QString& note = {})
{
    SharedVault* vault = profile.vault();
    if (!vault)
        return {};
    return vault->with([&](vault::Vault& v) { return v.claims().setState(txHash, state, note); });
}

// The words kept with a claim that ended without paying.
QString failureNote(eerc::ResumedClaim::State state, const std::string& reason)
{
    switch (state) {
    case eerc::ResumedClaim::State::Reverted:
        return QStringLiteral("The claim failed on chain; the balance is unchanged.");
    case eerc::ResumedClaim::State::Dropped:
        return QStringLiteral("Another transaction of this account took the claim's place; "
                              "nothing was paid.");
    case eerc::ResumedClaim::State::Rejected:
        return QStringLiteral("The node refused the claim (%1); nothing was paid.")
            .arg(QString::fromStdString(reason));
    case eerc::ResumedClaim::State::Confirmed:
        break;
    }
    return {};
}

eerc::ResumedClaim::State stateOf(const chain::TransactionFate& fate)
{
    switch (fate.state) {
    case chain::TransactionFate::State::Dropped:
        return eerc::ResumedClaim::State::Dropped;
    case chain::TransactionFate::State::Rejected:
        return eerc::ResumedClaim::State::Rejected;
    case chain::TransactionFate::State::Mined:
        break;
    }
    return fate.receipt && fate.receipt->success ? eerc::ResumedClaim::State::Confirmed
                                                 : eerc::ResumedClaim::State::Reverted;
}

// The vault setting that keeps the last proof times ("8123 7990 ...", milliseconds).
constexpr const char* kSettingProofMillis = "claim.proofMillis";

// Passes progress on and times the proof (from its first report to the next stage).
class ProofTimer final : public Progress
{
public:
    explicit ProofTimer(Progress& inner)
        : m_inner(inner)
    {}
    void report(const ProgressStep& step) override
    {
        const auto now = std::chrono::steady_clock::now();
        if (step.stage == Stage::Proving && !m_since)
            m_since = now;
        if (step.stage != Stage::Proving && m_since) {
            m_millis =
                std::chrono::duration_cast<std::chrono::milliseconds>(now - *m_since).count();
            m_since.reset();
        }
        m_inner.report(step);
    }
    void setCancellable(bool cancellable) override { m_inner.setCancellable(cancellable); }
    std::optional<qint64> millis() const { return m_millis; }

private:
    Progress& m_inner;
    std::optional<std::chrono::steady_clock::time_point> m_since;
    std::optional<qint64> m_millis;
};

std::vector<qint64> parseProofMillis(const QString& text)
{
    std::vector<qint64> out;
    for (const QString& part : text.split(u' ', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 ms = part.toLongLong(&ok);
        if (ok && ms > 0)
            out.push_back(ms);
    }
    return out;
}

// Keeps a measured proof time (the last kKeptProofTimes); a failure to keep it is harmless.
void recordProofMillis(Profile& profile, qint64 millis)
{
    SharedVault* vault = profile.vault();
    if (!vault || millis <= 0)
        return;
    (void)vault->with([&](vault::Vault& v) -> Result<void> {
        auto stored = v.settings().value(QString::fromLatin1(kSettingProofMillis), {});
        std::vector<qint64> kept = stored ? parseProofMillis(*stored) : std::vector<qint64>();
        kept.push_back(millis);
        if (kept.size() > kKeptProofTimes)
            kept.erase(kept.begin(), kept.end() - std::ptrdiff_t(kKeptProofTimes));
        QStringList parts;
        for (qint64 ms : kept)
            parts << QString::number(ms);
        return v.settings().set(QString::fromLatin1(kSettingProofMillis), parts.join(u' '));
    });
}

// The block time read from the latest blocks; nullopt when the node does not say.
std::optional<double> readBlockSeconds(chain::EthClient& eth, std::stop_token stop)
{
    constexpr std::uint64_t kBlocks = 20;
    auto head = eth.blockNumber(stop);
    if (!head || *head < 2)
        return std::nullopt;
    std::vector<std::uint64_t> numbers;
    for (std::uint64_t n = *head > kBlocks ? *head - kBlocks : 0; n <= *head; ++n)
        numbers.push_back(n);
    auto times = eth.blockTimestamps(numbers, stop);
    if (!times)
        return std::nullopt;
    return averageBlockSeconds(*times);
}

} // namespace

std::optional<ClaimEstimate> estimateClaim(const std::vector<qint64>& proofMillis,
                                           std::optional<double> blockSeconds,
                                           unsigned confirmations)
{
    if (proofMillis.empty())
        return std::nullopt;
    std::vector<qint64> sorted = proofMillis;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t mid = sorted.size() / 2;
    ClaimEstimate e;
    e.proveMillis = sorted.size() % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    if (blockSeconds)
        e.confirmMillis = qint64(*blockSeconds * 1000.0 * std::max(confirmations, 1u) + 0.5);
    return e;
}

std::vector<qint64> recentProofMillis(Profile& profile)
{
    SharedVault* vault = profile.vault();
    if (!vault)
        return {};
    auto stored = vault->with([](vault::Vault& v) {
        return v.settings().value(QString::fromLatin1(kSettingProofMillis), {});
    });
    return stored ? parseProofMillis(*stored) : std::vector<qint64>();
}

std::optional<double> averageBlockSeconds(const std::vector<std::int64_t>& timestamps)
{
    if (timestamps.size() < 2 || timestamps.back() < timestamps.front())
        return std::nullopt;
    const double seconds =
        double(timestamps.back() - timestamps.front()) / double(timestamps.size() - 1);
    if (seconds > 120.0)
        return std::nullopt;
    return std::max(seconds, 0.1);
}

Result<ClaimAmount> parseClaimAmount(const QString& text, unsigned tokenDecimals)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("all"))
        return ClaimAmount{};
    auto parsed = ledger::parseAmount(t.toStdString(), tokenDecimals);
    if (!parsed)
        return parsed.error();
    return ClaimAmount{*parsed};
}

Result<vault::PendingClaim> pendingClaimOf(const chain::PreparedTransaction& signedTx, qint64 now)
{
    auto args = eerc::abi::withdraw().decodeCall(signedTx.tx.data);
    const auto tokenId = args ? args->at(0).asUint() : std::nullopt;
    const auto* publicSignals = args ? args->at(1).at(1) : nullptr;
    const auto words = publicSignals ? publicSignals->asUintList(16) : std::nullopt;
    if (!tokenId || !tokenId->fitsU64() || !words)
        return fail(BS_TR("wallet", "the claim transaction cannot be recorded: it is not a "
                                    "withdraw call."));
    vault::PendingClaim c;
    c.txHash = hexOf(signedTx.hash);
    c.tokenId = tokenId->toU64();
    c.amount = QString::fromStdString((*words)[0].toDecimal()); // ValueToWithdraw, eERC units
    c.state = vault::ClaimState::Sent;
    c.createdAt = now;
    c.nonce = signedTx.tx.nonce;
    c.rawTransaction = QByteArray(reinterpret_cast<const char*>(signedTx.raw.data()),
                                  qsizetype(signedTx.raw.size()));
    return c;
}

Preflight
checkClaim(Profile& profile, const QString& amountText, Progress& outer, std::stop_token stop)
{
    ProofTimer progress(outer);
    Preflight out;
    const auto failAt = [&out](PreflightStep step, Error error) {
        out.failedStep = step;
        out.error = std::move(error);
        return out;
    };
    progress.report({Stage::Connecting});
    auto c = connect(profile.network());
    if (!c)
        return failAt(PreflightStep::Balance, c.error());
    const Keys& keys = profile.keys();
    progress.report({Stage::ReadingBalance});
    auto plan = eerc::readClaimBasis(*c->reader, profile.address(), keys.eerc, stop);
    if (!plan)
        return failAt(PreflightStep::Balance, plan.error());
    auto amount = parseClaimAmount(amountText, plan->tokenDecimals);
    if (!amount)
        return failAt(PreflightStep::Amount, amount.error());
    if (auto ok = eerc::chooseClaimAmount(*plan, amount->tokenAmount); !ok)
        return failAt(PreflightStep::Amount, ok.error());

    auto prover = loadProver(profile, QStringLiteral("withdraw"), progress, stop);
    if (!prover)
        return failAt(PreflightStep::DryRun, prover.error());
    chain::TransactionSender sender(*c->eth, profile.network().deployment.chainId);
    // The dry run asks the node for gas and fees without limits; the Fee step holds what it
    // proposes against the profile's caps, so each failure is named for what it is.
    chain::SendOptions probe = profile.sendOptions();
    const chain::FeeLimits caps = probe.limits;
    probe.limits.maxFeePerGas = U256::max();
    probe.limits.maxGasLimit = std::numeric_limits<std::uint64_t>::max();
    auto dry = eerc::claim(
        *c->reader, sender, keys.wallet, keys.eerc, *prover, amount->tokenAmount, true, probe,
        operationCallbacks(progress, probe.confirmations, &profile.activity(), "claim check"),
        stop);
    if (!dry) {
        profile.activity().add(ActivityEntry::Kind::Chain,
                               QStringLiteral("The claim's dry run failed: %1")
                                   .arg(QString::fromStdString(dry.error().message)),
                               true);
        return failAt(PreflightStep::DryRun, dry.error());
    }
    if (dry->gasEstimate > caps.maxGasLimit)
        return failAt(PreflightStep::Fee,
                      fail(BS_TR("wallet", "the node estimates %1 gas, more than the limit of "
                                           "%2 this profile allows. Check the RPC node, or raise "
                                           "the limit in the profile's settings if you trust "
                                           "it."),
                           dry->gasEstimate, caps.maxGasLimit));
    if (dry->maxFeePerGas > caps.maxFeePerGas)
        return failAt(PreflightStep::Fee,
                      fail(BS_TR("wallet", "the node asks for a fee of up to %1 gwei per gas, "
                                           "more than the cap of %2 gwei this profile allows. "
                                           "Wait for fees to fall, use another RPC node, or "
                                           "raise the cap in the profile's settings."),
                           ledger::formatAmount(dry->maxFeePerGas, 9),
                           ledger::formatAmount(caps.maxFeePerGas, 9)));
    out.preview =
        ClaimPreview{std::move(dry->plan), dry->gasEstimate, dry->maxFeePerGas, dry->maxCost};
    // The dry run made a real proof: its time is the freshest measure of this machine.
    if (const auto ms = progress.millis())
        recordProofMillis(profile, *ms);
    out.preview->proofMillis = recentProofMillis(profile);
    if (out.preview->proofMillis.empty() && progress.millis())
        out.preview->proofMillis.push_back(*progress.millis()); // no vault to keep it in
    out.preview->blockSeconds = readBlockSeconds(*c->eth, stop);
    out.preview->confirmations = profile.sendOptions().confirmations;
    return out;
}

Result<std::vector<SettledClaim>>
resumeClaims(Profile& profile, Progress& progress, std::stop_token stop)
{
    auto recorded = recordedClaims(profile);
    if (!recorded)
        return recorded.error();
    std::vector<SettledClaim> settled;
    std::optional<ChainConnection> c;
    std::optional<unsigned> tokenDecimals;
    for (const vault::PendingClaim& record : *recorded) {
        if (record.state != vault::ClaimState::Sent)
            continue;
        if (!c) {
            progress.report({Stage::Connecting});
            auto connected = connect(profile.network());
            if (!connected)
                return connected.error();
            c = std::move(*connected);
            auto td = c->reader->tokenDecimals(stop);
            if (!td)
                return td.error();
            tokenDecimals = *td;
        }
        auto hash = hashOf(record.txHash);
        if (!hash)
            return hash.error();
        progress.report({Stage::FollowingClaim, -1.0, 0, 0, record.txHash});
        chain::SentTransaction sent{
            *hash, profile.address(), record.nonce,
            std::vector<std::uint8_t>(record.rawTransaction.begin(), record.rawTransaction.end())};
        chain::TransactionSender sender(*c->eth, profile.network().deployment.chainId);
        const chain::SendOptions send = profile.sendOptions();
        auto resumed = eerc::resumeClaim(*c->reader, sender, sent, send,
                                         operationCallbacks(progress, send.confirmations), stop);
        if (!resumed) {
            profile.activity().add(
                ActivityEntry::Kind::Transaction,
                QStringLiteral("The earlier claim %1 is still unresolved: %2")
                    .arg(record.txHash, QString::fromStdString(resumed.error().message)),
                true);
            return fail(BS_TR("wallet", "an earlier claim (%1) is still unresolved: %2"),
                        record.txHash.toStdString(), resumed.error());
        }
        SettledClaim s{record, resumed->state, std::nullopt};
        const bool confirmed = resumed->state == eerc::ResumedClaim::State::Confirmed;
        s.record.state = confirmed ? vault::ClaimState::Confirmed : vault::ClaimState::Failed;
        s.record.note = failureNote(resumed->state, resumed->reason);
        if (auto ok = recordState(profile, record.txHash, s.record.state, s.record.note); !ok)
            return ok.error();
        profile.activity().add(
            ActivityEntry::Kind::Transaction,
            confirmed ? QStringLiteral("The earlier claim %1 was confirmed in block %2.")
                            .arg(record.txHash)
                            .arg(resumed->outcome.blockNumber)
                      : QStringLiteral("The earlier claim %1 failed: %2")
                            .arg(record.txHash, s.record.note),
            !confirmed);
        if (confirmed)
            s.result = ClaimResult{*hash,
                                   resumed->outcome.blockNumber,
                                   resumed->outcome.tokenReceived,
                                   resumed->outcome.feePaid,
                                   *tokenDecimals,
                                   false};
        settled.push_back(std::move(s));
    }
    return settled;
}

Result<ClaimResult> claim(Profile& profile,
                          const QString& amountText,
                          std::optional<U256> approvedMaxCost,
                          Progress& outer,
                          std::stop_token stop)
{
    ProofTimer progress(outer);
    // A claim still in flight debits the same balance: it ends first.
    if (auto earlier = resumeClaims(profile, progress, stop); !earlier)
        return earlier.error();

    auto ready = loadProverAndConnect(profile, QStringLiteral("withdraw"), progress, stop);
    if (!ready)
        return ready.error();
    ChainConnection& c = ready->chain;
    eerc::CircuitProver& prover = ready->prover;
    auto tokenDecimals = c.reader->tokenDecimals(stop);
    if (!tokenDecimals)
        return tokenDecimals.error();
    auto amount = parseClaimAmount(amountText, *tokenDecimals);
    if (!amount)
        return amount.error();

    chain::TransactionSender sender(*c.eth, profile.network().deployment.chainId);
    chain::SendOptions send = profile.sendOptions();
    send.limits.approvedMaxCost = approvedMaxCost;
    eerc::OperationCallbacks callbacks =
        operationCallbacks(progress, send.confirmations, &profile.activity(), "claim");
    // Recorded before it is broadcast: a claim in flight survives a crash, a lock, a lost node.
    callbacks.onSigned = [&](const chain::PreparedTransaction& signedTx) -> Result<void> {
        if (SharedVault* vault = profile.vault()) {
            auto record = pendingClaimOf(signedTx, QDateTime::currentSecsSinceEpoch());
            if (!record)
                return record.error();
            if (auto saved = vault->with([&](vault::Vault& v) { return v.claims().put(*record); });
                !saved)
                return saved.error();
        }
        progress.setCancellable(false);
        profile.activity().add(ActivityEntry::Kind::Transaction,
                               QStringLiteral("Signed and recorded the claim transaction %1 "
                                              "(nonce %2); sending it.")
                                   .arg(hexOf(signedTx.hash))
                                   .arg(signedTx.tx.nonce));
        return {};
    };
    // Settled as soon as each transaction's end is known. A record left Sent (the node went
    // away, the wait timed out) is followed again by the next resumeClaims.
    callbacks.onFate = [&, logFate = callbacks.onFate](const chain::PreparedTransaction& tx,
                                                       const chain::TransactionFate& fate) {
        if (logFate)
            logFate(tx, fate);
        const auto state = stateOf(fate);
        const bool confirmed = state == eerc::ResumedClaim::State::Confirmed;
        (void)recordState(profile, hexOf(tx.hash),
                          confirmed ? vault::ClaimState::Confirmed : vault::ClaimState::Failed,
                          failureNote(state, fate.reason));
    };
    const Keys& keys = profile.keys();
    auto outcome = eerc::claim(*c.reader, sender, keys.wallet, keys.eerc, prover,
                               amount->tokenAmount, false, send, callbacks, stop);
    if (const auto ms = progress.millis())
        recordProofMillis(profile, *ms);
    if (!outcome)
        return outcome.error();
    return ClaimResult{*outcome->transactionHash,   outcome->blockNumber,
                       outcome->tokenReceived,      outcome->feePaid,
                       outcome->plan.tokenDecimals, outcome->reproved};
}

Result<std::vector<vault::PendingClaim>> recordedClaims(Profile& profile)
{
    SharedVault* vault = profile.vault();
    if (!vault)
        return std::vector<vault::PendingClaim>();
    return vault->with([](vault::Vault& v) { return v.claims().all(); });
}

Result<void> clearFailedClaim(Profile& profile, const QString& txHash)
{
    SharedVault* vault = profile.vault();
    if (!vault)
        return fail(BS_TR("wallet", "this profile keeps no claims."));
    return vault->with([&](vault::Vault& v) { return v.claims().removeFailed(txHash); });
}

} // namespace bs::wallet
