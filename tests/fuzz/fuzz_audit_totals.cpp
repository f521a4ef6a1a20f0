// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: GET /audit/totals as the auditor's client parses it (operator/api_types.h),
// on arbitrary bytes. Whatever parses must hold what the parser promises: periods that end after
// they start, log indexes within 32 bits, a token's decimals below 78; and reconciling it
// against no chain events must not fail or crash (every listed transfer is then "not found").
#include "audit/reconcile.h"
#include "operator/api_types.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace bs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QJsonObject o = QJsonDocument::fromJson(in).object();
    const auto totals = operator_api::parseAuditTotals(o);
    if (!totals)
        return 0;
    if (totals->from && totals->to && !(*totals->from < *totals->to))
        std::abort();
    if (totals->token.decimals > 77)
        std::abort();
    for (const operator_api::AuditCycle& c : totals->cycles)
        if (!(c.periodStart < c.periodEnd))
            std::abort();
    audit::OfflineLookups lookups;
    audit::ReconcileInput input;
    input.totals = &*totals;
    input.units = {totals->token.decimals, 2};
    const auto r = audit::reconcile(input, lookups);
    if (!r)
        std::abort();
    std::size_t listed = 0;
    for (const operator_api::AuditCycle& c : totals->cycles)
        listed += c.transfers.size();
    if (r->cycles.size() != totals->cycles.size() || r->totals.foundCount != 0 ||
        (listed > 0 && r->findings.empty()))
        std::abort();
    return 0;
}
