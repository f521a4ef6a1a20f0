// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include "ledger/money.h"

#include <QCoreApplication>
#include <QLocale>

namespace bs::gui {

QString displayAmount(const U256& baseUnits, unsigned decimals)
{
    const QString plain = QString::fromStdString(ledger::formatAmount(baseUnits, decimals));
    const qsizetype dot = plain.indexOf(u'.');
    QString whole = dot < 0 ? plain : plain.left(dot);
    const QString fraction = dot < 0 ? QString() : plain.mid(dot + 1);
    const QLocale locale;
    const QString group = locale.groupSeparator();
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, group);
    return fraction.isEmpty() ? whole : whole + locale.decimalPoint() + fraction;
}

QString displayAtMost(const U256& baseUnits, unsigned decimals, unsigned digits)
{
    if (digits >= decimals)
        return displayAmount(baseUnits, decimals);
    const auto scaled = ledger::rescale(baseUnits, decimals, digits);
    if (!scaled)
        return displayAmount(baseUnits, decimals);
    U256 value = scaled->value;
    if (!scaled->exact)
        value = value.checkedAdd(U256::fromU64(1)).value_or(value);
    return displayAmount(value, digits);
}

QString displayTokenAmount(const U256& eercAmount, const ledger::UnitScale& units)
{
    if (const auto t = units.tokenUnits(eercAmount))
        return displayAmount(*t, units.tokenDecimals);
    return displayAmount(eercAmount, units.eercDecimals); // beyond 256 bits as token units
}

QString precisionSentence(const QString& tokenSymbol, const ledger::UnitScale& units)
{
    if (!units.keepsDust())
        return QCoreApplication::translate(
                   "Precision",
                   "Amounts in %1 with all %2 decimals; the contract keeps them exactly.")
            .arg(tokenSymbol)
            .arg(units.tokenDecimals);
    return QCoreApplication::translate(
               "Precision",
               "Amounts in %1 with all %2 decimals. This network's contract keeps %3 decimals: it "
               "counts in steps of %4 %1, and a payout below that stays with the contract as dust.")
        .arg(tokenSymbol)
        .arg(units.tokenDecimals)
        .arg(units.eercDecimals)
        .arg(displayAmount(units.granularity(), units.tokenDecimals));
}

QString displayCount(quint64 n)
{
    return QLocale().toString(qulonglong(n));
}

} // namespace bs::gui
