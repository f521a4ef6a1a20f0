// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrity_model.h"

#include "format.h"
#include "guiapp.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace bs::gui {

namespace {

QString when(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(),
                              QLocale::ShortFormat);
}

QString checkWords(wallet::BalanceCheck check)
{
    switch (check) {
    case wallet::BalanceCheck::Verified:
        return BalanceChecksModel::tr("verified");
    case wallet::BalanceCheck::Recovered:
        return BalanceChecksModel::tr("recovered by discrete log");
    case wallet::BalanceCheck::Failed:
        return BalanceChecksModel::tr("unreadable");
    }
    return {};
}

} // namespace

AccountModel::BalanceState BalanceChecksModel::stateOf(wallet::BalanceCheck check)
{
    switch (check) {
    case wallet::BalanceCheck::Verified:
        return AccountModel::BalanceVerified;
    case wallet::BalanceCheck::Recovered:
        return AccountModel::BalanceRecovered;
    case wallet::BalanceCheck::Failed:
        return AccountModel::BalanceUnreadable;
    }
    return AccountModel::BalanceUnknown;
}

QString BalanceChecksModel::alarmText(const wallet::BalanceCheckAlarm& alarm)
{
    return tr("Your balance was %1 at the last check and is %2 now. See the Dashboard.")
        .arg(checkWords(alarm.before), checkWords(alarm.now));
}

BalanceChecksModel::BalanceChecksModel(QObject* parent)
    : QAbstractListModel(parent)
{
    LanguageChange::followRows(this);
}

int BalanceChecksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> BalanceChecksModel::roleNames() const
{
    return {{StateRole, "state"},
            {PeriodRole, "period"},
            {BlocksRole, "blocks"},
            {ChecksRole, "checks"}};
}

QVariant BalanceChecksModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const wallet::BalanceCheckRun& r = m_runs[std::size_t(index.row())];
    switch (role) {
    case StateRole:
        return QVariant::fromValue(int(stateOf(r.check)));
    case PeriodRole:
        return r.firstAt == r.lastAt ? when(r.firstAt)
                                     : tr("%1 – %2").arg(when(r.firstAt), when(r.lastAt));
    case BlocksRole:
        return r.firstBlock == r.lastBlock
                   ? tr("block %1").arg(displayCount(r.firstBlock))
                   : tr("blocks %1–%2").arg(displayCount(r.firstBlock), displayCount(r.lastBlock));
    case ChecksRole:
        return QVariant::fromValue(int(std::min<std::uint64_t>(r.checks, INT_MAX)));
    default:
        return {};
    }
}

void BalanceChecksModel::setRuns(std::vector<wallet::BalanceCheckRun> runs)
{
    std::reverse(runs.begin(), runs.end());
    const bool countChanges = runs.size() != m_runs.size();
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

} // namespace bs::gui
