// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/reconcile.h"

#include "audit/amounts.h"
#include "ledger/money.h"
#include "util/hex.h"

#include <algorithm>
#include <map>

namespace bs::audit {

namespace {

using operator_api::AuditTotals;
using Key = std::pair<crypto::Hash256, std::uint32_t>;

U256 scaleUp(const U256& v, unsigned from, unsigned to)
{
    const auto r = ledger::rescale(v, from, to);
    return r ? r->value : U256::max();
}

std::string hexOf(const crypto::Hash256& h)
{
    return "0x" + util::hexEncodeLower(h);
}

bool inRange(const std::optional<BlockRange>& r, std::uint64_t block)
{
    return r && block >= r->from && block <= r->to;
}

class Findings
{
public:
    Findings(unsigned decimals, QString symbol)
        : m_decimals(decimals)
        , m_symbol(std::move(symbol))
    {}

    // "1.500000 USDC" for an amount in amountDecimals units.
    std::string money(const U256& v) const
    {
        return ledger::formatAmount(v, m_decimals) + " " + m_symbol.toStdString();
    }

    Finding& add(const char* kind, Severity severity, const std::string& message)
    {
        Finding f;
        f.kind = QString::fromLatin1(kind);
        f.severity = severity;
        f.message = QString::fromStdString(message);
        m_list.push_back(std::move(f));
        return m_list.back();
    }

    // `add` with the evidence of an event.
    Finding&
    add(const char* kind, Severity severity, const std::string& message, const ChainEvent& e)
    {
        Finding& f = add(kind, severity, message);
        f.txHash = e.txHash;
        f.logIndex = e.logIndex;
        f.blockNumber = e.blockNumber;
        return f;
    }

    std::vector<Finding> take()
    {
        std::stable_sort(m_list.begin(), m_list.end(), [](const Finding& a, const Finding& b) {
            return int(a.severity) < int(b.severity);
        });
        return std::move(m_list);
    }

private:
    unsigned m_decimals;
    QString m_symbol;
    std::vector<Finding> m_list;
};

// Which auditor each position of the chain belongs to, from the AuditorChanged events.
class EpochMap
{
public:
    explicit EpochMap(std::vector<Epoch> epochs)
        : m_epochs(std::move(epochs))
    {}

    // The auditor at (block, log index); nullopt before the first AuditorChanged.
    const Epoch* at(std::uint64_t block, std::uint32_t logIndex) const
    {
        const auto it =
            std::lower_bound(m_epochs.begin(), m_epochs.end(), std::make_pair(block, logIndex),
                             [](const Epoch& e, const std::pair<std::uint64_t, std::uint32_t>& p) {
                                 return std::make_pair(e.fromBlock, e.fromLogIndex) < p;
                             });
        return it == m_epochs.begin() ? nullptr : &*std::prev(it);
    }

private:
    std::vector<Epoch> m_epochs;
};

} // namespace

U256 Units::fromEerc(const U256& v) const
{
    return scaleUp(v, eercDecimals, amountDecimals());
}

U256 Units::fromToken(const U256& v) const
{
    return scaleUp(v, tokenDecimals, amountDecimals());
}

Result<Reconciliation>
reconcile(const ReconcileInput& in, ChainLookups& lookups, std::stop_token stop)
{
    const std::span<const ChainEvent> events = in.events;
    const Units& units = in.units;
    Reconciliation out;
    Findings findings(units.amountDecimals(),
                      in.totals ? in.totals->token.symbol : QStringLiteral("units"));
    const auto cancelled = [&] { return stop.stop_requested(); };

    for (const ChainEvent& e : events)
        if (e.kind == EventKind::AuditorChanged)
            out.epochs.push_back(Epoch{e.blockNumber, e.logIndex, e.counterparty});
    const EpochMap epochs(out.epochs);

    // The operator's payouts by (transaction, log index).
    std::vector<std::uint32_t> byKey;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events[i].kind == EventKind::Payout)
            byKey.push_back(std::uint32_t(i));
    std::sort(byKey.begin(), byKey.end(), [&](std::uint32_t a, std::uint32_t b) {
        return Key(events[a].txHash, events[a].logIndex) <
               Key(events[b].txHash, events[b].logIndex);
    });
    const auto findPayout = [&](const Key& key) -> std::optional<std::size_t> {
        const auto it =
            std::lower_bound(byKey.begin(), byKey.end(), key, [&](std::uint32_t i, const Key& k) {
                return Key(events[i].txHash, events[i].logIndex) < k;
            });
        if (it == byKey.end() || Key(events[*it].txHash, events[*it].logIndex) != key)
            return std::nullopt;
        return *it;
    };
    std::vector<std::int32_t> cycleOf(events.size(), -1); // the listing cycle of each payout

    // ---- the report, cycle by cycle ----
    if (in.totals) {
        const AuditTotals& report = *in.totals;
        if (report.token.decimals != units.tokenDecimals)
            findings.add("report-inconsistent", Severity::High,
                         "The operator's report counts in units of " +
                             std::to_string(report.token.decimals) +
                             " decimals, but the token on chain has " +
                             std::to_string(units.tokenDecimals) +
                             "; its amounts were read as the token's units.");
        std::set<Key> unmatchedSeen;
        std::size_t lookupsDone = 0;
        U256 cycleTotals, allDecrypted, allRounded;
        const U256 granularity = eercGranularity(units.amountDecimals(), units.eercDecimals);
        std::uint64_t cycleCounts = 0, allFound = 0;
        bool allComplete = true;
        for (std::size_t ci = 0; ci < report.cycles.size(); ++ci) {
            const operator_api::AuditCycle& cycle = report.cycles[ci];
            CycleResult c;
            c.cycleId = cycle.cycleId;
            c.periodStart = cycle.periodStart;
            c.periodEnd = cycle.periodEnd;
            c.pool = units.fromToken(cycle.pool);
            c.reportedTotal = units.fromToken(cycle.totalDistributed);
            c.reportedDust = units.fromToken(cycle.dust);
            c.reportedCount = cycle.transferCount;
            c.listedCount = cycle.transfers.size();
            const std::string inCycle = " (cycle " + cycle.cycleId.toStdString() + ")";
            const auto addFor = [&](const char* kind, Severity s, const std::string& message,
                                    const operator_api::AuditTransferRef& r) -> Finding& {
                Finding& f = findings.add(kind, s, message + inCycle);
                f.cycleId = cycle.cycleId;
                f.txHash = r.txHash;
                f.logIndex = r.logIndex;
                f.blockNumber = r.blockNumber;
                return f;
            };

            for (const operator_api::AuditTransferRef& r : cycle.transfers) {
                if (cancelled())
                    return fail("cancelled");
                const Key key(r.txHash, r.logIndex);
                const auto found = findPayout(key);
                if ((found && cycleOf[*found] >= 0) ||
                    (!found && !unmatchedSeen.insert(key).second)) {
                    addFor("reported-transfer-duplicate", Severity::High,
                           "The report lists transfer " + hexOf(r.txHash) + " log " +
                               std::to_string(r.logIndex) + " more than once",
                           r);
                    continue;
                }
                if (found) {
                    const ChainEvent& e = events[*found];
                    cycleOf[*found] = std::int32_t(ci);
                    ++c.foundCount;
                    if (e.pct == PctStatus::Decrypted)
                        c.decryptedTotal =
                            addSaturating(c.decryptedTotal, units.fromEerc(e.amount));
                    else
                        c.complete = false;
                    if (!out.reportedSpan)
                        out.reportedSpan = BlockRange{e.blockNumber, e.blockNumber};
                    out.reportedSpan->from = std::min(out.reportedSpan->from, e.blockNumber);
                    out.reportedSpan->to = std::max(out.reportedSpan->to, e.blockNumber);
                    if (e.counterparty != r.to) {
                        Finding& f =
                            addFor("reported-transfer-wrong-recipient", Severity::High,
                                   "The report lists transfer " + hexOf(r.txHash) + " as paid to " +
                                       r.to.toChecksumHex() + ", but on chain it paid " +
                                       e.counterparty.toChecksumHex(),
                                   r);
                        f.address = e.counterparty;
                        f.blockNumber = e.blockNumber;
                    }
                    if (e.blockNumber != r.blockNumber) {
                        Finding& f =
                            addFor("reported-transfer-wrong-block", Severity::Low,
                                   "The report places transfer " + hexOf(r.txHash) + " in block " +
                                       std::to_string(r.blockNumber) + ", but it is in block " +
                                       std::to_string(e.blockNumber),
                                   r);
                        f.blockNumber = e.blockNumber;
                    }
                    continue;
                }
                // Not among the operator's payouts: ask the chain what it is.
                if (lookupsDone >= kMaxReportedLookups) {
                    addFor("reported-transfer-not-found", Severity::High,
                           "The report lists transfer " + hexOf(r.txHash) + " log " +
                               std::to_string(r.logIndex) +
                               ", which is not among the operator's payouts on chain (not "
                               "looked up further: too many)",
                           r);
                    continue;
                }
                ++lookupsDone;
                auto check = lookups.reportedTransfer(r.txHash, r.logIndex, stop);
                if (!check)
                    return check.error();
                const std::string listed = "The report lists transfer " + hexOf(r.txHash) +
                                           " log " + std::to_string(r.logIndex);
                switch (check->kind) {
                case ReportedLogCheck::Kind::OtherSender: {
                    Finding& f = addFor("reported-transfer-not-from-operator", Severity::High,
                                        listed + ", but that transfer was sent by " +
                                            (check->from ? check->from->toChecksumHex()
                                                         : std::string("another account")) +
                                            ", not by the operator",
                                        r);
                    f.address = check->from;
                    if (check->blockNumber)
                        f.blockNumber = check->blockNumber;
                    break;
                }
                case ReportedLogCheck::Kind::Unscanned:
                    addFor("reported-transfer-not-found", Severity::Medium,
                           listed + ", made after the blocks this verification read; run it "
                                    "again to include it",
                           r);
                    break;
                case ReportedLogCheck::Kind::NotAPayout:
                case ReportedLogCheck::Kind::NoSuchLog:
                    addFor("reported-transfer-not-found", Severity::High,
                           listed + ", but that log of the transaction is not an eERC transfer", r);
                    break;
                case ReportedLogCheck::Kind::NoTransaction:
                    addFor("reported-transfer-not-found", Severity::High,
                           listed + ", but no such transaction is on chain", r);
                    break;
                }
            }

            const auto cycleFinding = [&](const char* kind, const std::string& message,
                                          std::optional<U256> reported, std::optional<U256> found) {
                Finding& f = findings.add(kind, Severity::High, message + inCycle);
                f.cycleId = cycle.cycleId;
                f.reported = reported;
                f.found = found;
            };
            if (c.reportedCount != c.listedCount)
                findings
                    .add("report-inconsistent", Severity::Medium,
                         "The report's transferCount is " + std::to_string(c.reportedCount) +
                             " but it lists " + std::to_string(c.listedCount) + " transfers" +
                             inCycle)
                    .cycleId = cycle.cycleId;
            if (c.reportedCount != c.foundCount)
                cycleFinding("cycle-count-mismatch",
                             "The report claims " + std::to_string(c.reportedCount) +
                                 " transfers; " + std::to_string(c.foundCount) +
                                 " of those listed are the operator's payouts on chain",
                             U256::fromU64(c.reportedCount), U256::fromU64(c.foundCount));
            // Dust: with fewer eERC decimals than the token's, each transfer carries whole
            // eERC units and may fall short of its allocation by less than one; a report that
            // states allocations rather than what was carried differs by at most that much.
            if (c.complete && c.reportedTotal > c.decryptedTotal) {
                const U256 shortBy = *c.reportedTotal.checkedSub(c.decryptedTotal);
                if (shortBy <= maxRoundedDust(granularity, c.foundCount))
                    c.roundedDust = shortBy;
            }
            if (granularity == U256::fromU64(1) && !c.reportedDust.isZero())
                findings
                    .add("report-inconsistent", Severity::Medium,
                         "The report claims " + findings.money(c.reportedDust) +
                             " of dust, but this eERC carries every unit of the token, so "
                             "nothing can be dust" +
                             inCycle)
                    .cycleId = cycle.cycleId;
            const U256 carried = addSaturating(c.decryptedTotal, c.roundedDust);
            if ((c.complete && carried != c.reportedTotal) ||
                (!c.complete && c.decryptedTotal > c.reportedTotal))
                cycleFinding("cycle-total-mismatch",
                             "The report claims " + findings.money(c.reportedTotal) +
                                 " distributed; the listed transfers carried " +
                                 findings.money(c.decryptedTotal) +
                                 (c.complete ? "" : " and more that could not be decrypted"),
                             c.reportedTotal, c.decryptedTotal);
            if (c.decryptedTotal > c.pool)
                cycleFinding("cycle-exceeds-pool",
                             "The listed transfers carried " + findings.money(c.decryptedTotal) +
                                 ", more than the pool of " + findings.money(c.pool),
                             c.pool, c.decryptedTotal);
            else if (addSaturating(c.reportedTotal, c.reportedDust) > c.pool)
                cycleFinding("cycle-exceeds-pool",
                             "The report claims " + findings.money(c.reportedTotal) +
                                 " distributed and " + findings.money(c.reportedDust) +
                                 " of dust, more than the pool of " + findings.money(c.pool),
                             c.pool, addSaturating(c.reportedTotal, c.reportedDust));

            cycleTotals = addSaturating(cycleTotals, c.reportedTotal);
            cycleCounts += c.reportedCount;
            allDecrypted = addSaturating(allDecrypted, c.decryptedTotal);
            allRounded = addSaturating(allRounded, c.roundedDust);
            out.totals.dust =
                addSaturating(out.totals.dust, addSaturating(c.reportedDust, c.roundedDust));
            allFound += c.foundCount;
            allComplete = allComplete && c.complete;
            out.cycles.push_back(std::move(c));
        }

        const U256 grandTotal = units.fromToken(report.grandTotal);
        if (grandTotal != cycleTotals || report.transferCount != cycleCounts)
            findings.add("report-inconsistent", Severity::Medium,
                         "The report's grand total (" + findings.money(grandTotal) + ", " +
                             std::to_string(report.transferCount) +
                             " transfers) is not the sum of its cycles (" +
                             findings.money(cycleTotals) + ", " + std::to_string(cycleCounts) +
                             " transfers).");
        if ((allComplete && addSaturating(allDecrypted, allRounded) != grandTotal) ||
            (!allComplete && allDecrypted > grandTotal)) {
            Finding& f = findings.add("period-total-mismatch", Severity::High,
                                      "The report claims " + findings.money(grandTotal) +
                                          " distributed in the period; its listed transfers "
                                          "carried " +
                                          findings.money(allDecrypted) + ".");
            f.reported = grandTotal;
            f.found = allDecrypted;
        }
        if (report.transferCount != allFound) {
            Finding& f = findings.add("period-count-mismatch", Severity::High,
                                      "The report claims " + std::to_string(report.transferCount) +
                                          " transfers in the period; " + std::to_string(allFound) +
                                          " of those listed are the operator's payouts on chain.");
            f.reported = U256::fromU64(report.transferCount);
            f.found = U256::fromU64(allFound);
        }
        out.totals.reportedTotal = grandTotal;
        out.totals.reportedCount = report.transferCount;
    }

    const auto inWindow = [&](const ChainEvent& e) {
        return inRange(in.window, e.blockNumber) || inRange(out.reportedSpan, e.blockNumber);
    };

    // ---- deposits listed by the report ----
    std::map<crypto::Hash256, U256> reportedDeposits;
    if (in.totals) {
        for (const operator_api::AuditDeposit& d : in.totals->deposits) {
            if (!reportedDeposits.emplace(d.txHash, d.amount).second) {
                Finding& f = findings.add("report-inconsistent", Severity::Medium,
                                          "The report lists deposit " + hexOf(d.txHash) +
                                              " more than once.");
                f.txHash = d.txHash;
            }
        }
    }
    std::map<crypto::Hash256, U256> chainDeposits; // per transaction, token units
    for (const ChainEvent& e : events)
        if (e.kind == EventKind::Deposit)
            chainDeposits[e.txHash] = addSaturating(chainDeposits[e.txHash], e.eventAmount);
    for (const auto& [tx, amount] : reportedDeposits) {
        const auto it = chainDeposits.find(tx);
        if (it == chainDeposits.end()) {
            Finding& f = findings.add("deposit-not-found", Severity::High,
                                      "The report lists deposit " + hexOf(tx) + " of " +
                                          findings.money(units.fromToken(amount)) +
                                          ", but the operator made no deposit in that "
                                          "transaction.");
            f.txHash = tx;
            f.reported = units.fromToken(amount);
        } else if (it->second != amount) {
            Finding& f =
                findings.add("deposit-amount-mismatch", Severity::High,
                             "The report lists deposit " + hexOf(tx) + " as " +
                                 findings.money(units.fromToken(amount)) + ", but it deposited " +
                                 findings.money(units.fromToken(it->second)) + ".");
            f.txHash = tx;
            f.reported = units.fromToken(amount);
            f.found = units.fromToken(it->second);
        }
    }

    // ---- what the report does not list: explained by the earlier report, or unreported ----
    bool needEarlier = false;
    for (std::size_t i = 0; i < events.size() && !needEarlier; ++i) {
        const ChainEvent& e = events[i];
        needEarlier =
            inWindow(e) && ((e.kind == EventKind::Payout && cycleOf[i] < 0) ||
                            (e.kind == EventKind::Deposit && !reportedDeposits.contains(e.txHash)));
    }
    std::map<Key, QString> earlierTransfers;
    std::set<crypto::Hash256> earlierDeposits;
    if (needEarlier && in.earlier) {
        if (const AuditTotals* earlier = in.earlier()) {
            for (const operator_api::AuditCycle& c : earlier->cycles)
                for (const operator_api::AuditTransferRef& r : c.transfers)
                    earlierTransfers.emplace(Key(r.txHash, r.logIndex), c.cycleId);
            for (const operator_api::AuditDeposit& d : earlier->deposits)
                earlierDeposits.insert(d.txHash);
        }
    }

    // ---- payouts and movements, in chain order ----
    struct Recipient
    {
        std::size_t firstEvent = 0;
        std::uint64_t payouts = 0;
    };
    std::map<crypto::EthAddress::Bytes, Recipient> recipients;
    const auto included = [&](std::size_t i) {
        const ChainEvent& e = events[i];
        if (e.kind == EventKind::AuditorChanged)
            return false;
        if (e.kind == EventKind::Payout)
            return cycleOf[i] >= 0 || inWindow(e);
        return inWindow(e) || (e.kind == EventKind::Deposit && reportedDeposits.contains(e.txHash));
    };
    // Exact sizes first: a million records grown by doubling would briefly need twice that.
    std::size_t payoutCount = 0, movementCount = 0;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (included(i))
            ++(events[i].kind == EventKind::Payout ? payoutCount : movementCount);
    out.payouts.reserve(payoutCount);
    out.movements.reserve(movementCount);
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (cancelled())
            return fail("cancelled");
        if (!included(i))
            continue;
        const ChainEvent& e = events[i];

        // The PCT: this auditor's key, and the epoch it belongs to.
        if (e.kind != EventKind::Deposit) {
            const Epoch* epoch = epochs.at(e.blockNumber, e.logIndex);
            const crypto::EthAddress epochAuditor =
                epoch ? epoch->auditor : crypto::EthAddress(crypto::EthAddress::Bytes{});
            const std::string what = eventKindName(e.kind).toStdString() + " " + hexOf(e.txHash);
            if (e.auditor != epochAuditor) {
                Finding& f = findings.add(
                    "auditor-epoch-mismatch", Severity::High,
                    "The " + what + " names " + e.auditor.toChecksumHex() +
                        " as its auditor, but the contract's auditor at that point was " +
                        (epoch ? epochAuditor.toChecksumHex() : std::string("not set yet")) + ".",
                    e);
                f.address = e.auditor;
            }
            if (e.pct != PctStatus::Decrypted) {
                const bool mine = e.auditor == in.auditor;
                Finding& f = findings.add(
                    mine ? "pct-undecryptable" : "pct-other-auditor",
                    mine ? Severity::High : Severity::Medium,
                    mine ? "The auditor ciphertext of " + what +
                               " does not decrypt under this auditor's key although it names "
                               "this auditor; its amount cannot be verified."
                         : "The auditor ciphertext of " + what + " was made for " +
                               e.auditor.toChecksumHex() +
                               " (another auditor's epoch); its amount cannot be verified with "
                               "this key.",
                    e);
                f.address = e.auditor;
            }
        }

        if (e.kind == EventKind::Payout) {
            PayoutRecord p;
            p.txHash = e.txHash;
            p.logIndex = e.logIndex;
            p.blockNumber = e.blockNumber;
            p.blockTime = e.blockTime;
            p.to = e.counterparty;
            p.auditor = e.auditor;
            p.decrypted = e.pct == PctStatus::Decrypted;
            if (p.decrypted) {
                p.amount = units.fromEerc(e.amount);
            }
            if (cycleOf[i] >= 0) {
                p.attribution = Attribution::Cycle;
                p.cycleId = in.totals->cycles[std::size_t(cycleOf[i])].cycleId;
            } else if (const auto it = earlierTransfers.find(Key(e.txHash, e.logIndex));
                       it != earlierTransfers.end()) {
                p.attribution = Attribution::EarlierPeriod;
                p.cycleId = it->second;
                ++out.totals.earlierPeriodCount;
            } else {
                p.attribution = Attribution::Unreported;
                ++out.totals.unreportedCount;
                if (p.amount)
                    out.totals.unreportedTotal =
                        addSaturating(out.totals.unreportedTotal, *p.amount);
                if (in.totals) {
                    Finding& f = findings.add(
                        "unreported-payout", Severity::High,
                        "The operator paid " +
                            (p.amount ? findings.money(*p.amount) : std::string("an amount")) +
                            " to " + e.counterparty.toChecksumHex() + " in transaction " +
                            hexOf(e.txHash) + ", and the report does not list it.",
                        e);
                    f.address = e.counterparty;
                    f.found = p.amount;
                }
            }
            auto& r = recipients[e.counterparty.bytes()];
            if (r.payouts++ == 0)
                r.firstEvent = i;
            out.payouts.push_back(std::move(p));
            continue;
        }

        MovementRecord m;
        m.kind = e.kind;
        m.txHash = e.txHash;
        m.logIndex = e.logIndex;
        m.blockNumber = e.blockNumber;
        m.blockTime = e.blockTime;
        if (e.kind == EventKind::Withdraw) {
            m.amount = units.fromEerc(e.eventAmount);
            if (e.pct == PctStatus::Decrypted) {
                m.decryptedAmount = units.fromEerc(e.amount);
                if (e.amount != e.eventAmount) {
                    Finding& f = findings.add("withdraw-amount-mismatch", Severity::High,
                                              "The operator's withdraw " + hexOf(e.txHash) +
                                                  " states " + findings.money(*m.amount) +
                                                  " but its auditor ciphertext holds " +
                                                  findings.money(*m.decryptedAmount) + ".",
                                              e);
                    f.reported = m.amount;
                    f.found = m.decryptedAmount;
                }
            }
            out.totals.withdrawnTotal = addSaturating(out.totals.withdrawnTotal, *m.amount);
        } else if (e.kind == EventKind::Burn) {
            if (e.pct == PctStatus::Decrypted) {
                m.amount = units.fromEerc(e.amount);
                out.totals.burnedTotal = addSaturating(out.totals.burnedTotal, *m.amount);
            }
        } else { // Deposit
            m.amount = units.fromToken(e.eventAmount);
            m.dust = units.fromToken(e.dust);
            out.totals.depositedTotal = addSaturating(out.totals.depositedTotal, *m.amount);
            if (in.totals) {
                m.reported = reportedDeposits.contains(e.txHash);
                if (!*m.reported && !earlierDeposits.contains(e.txHash))
                    findings
                        .add("unreported-deposit", Severity::Medium,
                             "The operator deposited " + findings.money(*m.amount) +
                                 " in transaction " + hexOf(e.txHash) +
                                 ", and the report does not list it.",
                             e)
                        .found = m.amount;
            }
        }
        out.movements.push_back(std::move(m));
    }

    // ---- recipients ----
    for (const auto& [bytes, r] : recipients) {
        if (cancelled())
            return fail("cancelled");
        const crypto::EthAddress address(bytes);
        const ChainEvent& first = events[r.firstEvent];
        const std::string count =
            std::to_string(r.payouts) + " payout" + (r.payouts == 1 ? "" : "s");
        auto registered = lookups.isRegistered(address, stop);
        if (!registered)
            return registered.error();
        if (!*registered)
            findings
                .add("recipient-not-registered", Severity::High,
                     address.toChecksumHex() + " received " + count +
                         " but has no key in the eERC registrar.",
                     first)
                .address = address;
        if (in.providers && !in.providers->contains(bytes))
            findings
                .add("recipient-not-provider", Severity::Medium,
                     address.toChecksumHex() + " received " + count +
                         " but is not one of the operator's providers.",
                     first)
                .address = address;
    }

    for (const CycleResult& c : out.cycles) {
        out.totals.decryptedTotal = addSaturating(out.totals.decryptedTotal, c.decryptedTotal);
        out.totals.foundCount += c.foundCount;
    }
    out.findings = findings.take();
    for (CycleResult& c : out.cycles)
        c.ok = std::none_of(out.findings.begin(), out.findings.end(),
                            [&](const Finding& f) { return f.cycleId == c.cycleId; });
    return out;
}

} // namespace bs::audit
