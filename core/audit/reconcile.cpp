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

// The sentence of `kind` among those written once per kind of event (a PCT's event: a payout,
// a withdraw or a burn).
Text ofKind(EventKind kind, Text payout, Text withdraw, Text burn)
{
    switch (kind) {
    case EventKind::Withdraw:
        return withdraw;
    case EventKind::Burn:
        return burn;
    default:
        return payout;
    }
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

    Finding& add(const char* kind, Severity severity, Error sentence)
    {
        Finding f;
        f.kind = QString::fromLatin1(kind);
        f.severity = severity;
        f.message = QString::fromStdString(sentence.message);
        f.sentence = std::move(sentence);
        m_list.push_back(std::move(f));
        return m_list.back();
    }

    // `add` with the evidence of an event.
    Finding& add(const char* kind, Severity severity, Error sentence, const ChainEvent& e)
    {
        Finding& f = add(kind, severity, std::move(sentence));
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
    // Without the operator's report, amounts are written in "units" (see the withdraw finding).
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
                         fail(BS_TR("audit", "The operator's report counts in units of %1 "
                                             "decimals, but the token on chain has %2; its "
                                             "amounts were read as the token's units."),
                              report.token.decimals, units.tokenDecimals));
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
            // Each sentence of a cycle ends with its id: " (cycle <id>)", the last argument.
            const std::string inCycle = cycle.cycleId.toStdString();
            const auto addFor = [&](const char* kind, Severity s, Error sentence,
                                    const operator_api::AuditTransferRef& r) -> Finding& {
                Finding& f = findings.add(kind, s, std::move(sentence));
                f.cycleId = cycle.cycleId;
                f.txHash = r.txHash;
                f.logIndex = r.logIndex;
                f.blockNumber = r.blockNumber;
                return f;
            };

            for (const operator_api::AuditTransferRef& r : cycle.transfers) {
                if (cancelled())
                    return fail(kCancelled);
                const Key key(r.txHash, r.logIndex);
                const auto found = findPayout(key);
                if ((found && cycleOf[*found] >= 0) ||
                    (!found && !unmatchedSeen.insert(key).second)) {
                    addFor("reported-transfer-duplicate", Severity::High,
                           fail(BS_TR("audit", "The report lists transfer %1 log %2 more than "
                                               "once (cycle %3)"),
                                hexOf(r.txHash), r.logIndex, inCycle),
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
                                   fail(BS_TR("audit", "The report lists transfer %1 as paid to "
                                                       "%2, but on chain it paid %3 (cycle %4)"),
                                        hexOf(r.txHash), r.to.toChecksumHex(),
                                        e.counterparty.toChecksumHex(), inCycle),
                                   r);
                        f.address = e.counterparty;
                        f.blockNumber = e.blockNumber;
                    }
                    if (e.blockNumber != r.blockNumber) {
                        Finding& f =
                            addFor("reported-transfer-wrong-block", Severity::Low,
                                   fail(BS_TR("audit", "The report places transfer %1 in block "
                                                       "%2, but it is in block %3 (cycle %4)"),
                                        hexOf(r.txHash), r.blockNumber, e.blockNumber, inCycle),
                                   r);
                        f.blockNumber = e.blockNumber;
                    }
                    continue;
                }
                // Not among the operator's payouts: ask the chain what it is.
                if (lookupsDone >= kMaxReportedLookups) {
                    addFor("reported-transfer-not-found", Severity::High,
                           fail(BS_TR("audit", "The report lists transfer %1 log %2, which is "
                                               "not among the operator's payouts on chain (not "
                                               "looked up further: too many) (cycle %3)"),
                                hexOf(r.txHash), r.logIndex, inCycle),
                           r);
                    continue;
                }
                ++lookupsDone;
                auto check = lookups.reportedTransfer(r.txHash, r.logIndex, stop);
                if (!check)
                    return check.error();
                const std::string tx = hexOf(r.txHash);
                switch (check->kind) {
                case ReportedLogCheck::Kind::OtherSender: {
                    Finding& f = addFor(
                        "reported-transfer-not-from-operator", Severity::High,
                        check->from
                            ? fail(BS_TR("audit", "The report lists transfer %1 log %2, but that "
                                                  "transfer was sent by %3, not by the operator "
                                                  "(cycle %4)"),
                                   tx, r.logIndex, check->from->toChecksumHex(), inCycle)
                            : fail(BS_TR("audit", "The report lists transfer %1 log %2, but that "
                                                  "transfer was sent by another account, not by "
                                                  "the operator (cycle %3)"),
                                   tx, r.logIndex, inCycle),
                        r);
                    f.address = check->from;
                    if (check->blockNumber)
                        f.blockNumber = check->blockNumber;
                    break;
                }
                case ReportedLogCheck::Kind::Unscanned:
                    addFor("reported-transfer-not-found", Severity::Medium,
                           fail(BS_TR("audit", "The report lists transfer %1 log %2, made after "
                                               "the blocks this verification read; run it again "
                                               "to include it (cycle %3)"),
                                tx, r.logIndex, inCycle),
                           r);
                    break;
                case ReportedLogCheck::Kind::NotAPayout:
                case ReportedLogCheck::Kind::NoSuchLog:
                    addFor("reported-transfer-not-found", Severity::High,
                           fail(BS_TR("audit", "The report lists transfer %1 log %2, but that "
                                               "log of the transaction is not an eERC transfer "
                                               "(cycle %3)"),
                                tx, r.logIndex, inCycle),
                           r);
                    break;
                case ReportedLogCheck::Kind::NoTransaction:
                    addFor("reported-transfer-not-found", Severity::High,
                           fail(BS_TR("audit", "The report lists transfer %1 log %2, but no such "
                                               "transaction is on chain (cycle %3)"),
                                tx, r.logIndex, inCycle),
                           r);
                    break;
                }
            }

            const auto cycleFinding = [&](const char* kind, Error sentence,
                                          std::optional<U256> reported, std::optional<U256> found) {
                Finding& f = findings.add(kind, Severity::High, std::move(sentence));
                f.cycleId = cycle.cycleId;
                f.reported = reported;
                f.found = found;
            };
            if (c.reportedCount != c.listedCount)
                findings
                    .add("report-inconsistent", Severity::Medium,
                         fail(BS_TR("audit", "The report's transferCount is %1 but it lists %2 "
                                             "transfers (cycle %3)"),
                              c.reportedCount, c.listedCount, inCycle))
                    .cycleId = cycle.cycleId;
            if (c.reportedCount != c.foundCount)
                cycleFinding("cycle-count-mismatch",
                             fail(BS_TR("audit", "The report claims %1 transfers; %2 of those "
                                                 "listed are the operator's payouts on chain "
                                                 "(cycle %3)"),
                                  c.reportedCount, c.foundCount, inCycle),
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
                         fail(BS_TR("audit", "The report claims %1 of dust, but this eERC "
                                             "carries every unit of the token, so nothing can "
                                             "be dust (cycle %2)"),
                              findings.money(c.reportedDust), inCycle))
                    .cycleId = cycle.cycleId;
            const U256 carried = addSaturating(c.decryptedTotal, c.roundedDust);
            if ((c.complete && carried != c.reportedTotal) ||
                (!c.complete && c.decryptedTotal > c.reportedTotal))
                cycleFinding("cycle-total-mismatch",
                             c.complete
                                 ? fail(BS_TR("audit", "The report claims %1 distributed; the "
                                                       "listed transfers carried %2 (cycle %3)"),
                                        findings.money(c.reportedTotal),
                                        findings.money(c.decryptedTotal), inCycle)
                                 : fail(BS_TR("audit", "The report claims %1 distributed; the "
                                                       "listed transfers carried %2 and more that "
                                                       "could not be decrypted (cycle %3)"),
                                        findings.money(c.reportedTotal),
                                        findings.money(c.decryptedTotal), inCycle),
                             c.reportedTotal, c.decryptedTotal);
            if (c.decryptedTotal > c.pool)
                cycleFinding("cycle-exceeds-pool",
                             fail(BS_TR("audit", "The listed transfers carried %1, more than the "
                                                 "pool of %2 (cycle %3)"),
                                  findings.money(c.decryptedTotal), findings.money(c.pool),
                                  inCycle),
                             c.pool, c.decryptedTotal);
            else if (addSaturating(c.reportedTotal, c.reportedDust) > c.pool)
                cycleFinding("cycle-exceeds-pool",
                             fail(BS_TR("audit", "The report claims %1 distributed and %2 of "
                                                 "dust, more than the pool of %3 (cycle %4)"),
                                  findings.money(c.reportedTotal), findings.money(c.reportedDust),
                                  findings.money(c.pool), inCycle),
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
                         fail(BS_TR("audit", "The report's grand total (%1, %2 transfers) is not "
                                             "the sum of its cycles (%3, %4 transfers)."),
                              findings.money(grandTotal), report.transferCount,
                              findings.money(cycleTotals), cycleCounts));
        if ((allComplete && addSaturating(allDecrypted, allRounded) != grandTotal) ||
            (!allComplete && allDecrypted > grandTotal)) {
            Finding& f = findings.add(
                "period-total-mismatch", Severity::High,
                fail(BS_TR("audit", "The report claims %1 distributed in the period; its listed "
                                    "transfers carried %2."),
                     findings.money(grandTotal), findings.money(allDecrypted)));
            f.reported = grandTotal;
            f.found = allDecrypted;
        }
        if (report.transferCount != allFound) {
            Finding& f = findings.add(
                "period-count-mismatch", Severity::High,
                fail(BS_TR("audit", "The report claims %1 transfers in the period; %2 of those "
                                    "listed are the operator's payouts on chain."),
                     report.transferCount, allFound));
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
                Finding& f =
                    findings.add("report-inconsistent", Severity::Medium,
                                 fail(BS_TR("audit", "The report lists deposit %1 more than once."),
                                      hexOf(d.txHash)));
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
            Finding& f = findings.add(
                "deposit-not-found", Severity::High,
                fail(BS_TR("audit", "The report lists deposit %1 of %2, but the operator made no "
                                    "deposit in that transaction."),
                     hexOf(tx), findings.money(units.fromToken(amount))));
            f.txHash = tx;
            f.reported = units.fromToken(amount);
        } else if (it->second != amount) {
            Finding& f =
                findings.add("deposit-amount-mismatch", Severity::High,
                             fail(BS_TR("audit", "The report lists deposit %1 as %2, but it "
                                                 "deposited %3."),
                                  hexOf(tx), findings.money(units.fromToken(amount)),
                                  findings.money(units.fromToken(it->second))));
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
            return fail(kCancelled);
        if (!included(i))
            continue;
        const ChainEvent& e = events[i];

        // The PCT: this auditor's key, and the epoch it belongs to.
        if (e.kind != EventKind::Deposit) {
            const Epoch* epoch = epochs.at(e.blockNumber, e.logIndex);
            const crypto::EthAddress epochAuditor =
                epoch ? epoch->auditor : crypto::EthAddress(crypto::EthAddress::Bytes{});
            const std::string tx = hexOf(e.txHash);
            if (e.auditor != epochAuditor) {
                Finding& f = findings.add(
                    "auditor-epoch-mismatch", Severity::High,
                    epoch ? fail(ofKind(e.kind,
                                        BS_TR("audit", "The payout %1 names %2 as its auditor, "
                                                       "but the contract's auditor at that point "
                                                       "was %3."),
                                        BS_TR("audit", "The withdraw %1 names %2 as its auditor, "
                                                       "but the contract's auditor at that point "
                                                       "was %3."),
                                        BS_TR("audit", "The burn %1 names %2 as its auditor, but "
                                                       "the contract's auditor at that point was "
                                                       "%3.")),
                                 tx, e.auditor.toChecksumHex(), epochAuditor.toChecksumHex())
                          : fail(ofKind(e.kind,
                                        BS_TR("audit", "The payout %1 names %2 as its auditor, "
                                                       "but the contract's auditor at that point "
                                                       "was not set yet."),
                                        BS_TR("audit", "The withdraw %1 names %2 as its auditor, "
                                                       "but the contract's auditor at that point "
                                                       "was not set yet."),
                                        BS_TR("audit", "The burn %1 names %2 as its auditor, but "
                                                       "the contract's auditor at that point was "
                                                       "not set yet.")),
                                 tx, e.auditor.toChecksumHex()),
                    e);
                f.address = e.auditor;
            }
            if (e.pct != PctStatus::Decrypted) {
                const bool mine = e.auditor == in.auditor;
                Finding& f = findings.add(
                    mine ? "pct-undecryptable" : "pct-other-auditor",
                    mine ? Severity::High : Severity::Medium,
                    mine ? fail(ofKind(e.kind,
                                       BS_TR("audit", "The auditor ciphertext of payout %1 does "
                                                      "not decrypt under this auditor's key "
                                                      "although it names this auditor; its "
                                                      "amount cannot be verified."),
                                       BS_TR("audit", "The auditor ciphertext of withdraw %1 does "
                                                      "not decrypt under this auditor's key "
                                                      "although it names this auditor; its "
                                                      "amount cannot be verified."),
                                       BS_TR("audit", "The auditor ciphertext of burn %1 does "
                                                      "not decrypt under this auditor's key "
                                                      "although it names this auditor; its "
                                                      "amount cannot be verified.")),
                                tx)
                         : fail(ofKind(e.kind,
                                       BS_TR("audit", "The auditor ciphertext of payout %1 was "
                                                      "made for %2 (another auditor's epoch); its "
                                                      "amount cannot be verified with this key."),
                                       BS_TR("audit", "The auditor ciphertext of withdraw %1 was "
                                                      "made for %2 (another auditor's epoch); its "
                                                      "amount cannot be verified with this key."),
                                       BS_TR("audit", "The auditor ciphertext of burn %1 was "
                                                      "made for %2 (another auditor's epoch); its "
                                                      "amount cannot be verified with this key.")),
                                tx, e.auditor.toChecksumHex()),
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
                        p.amount ? fail(BS_TR("audit", "The operator paid %1 to %2 in "
                                                       "transaction %3, and the report does not "
                                                       "list it."),
                                        findings.money(*p.amount), e.counterparty.toChecksumHex(),
                                        hexOf(e.txHash))
                                 : fail(BS_TR("audit", "The operator paid an amount to %1 in "
                                                       "transaction %2, and the report does not "
                                                       "list it."),
                                        e.counterparty.toChecksumHex(), hexOf(e.txHash)),
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
                    // Without the operator's report there is no symbol: the amounts are
                    // written in units.
                    Finding& f = findings.add(
                        "withdraw-amount-mismatch", Severity::High,
                        in.totals
                            ? fail(BS_TR("audit", "The operator's withdraw %1 states %2 but its "
                                                  "auditor ciphertext holds %3."),
                                   hexOf(e.txHash), findings.money(*m.amount),
                                   findings.money(*m.decryptedAmount))
                            : fail(
                                  BS_TR("audit", "The operator's withdraw %1 states %2 units but "
                                                 "its auditor ciphertext holds %3 units."),
                                  hexOf(e.txHash),
                                  ledger::formatAmount(*m.amount, units.amountDecimals()),
                                  ledger::formatAmount(*m.decryptedAmount, units.amountDecimals())),
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
                             fail(BS_TR("audit", "The operator deposited %1 in transaction %2, "
                                                 "and the report does not list it."),
                                  findings.money(*m.amount), hexOf(e.txHash)),
                             e)
                        .found = m.amount;
            }
        }
        out.movements.push_back(std::move(m));
    }

    // ---- recipients ----
    for (const auto& [bytes, r] : recipients) {
        if (cancelled())
            return fail(kCancelled);
        const crypto::EthAddress address(bytes);
        const ChainEvent& first = events[r.firstEvent];
        const bool one = r.payouts == 1;
        auto registered = lookups.isRegistered(address, stop);
        if (!registered)
            return registered.error();
        if (!*registered)
            findings
                .add("recipient-not-registered", Severity::High,
                     fail(one ? BS_TR("audit", "%1 received %2 payout but has no key in the eERC "
                                               "registrar.")
                              : BS_TR("audit", "%1 received %2 payouts but has no key in the "
                                               "eERC registrar."),
                          address.toChecksumHex(), r.payouts),
                     first)
                .address = address;
        if (in.providers && !in.providers->contains(bytes))
            findings
                .add("recipient-not-provider", Severity::Medium,
                     fail(one ? BS_TR("audit", "%1 received %2 payout but is not one of the "
                                               "operator's providers.")
                              : BS_TR("audit", "%1 received %2 payouts but is not one of the "
                                               "operator's providers."),
                          address.toChecksumHex(), r.payouts),
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
