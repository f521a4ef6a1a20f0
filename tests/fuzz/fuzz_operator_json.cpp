// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the operator API's answer parsers on arbitrary bytes (a provider, an
// earnings page, a problem body, a usage server and a new one with its token, a cycle, a dry
// run; GET /network has fuzz_network). Whatever parses must hold the invariants the parsers
// promise: subgroup points that are not the identity, weights within totals, periods that end
// after they start, confirmed transfers with their place on chain, dust within amounts, tokens
// of printable ASCII; a provider re-serialises and parses back to the same details; a dry run
// recomputed by the revenue rule never crashes, and when it matches its amounts sum to the pool
// (to 0 when skipped).

#include "operator/api_types.h"
#include "operator/management_types.h"
#include "operator/problem.h"
#include "wallet/operator_actions.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace bs::operator_api;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (const auto p = parseProblem(in))
        (void)p->summary();
    const QJsonObject o = QJsonDocument::fromJson(in).object();
    if (const auto p = parseProvider(o)) {
        if (p->details.eercPublicKey.isIdentity())
            std::abort();
        QJsonObject again = p->details.toJson();
        again[QStringLiteral("providerId")] = p->providerId;
        again[QStringLiteral("status")] = providerStatusName(p->status);
        again[QStringLiteral("onchainRegistered")] = p->onchainRegistered;
        again[QStringLiteral("createdAt")] = o.value(QStringLiteral("createdAt"));
        again[QStringLiteral("updatedAt")] = o.value(QStringLiteral("updatedAt"));
        const auto back = parseProvider(again);
        if (!back || back->details.address != p->details.address ||
            !(back->details.eercPublicKey == p->details.eercPublicKey) ||
            back->details.displayName != p->details.displayName)
            std::abort();
    }
    if (const auto e = parseEarnings(o)) {
        for (const bs::ledger::EarningsCycle& c : e->cycles) {
            if (c.weight > c.totalWeight || !(c.periodStart < c.periodEnd))
                std::abort();
        }
    }
    if (const auto s = parseUsageServer(o)) {
        if (s->revokedAt.has_value() != (s->status == ServerStatus::Revoked))
            std::abort();
    }
    if (const auto s = parseNewUsageServer(o)) {
        if (s->token.size() < 16 || s->token.size() > 1024)
            std::abort();
        for (const std::uint8_t c : s->token.bytes()) {
            if (c <= 0x20 || c >= 0x7f)
                std::abort();
        }
    }
    if (const auto c = parseCycle(o)) {
        if (!(c->periodStart < c->periodEnd) || c->distributed > c->pool || c->dust > c->pool)
            std::abort();
        for (const CycleTransfer& t : c->transfers) {
            if (t.status == TransferStatus::Confirmed &&
                (!t.txHash || !t.blockNumber || !t.logIndex))
                std::abort();
            if (t.amount && t.dust > *t.amount)
                std::abort();
        }
    }
    if (const auto d = parseDryRun(o)) {
        for (const DryRunAllocation& a : d->allocations) {
            if (a.dust > a.amount)
                std::abort();
        }
        const bs::wallet::DryRunCheck check =
            bs::wallet::checkDryRun(*d, bs::wallet::TokenUnits{QStringLiteral("USDC"), 6, 2});
        // A check that passes means the pool is paid out exactly, or nothing without usage.
        if (check.ok() && check.serverSum != (d->skipped ? bs::U256() : d->pool))
            std::abort();
    }
    return 0;
}
