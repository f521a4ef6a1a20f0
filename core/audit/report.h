// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An auditor's verification report: what was checked (period, blocks, chain, contracts, the
// operator's answer by its SHA-256, the auditor and the key epochs), what was found per cycle
// and for the period, every payout and movement of the operator's account, the findings with
// their evidence, and an EIP-191 signature by the auditor's wallet key over the canonical JSON.
// The JSON schema is stable and documented in docs/audit-report.md.
//
// Amounts: `amountDecimals` is the larger of the token's and the eERC's decimals; every
// "amount"-like field is in base units of that many decimals (with the usual eERC decimals
// at or below the token's, that is the token's base units, the unit of the operator's
// report). `eercAmount` of a payout is the decrypted value as the chain holds it.
#include "audit/events.h"
#include "crypto/babyjubjub.h"
#include "crypto/keccak.h"
#include "crypto/secp256k1.h"
#include "util/result.h"
#include "util/u256.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace bs::audit {

inline constexpr char kReportSchema[] = "backendshield-audit-report/1";
inline constexpr char kSignatureScheme[] = "eip191-personal-sign";
// report-check reads files up to this size (a report of about 800 000 payouts).
inline constexpr qint64 kMaxReportBytes = 256ll * 1024 * 1024;

enum class Severity
{
    High,
    Medium,
    Low,
};
QString severityName(Severity severity); // "high", "medium", "low"

// One thing the verification found wrong, with its evidence. `kind` is one of the stable
// names of docs/audit-report.md ("unreported-payout", "cycle-total-mismatch", ...).
struct Finding
{
    QString kind;
    Severity severity = Severity::High;
    QString message; // one sentence, in English: what the report file holds
    // That sentence as a code and its arguments, for the app to word it (errorText). A finding
    // read from a report file has no code: its message as it is.
    Error sentence{};
    std::optional<QString> cycleId;
    std::optional<crypto::Hash256> txHash;
    std::optional<std::uint32_t> logIndex;
    std::optional<std::uint64_t> blockNumber;
    std::optional<crypto::EthAddress> address;
    std::optional<U256> reported; // what the operator claims (amountDecimals units or a count)
    std::optional<U256> found;    // what the chain shows

    // Everything but `sentence` (a report read back has none): what the report file holds.
    bool operator==(const Finding& o) const
    {
        return kind == o.kind && severity == o.severity && message == o.message &&
               cycleId == o.cycleId && txHash == o.txHash && logIndex == o.logIndex &&
               blockNumber == o.blockNumber && address == o.address && reported == o.reported &&
               found == o.found;
    }
};

struct BlockRange
{
    std::uint64_t from = 0; // inclusive
    std::uint64_t to = 0;   // inclusive

    bool operator==(const BlockRange&) const = default;
};

// From the AuditorChanged log at (fromBlock, fromLogIndex) until the next one, PCTs are
// made for `auditor`.
struct Epoch
{
    std::uint64_t fromBlock = 0;
    std::uint32_t fromLogIndex = 0;
    crypto::EthAddress auditor{crypto::EthAddress::Bytes{}};

    bool operator==(const Epoch&) const = default;
};

enum class Attribution
{
    Cycle,         // listed by a cycle of the operator's report
    EarlierPeriod, // listed by the operator's report of the time before the period
    Unreported,    // in the audited blocks and listed by no report
};
QString attributionName(Attribution attribution); // "cycle", "earlier-period", "unreported"

struct PayoutRecord
{
    crypto::Hash256 txHash{};
    std::uint32_t logIndex = 0;
    std::uint64_t blockNumber = 0;
    std::int64_t blockTime = 0;
    crypto::EthAddress to{crypto::EthAddress::Bytes{}};
    crypto::EthAddress auditor{crypto::EthAddress::Bytes{}}; // whom the PCT was made for
    bool decrypted = false;
    // amountDecimals units; nullopt when not decrypted. The report file also states it in eERC
    // units ("eercAmount", see eercAmountOf), which a reader checks against this.
    std::optional<U256> amount;
    Attribution attribution = Attribution::Unreported;
    std::optional<QString> cycleId; // with Cycle and EarlierPeriod

    bool operator==(const PayoutRecord&) const = default;
};

// Value that moved through the operator's account other than payouts, in the audited blocks
// (deposits also wherever the operator's report lists them).
struct MovementRecord
{
    EventKind kind = EventKind::Withdraw; // Withdraw, Burn or Deposit
    crypto::Hash256 txHash{};
    std::uint32_t logIndex = 0;
    std::uint64_t blockNumber = 0;
    std::int64_t blockTime = 0;
    // Withdraw: the event's amount; Deposit: the amount deposited (dust included); Burn: the
    // decrypted PCT. amountDecimals units; nullopt for a burn that does not decrypt.
    std::optional<U256> amount;
    std::optional<U256> decryptedAmount; // Withdraw: its auditor PCT, when it decrypts
    std::optional<U256> dust;            // Deposit: returned to the depositor
    std::optional<bool> reported;        // Deposit: listed by the operator's report

    bool operator==(const MovementRecord&) const = default;
};

struct CycleResult
{
    QString cycleId;
    QDateTime periodStart;
    QDateTime periodEnd;
    U256 pool;
    U256 reportedTotal; // totalDistributed, amountDecimals units
    U256 reportedDust;  // what the operator says stayed with it (no transfer could carry it)
    // The part of reportedTotal the found transfers did not carry and could not: with fewer
    // eERC decimals than the token's, a transfer carries whole eERC units, so each may fall
    // short of its token-unit allocation by less than one eERC unit (docs/audit-report.md,
    // "Dust"). Counted as dust, not as a mismatch.
    U256 roundedDust;
    std::uint64_t reportedCount = 0; // transferCount as claimed
    std::uint64_t listedCount = 0;   // transfers listed
    std::uint64_t foundCount = 0;    // listed transfers found on chain as the operator's payouts
    U256 decryptedTotal;             // of those found, the ones that decrypted
    bool complete = true;            // every found transfer decrypted
    bool ok = true;                  // no finding names this cycle

    bool operator==(const CycleResult&) const = default;
};

struct ReportTotals
{
    std::optional<U256> reportedTotal; // grandTotal; nullopt without a report
    std::optional<std::uint64_t> reportedCount;
    U256 decryptedTotal; // sum of the cycles' decryptedTotal
    std::uint64_t foundCount = 0;
    U256 dust;            // sum of the cycles' reportedDust and roundedDust
    U256 unreportedTotal; // payouts attributed "unreported" that decrypted
    std::uint64_t unreportedCount = 0;
    std::uint64_t earlierPeriodCount = 0;
    U256 withdrawnTotal;
    U256 burnedTotal;
    U256 depositedTotal;

    bool operator==(const ReportTotals&) const = default;
};

struct OperatorReportInfo
{
    QString status; // "received", "unavailable", "malformed"
    QString server; // the API base URL, for display
    QString sha256; // of the raw answer, lower-case hex; empty when none was received
    std::uint64_t bytes = 0;
    QString error;         // why it is unavailable or malformed; empty when received
    QString earlierSha256; // of the answer for the time before the period, when asked for
    // `error` as a code and its arguments, for the app to word it (errorText); read from a
    // report file: no code, the file's text as it is.
    Error reason{};

    // Everything but `reason` (a report read back has none): what the report file holds.
    bool operator==(const OperatorReportInfo& o) const
    {
        return status == o.status && server == o.server && sha256 == o.sha256 && bytes == o.bytes &&
               error == o.error && earlierSha256 == o.earlierSha256;
    }
};

struct ReportNetwork
{
    std::uint64_t chainId = 0;
    crypto::EthAddress registrar{crypto::EthAddress::Bytes{}};
    crypto::EthAddress encryptedErc{crypto::EthAddress::Bytes{}};
    crypto::EthAddress token{crypto::EthAddress::Bytes{}};
    std::optional<U256> tokenId;
    QString tokenSymbol;
    unsigned tokenDecimals = 0;
    unsigned eercDecimals = 0;
    crypto::EthAddress operatorAddress{crypto::EthAddress::Bytes{}};
    std::uint64_t deploymentBlock = 0;

    bool operator==(const ReportNetwork&) const = default;
};

struct ReportAuditor
{
    crypto::EthAddress address{crypto::EthAddress::Bytes{}};
    crypto::Point publicKey;
    crypto::EthAddress currentAuditor{crypto::EthAddress::Bytes{}}; // the contract's, now
    bool currentKeyMatches = false; // the contract's auditor key is this auditor's
    std::vector<Epoch> epochs;

    bool operator==(const ReportAuditor&) const = default;
};

// One eERC unit in amountDecimals units (10^(amountDecimals - eERC decimals)); 1 when the eERC
// has at least the token's decimals. Amounts below it are dust.
U256 eercGranularity(unsigned amountDecimals, unsigned eercDecimals);
// The most a cycle's `transfers` found transfers can fall short of their allocations together:
// (granularity - 1) per transfer, saturating.
U256 maxRoundedDust(const U256& granularity, std::uint64_t transfers);

struct ReportSignature
{
    crypto::EthAddress signer{crypto::EthAddress::Bytes{}};
    std::array<std::uint8_t, 65> value{}; // r || s || v

    bool operator==(const ReportSignature&) const = default;
};

struct Report
{
    QDateTime createdAt; // UTC, whole seconds
    QString software;
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    ReportNetwork network;
    unsigned amountDecimals = 0;
    std::uint64_t scannedFrom = 0;
    std::uint64_t scannedTo = 0;
    std::optional<BlockRange> window;       // the audited blocks (by time); nullopt: none
    std::optional<BlockRange> reportedSpan; // blocks of the reported transfers found on chain
    ReportAuditor auditor;
    OperatorReportInfo operatorReport;
    std::vector<CycleResult> cycles;
    ReportTotals totals;
    std::vector<PayoutRecord> payouts;     // ordered by (block, log index)
    std::vector<MovementRecord> movements; // ordered by (block, log index)
    std::vector<Finding> findings;         // in the order found, high before medium before low
    std::optional<ReportSignature> signature;

    bool clean() const { return findings.empty(); }
    std::uint64_t count(Severity severity) const;
    bool operator==(const Report&) const = default;
};

// A payout's amount in eERC units, as the chain holds it (amount / 10^(amountDecimals - eERC
// decimals), exact in any consistent report); nullopt when not decrypted.
std::optional<U256>
eercAmountOf(const PayoutRecord& payout, const ReportNetwork& network, unsigned amountDecimals);

// The canonical JSON (canonical_json.h) of the report without its signature: what is signed.
Result<QByteArray> signedBytes(const Report& report);
// Signs with the auditor's wallet key (EIP-191 personal_sign over signedBytes) and returns
// the canonical JSON of the whole report, signature included: the report file's content.
Result<QByteArray> signReport(Report& report, const crypto::EcdsaPrivateKey& walletKey);
// The canonical JSON of the report as it is (signed or not).
Result<QByteArray> reportJson(const Report& report);

// The report as a JSON object without its payouts and movements (their counts instead) and
// without the signature: what a command prints, not what is signed.
QJsonObject reportOverview(const Report& report);

// CSV (RFC 4180, CRLF line ends): a header, then "meta" rows stating the report's context
// (schema, period, blocks, chain, contracts, the operator answer's SHA-256, the auditor, the
// SHA-256 of the signed JSON `json` and its signature), one "payout" row per payout and one
// "finding" row per finding. Cells a spreadsheet would run as a formula are prefixed with '.
QByteArray reportCsv(const Report& report, const QByteArray& json);

// Reads a report file strictly (the schema above, every field checked); the signature is read,
// not verified.
Result<Report> parseReport(const QByteArray& json);

struct CheckedReport
{
    Report report;
    crypto::EthAddress signer{crypto::EthAddress::Bytes{}};
};
// What `bshield audit report-check` does, with no key: reads the report, recomputes the
// canonical form of what was signed from the file's own JSON (so any change to any member,
// known or not, breaks the signature), recovers the signer, which must be the report's
// auditor, and checks the report's internal sums and counts. Fails with the first problem.
Result<CheckedReport> checkReport(const QByteArray& json);

} // namespace bs::audit
