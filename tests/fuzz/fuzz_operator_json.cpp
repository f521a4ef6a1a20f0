// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the operator API's answer parsers on arbitrary bytes (a provider, an
// earnings page, a problem body; GET /network has fuzz_network). Whatever parses must hold the
// invariants the parsers promise: subgroup points that are not the identity, weights within totals,
// periods that end after they start; a provider re-serialises and parses back to the same details.

#include "operator/api_types.h"
#include "operator/problem.h"

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
    return 0;
}
