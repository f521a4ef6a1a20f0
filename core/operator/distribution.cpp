// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/distribution.h"

#include "ledger/money.h"
#include "operator/operator_client.h"

#include <QRegularExpression>

#include <vector>

namespace bs::operator_api {

namespace {

std::string shown(const QDateTime& t)
{
    return formatTime(t).toStdString();
}

bool paidSomeone(const Cycle& c)
{
    for (const CycleTransfer& t : c.transfers) {
        if (t.status == TransferStatus::Submitted || t.status == TransferStatus::Confirmed)
            return true;
    }
    return false;
}

U256 maxPool()
{
    // 2^255, the largest pool the API accepts.
    return U256::fromLimbs({0, 0, 0, 1ull << 63});
}

} // namespace

QJsonObject DistributionRequest::toJson(bool dryRun) const
{
    return QJsonObject{{QStringLiteral("periodStart"), formatTime(periodStart)},
                       {QStringLiteral("periodEnd"), formatTime(periodEnd)},
                       {QStringLiteral("pool"), QString::fromStdString(pool.toDecimal())},
                       {QStringLiteral("dryRun"), dryRun}};
}

bool periodsOverlap(const QDateTime& a0,
                    const QDateTime& a1,
                    const QDateTime& b0,
                    const QDateTime& b1)
{
    return a0 < b1 && b0 < a1;
}

Result<QDateTime> parseTime(const QString& text)
{
    static const QRegularExpression dateOnly(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    static const QRegularExpression rfc3339(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}([Zz]|[+-]\d{2}:\d{2})$)"));
    const QString t = text.trimmed();
    QDateTime out;
    if (dateOnly.match(t).hasMatch())
        out = QDateTime(QDate::fromString(t, Qt::ISODate), QTime(0, 0), Qt::UTC);
    else if (rfc3339.match(t).hasMatch())
        out = QDateTime::fromString(t.toUpper(), Qt::ISODate);
    if (!out.isValid())
        return fail(BS_TR("operator", "'%1' is not a time; write it in RFC 3339 with whole "
                                      "seconds, like 2026-11-01T00:00:00Z, or as a date like "
                                      "2026-11-01 (midnight UTC)."),
                    text.toStdString());
    return out.toUTC();
}

Result<DistributionRequest>
makeDistribution(const QDateTime& from, const QDateTime& to, const U256& pool)
{
    if (!from.isValid() || !to.isValid())
        return fail(BS_TR("operator", "the period needs a valid start and end time."));
    if (from.time().msec() != 0 || to.time().msec() != 0)
        return fail(BS_TR("operator", "the period's start and end must be whole seconds."));
    if (!(from < to))
        return fail(BS_TR("operator", "the period is empty: its end (%1) must come after its "
                                      "start (%2)."),
                    shown(to), shown(from));
    if (pool.isZero())
        return fail(BS_TR("operator", "the pool is zero; give the amount to distribute."));
    if (pool > maxPool())
        return fail(
            BS_TR("operator", "the pool is larger than the API accepts (2^255 base units)."));
    return DistributionRequest{from.toUTC(), to.toUTC(), pool};
}

Result<DistributionRequest> makeDistribution(const QDateTime& from,
                                             const QDateTime& to,
                                             const QString& poolText,
                                             unsigned tokenDecimals)
{
    auto pool = ledger::parseAmount(poolText.trimmed().toStdString(), tokenDecimals);
    if (!pool)
        return fail(BS_TR("operator", "the pool '%1' is not usable: %2"), poolText.toStdString(),
                    pool.error());
    return makeDistribution(from, to, *pool);
}

Result<PeriodCheck> checkPeriod(const DistributionRequest& request,
                                std::span<const Cycle> cycles,
                                unsigned tokenDecimals)
{
    // In the server's order: a live overlap refuses, the same period is a retry, and only
    // then does a failed overlap that paid someone refuse.
    std::vector<const Cycle*> failed;
    for (const Cycle& c : cycles) {
        if (!periodsOverlap(request.periodStart, request.periodEnd, c.periodStart, c.periodEnd))
            continue;
        if (c.status != CycleStatus::Failed)
            return fail(BS_TR("operator", "the period overlaps cycle %1 (%2, %3 to %4); choose a "
                                          "period that ends by %3 or starts at %4 or later. "
                                          "Nothing was sent."),
                        c.cycleId.toStdString(), cycleStatusName(c.status).toStdString(),
                        shown(c.periodStart), shown(c.periodEnd));
        failed.push_back(&c);
    }
    PeriodCheck out;
    for (const Cycle* c : failed) {
        if (c->periodStart != request.periodStart || c->periodEnd != request.periodEnd)
            continue;
        if (c->pool != request.pool)
            return fail(BS_TR("operator", "the period is that of the failed cycle %1, which can "
                                          "only be retried with its own pool of %2. Nothing was "
                                          "sent."),
                        c->cycleId.toStdString(), ledger::formatAmount(c->pool, tokenDecimals));
        out.retryOf = *c;
        return out;
    }
    for (const Cycle* c : failed) {
        if (paidSomeone(*c))
            return fail(BS_TR("operator", "the period overlaps the failed cycle %1 (%2, %3 to "
                                          "%4), which already paid some providers; retry that "
                                          "cycle with its own period instead. Nothing was "
                                          "sent."),
                        c->cycleId.toStdString(), cycleStatusName(c->status).toStdString(),
                        shown(c->periodStart), shown(c->periodEnd));
    }
    return out;
}

} // namespace bs::operator_api
