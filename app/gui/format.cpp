// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include "ledger/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

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

QString displayAtMostSignificant(const U256& baseUnits, unsigned decimals, unsigned significant)
{
    const QString plain = QString::fromStdString(ledger::formatAmount(baseUnits, decimals));
    const qsizetype dot = plain.indexOf(u'.');
    if (dot < 0 || significant == 0)
        return displayAmount(baseUnits, decimals);
    const QString whole = plain.left(dot);
    const QString fraction = plain.mid(dot + 1);
    unsigned digits = 0;
    if (whole != QLatin1String("0")) {
        const auto wholeDigits = unsigned(whole.size());
        digits = significant > wholeDigits ? significant - wholeDigits : 0;
    } else {
        const qsizetype firstNonZero =
            fraction.indexOf(QRegularExpression(QStringLiteral("[1-9]")));
        if (firstNonZero < 0)
            return displayAmount(U256{}, 0); // zero
        digits = unsigned(firstNonZero) + significant;
    }
    QString text = displayAtMost(baseUnits, decimals, digits);
    // Trailing zeros say nothing about a rounded value.
    const QString point = QLocale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
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

QString displayDuration(qint64 millis)
{
    if (millis < 1000)
        return QCoreApplication::translate("Duration", "under a second");
    const qint64 seconds = (millis + 500) / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("Duration", "%1 s").arg(seconds);
    if (seconds < 3600)
        return seconds % 60 ? QCoreApplication::translate("Duration", "%1 min %2 s")
                                  .arg(seconds / 60)
                                  .arg(seconds % 60)
                            : QCoreApplication::translate("Duration", "%1 min").arg(seconds / 60);
    const qint64 minutes = (seconds + 30) / 60;
    return QCoreApplication::translate("Duration", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60);
}

QString displayCount(quint64 n)
{
    return QLocale().toString(qulonglong(n));
}

} // namespace bs::gui
