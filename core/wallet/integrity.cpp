// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/integrity.h"

#include "wallet/account.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bs::wallet {

namespace {

QString settingKey(Profile& profile)
{
    return QStringLiteral("balanceChecks:") +
           historyScanName(profile.network().deployment, profile.address());
}

std::optional<BalanceCheck> checkFrom(const QString& text)
{
    for (BalanceCheck c : {BalanceCheck::Verified, BalanceCheck::Recovered, BalanceCheck::Failed})
        if (text == QLatin1String(toString(c)))
            return c;
    return std::nullopt;
}

} // namespace

const char* toString(BalanceCheck check)
{
    switch (check) {
    case BalanceCheck::Verified:
        return "verified";
    case BalanceCheck::Recovered:
        return "recovered";
    case BalanceCheck::Failed:
        return "failed";
    }
    return "";
}

std::optional<BalanceCheckAlarm> foldBalanceCheck(std::vector<BalanceCheckRun>& runs,
                                                  BalanceCheck check,
                                                  qint64 at,
                                                  std::uint64_t block)
{
    std::optional<BalanceCheckAlarm> alarm;
    if (!runs.empty() && runs.back().check == check) {
        BalanceCheckRun& run = runs.back();
        run.lastAt = at;
        run.lastBlock = block;
        ++run.checks;
        return alarm;
    }
    if (!runs.empty() && int(check) > int(runs.back().check))
        alarm = BalanceCheckAlarm{runs.back().check, check};
    runs.push_back({check, at, at, block, block, 1});
    if (runs.size() > kKeptCheckRuns)
        runs.erase(runs.begin(), runs.end() - std::ptrdiff_t(kKeptCheckRuns));
    return alarm;
}

QString balanceChecksToJson(const std::vector<BalanceCheckRun>& runs)
{
    QJsonArray array;
    for (const BalanceCheckRun& r : runs)
        array.append(QJsonObject{
            {QStringLiteral("check"), QLatin1String(toString(r.check))},
            {QStringLiteral("firstAt"), r.firstAt},
            {QStringLiteral("lastAt"), r.lastAt},
            // Blocks and counts as strings: JSON numbers are doubles.
            {QStringLiteral("firstBlock"), QString::number(r.firstBlock)},
            {QStringLiteral("lastBlock"), QString::number(r.lastBlock)},
            {QStringLiteral("checks"), QString::number(r.checks)},
        });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<BalanceCheckRun> balanceChecksFromJson(const QString& json)
{
    std::vector<BalanceCheckRun> runs;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isArray())
        return runs;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        const auto check = checkFrom(o.value(QStringLiteral("check")).toString());
        bool okFirst = false, okLast = false, okChecks = false;
        BalanceCheckRun r;
        r.firstAt = qint64(o.value(QStringLiteral("firstAt")).toDouble());
        r.lastAt = qint64(o.value(QStringLiteral("lastAt")).toDouble());
        r.firstBlock = o.value(QStringLiteral("firstBlock")).toString().toULongLong(&okFirst);
        r.lastBlock = o.value(QStringLiteral("lastBlock")).toString().toULongLong(&okLast);
        r.checks = o.value(QStringLiteral("checks")).toString().toULongLong(&okChecks);
        if (!check || !okFirst || !okLast || !okChecks)
            return {}; // not ours: start afresh rather than show a wrong history
        r.check = *check;
        runs.push_back(r);
    }
    return runs;
}

Result<std::optional<BalanceCheckAlarm>>
recordBalanceCheck(Profile& profile, BalanceCheck check, std::uint64_t block, qint64 at)
{
    SharedVault* vault = profile.vault();
    if (!vault)
        return std::optional<BalanceCheckAlarm>();
    const QString key = settingKey(profile);
    return vault->with([&](vault::Vault& v) -> Result<std::optional<BalanceCheckAlarm>> {
        auto stored = v.settings().value(key, {});
        if (!stored)
            return stored.error();
        std::vector<BalanceCheckRun> runs = balanceChecksFromJson(*stored);
        auto alarm = foldBalanceCheck(runs, check, at, block);
        if (auto saved = v.settings().set(key, balanceChecksToJson(runs)); !saved)
            return saved.error();
        return alarm;
    });
}

Result<std::vector<BalanceCheckRun>> balanceCheckHistory(Profile& profile)
{
    SharedVault* vault = profile.vault();
    if (!vault)
        return std::vector<BalanceCheckRun>();
    const QString key = settingKey(profile);
    return vault->with([&](vault::Vault& v) -> Result<std::vector<BalanceCheckRun>> {
        auto stored = v.settings().value(key, {});
        if (!stored)
            return stored.error();
        return balanceChecksFromJson(*stored);
    });
}

} // namespace bs::wallet
