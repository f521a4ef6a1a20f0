// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The payout pipeline of the provider's latest cycle on the Dashboard: metrics submitted ->
// revenue calculated -> payment queued -> earnings available -> claimed. The first three come
// from the operator's cycle state (spec operator-api.md, "Revenue distribution"); "available"
// from the chain (the payout found in the account's history), "claimed" from a withdraw after
// it. Display values only; the stepper is drawn by the view.
#include "ledger/entries.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace bs::gui {

class PayoutPipelineModel : public QObject
{
    Q_OBJECT
    // Whether a cycle is known (the operator's server answered once in this session).
    Q_PROPERTY(bool known READ known NOTIFY changed)
    Q_PROPERTY(QString cycleId READ cycleId NOTIFY changed)
    Q_PROPERTY(QString period READ period NOTIFY changed)
    // The stepper's current step index (0..5; 5: every step done) and whether it stopped.
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    // What the current step waits for, in one sentence.
    Q_PROPERTY(QString detail READ detail NOTIFY changed)

public:
    enum Step
    {
        StepMetrics,   // the usage servers submit the cycle's calls
        StepRevenue,   // the operator computes the fair shares
        StepPayment,   // the encrypted transfer is queued, proved and sent
        StepAvailable, // the payout is on chain, in the encrypted balance
        StepClaimed,   // withdrawn to USDC since
        StepDone,
    };
    Q_ENUM(Step)

    struct State
    {
        QString cycleId;
        QDateTime periodStart;
        QDateTime periodEnd;
        Step step = StepMetrics;
        bool failed = false;
        bool skipped = false; // no usage in the period: nothing to pay
    };

    // The pipeline of the latest cycle (by period end) in `report` against the chain history;
    // nullopt when the report has no cycle.
    static std::optional<State> compute(const ledger::Earnings& report,
                                        const std::vector<ledger::HistoryEntry>& history);

    explicit PayoutPipelineModel(QObject* parent = nullptr);

    // A refresh: the report (nullopt: the server did not answer; the last one stays) and the
    // chain history.
    void update(const std::optional<ledger::Earnings>& report,
                const std::vector<ledger::HistoryEntry>& history);

    bool known() const { return m_state.has_value(); }
    QString cycleId() const { return m_state ? m_state->cycleId : QString(); }
    QString period() const;
    int currentIndex() const { return m_state ? int(m_state->step) : 0; }
    bool failed() const { return m_state && m_state->failed; }
    QString detail() const;
    Step step() const { return m_state ? m_state->step : StepMetrics; }

Q_SIGNALS:
    void changed();

private:
    std::optional<ledger::Earnings> m_report;
    std::optional<State> m_state;
};

} // namespace bs::gui
