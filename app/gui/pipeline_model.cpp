// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline_model.h"

#include "guiapp.h"

#include <QLocale>

#include <algorithm>

namespace bs::gui {

PayoutPipelineModel::PayoutPipelineModel(QObject* parent)
    : QObject(parent)
{
    LanguageChange::follow(this, &PayoutPipelineModel::changed);
}

std::optional<PayoutPipelineModel::State>
PayoutPipelineModel::compute(const ledger::Earnings& report,
                             const std::vector<ledger::HistoryEntry>& history)
{
    if (report.cycles.empty())
        return std::nullopt;
    const auto latest =
        std::max_element(report.cycles.begin(), report.cycles.end(),
                         [](const ledger::EarningsCycle& a, const ledger::EarningsCycle& b) {
                             return a.periodEnd < b.periodEnd;
                         });
    State s;
    s.cycleId = latest->cycleId;
    s.periodStart = latest->periodStart;
    s.periodEnd = latest->periodEnd;
    const QString& status = latest->status;
    if (status == QLatin1String("collecting_metrics")) {
        s.step = StepMetrics;
    } else if (status == QLatin1String("calculating_revenue")) {
        s.step = StepRevenue;
    } else if (status == QLatin1String("skipped_insufficient_usage")) {
        s.step = StepRevenue;
        s.failed = true;
        s.skipped = true;
    } else if (status == QLatin1String("generating_proofs") ||
               status == QLatin1String("distributing_payments")) {
        s.step = StepPayment;
    } else if (status == QLatin1String("failed")) {
        s.step = StepPayment;
        s.failed = true;
    } else if (status == QLatin1String("completed")) {
        // Paid by the operator; available once the chain shows it to this account.
        s.step = StepAvailable;
        if (latest->transfer) {
            const auto credit =
                std::find_if(history.begin(), history.end(), [&](const ledger::HistoryEntry& e) {
                    return e.kind == ledger::HistoryEntry::Kind::Credit &&
                           e.transactionHash == latest->transfer->txHash;
                });
            if (credit != history.end()) {
                s.step = StepClaimed;
                const bool withdrawnSince =
                    std::any_of(history.begin(), history.end(), [&](const ledger::HistoryEntry& e) {
                        return e.kind == ledger::HistoryEntry::Kind::Debit &&
                               e.source == ledger::HistoryEntry::Source::Withdraw &&
                               (e.blockNumber > credit->blockNumber ||
                                (e.blockNumber == credit->blockNumber &&
                                 e.logIndex > credit->logIndex));
                    });
                if (withdrawnSince)
                    s.step = StepDone;
            }
        }
    } else {
        return std::nullopt; // a state this client does not know: say nothing wrong
    }
    return s;
}

void PayoutPipelineModel::update(const std::optional<ledger::Earnings>& report,
                                 const std::vector<ledger::HistoryEntry>& history)
{
    if (report)
        m_report = report;
    m_state = m_report ? compute(*m_report, history) : std::nullopt;
    Q_EMIT changed();
}

QString PayoutPipelineModel::period() const
{
    if (!m_state)
        return {};
    const QLocale locale;
    return tr("%1 – %2").arg(
        locale.toString(m_state->periodStart.toLocalTime().date(), QLocale::ShortFormat),
        locale.toString(m_state->periodEnd.toLocalTime().date(), QLocale::ShortFormat));
}

QString PayoutPipelineModel::detail() const
{
    if (!m_state)
        return {};
    if (m_state->skipped)
        return tr("No usage was counted in this period: nothing to pay.");
    if (m_state->failed)
        return tr("The operator's payment run failed; the operator can retry it. Nothing is "
                  "lost: transfers already confirmed are not sent again.");
    switch (m_state->step) {
    case StepMetrics:
        return tr("The usage servers are submitting this period's calls.");
    case StepRevenue:
        return tr("The operator is computing every provider's fair share.");
    case StepPayment:
        return tr("Your encrypted payment is queued, proved and sent.");
    case StepAvailable:
        return tr("Paid by the operator; waiting for the chain to show it in your balance.");
    case StepClaimed:
        return tr("In your encrypted balance; claim it to USDC when you like.");
    case StepDone:
        return tr("Claimed to USDC since it arrived.");
    }
    return {};
}

} // namespace bs::gui
