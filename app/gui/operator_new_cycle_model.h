// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The "New cycle" dialog: period and pool as typed, checked here against the token's
// decimals, the cycles already there and the operator's funding (nothing is sent while
// anything is wrong); then the server's dry run, recomputed on this machine by the revenue
// rule (the preview table, its sum checked to the pool, every difference named); then Start,
// only when all of it checks, and the cycle's live progress (CycleDetailModel).
//
// The funding is what the chain shows: the operator's eERC balance decrypted with its own
// key (verified against the encrypted balance, or recovered), plus the USDC in its wallet,
// minus what unfinished cycles will still pay.
#include "operator_cycle_detail_model.h"
#include "task.h"
#include "wallet/operator_actions.h"
#include "wallet/profile.h"

#include <QAbstractListModel>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace bs::gui {

class CyclesModel;

// The dry run's lines: the server's figures with the client's recomputation beside them.
class AllocationsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        ProviderIdRole = Qt::UserRole + 1,
        AddressRole,
        WeightRole,       // calls, grouped
        ShareRole,        // "75.00 %"
        AmountRole,       // the server's amount, every decimal
        DustRole,         // the part the transfer cannot carry, or ""
        HasDustRole,      // bool: the eERC decimals round part of the amount away
        NoTransferRole,   // bool: all of it is dust, nothing is sent to this provider
        ClientAmountRole, // the revenue rule's amount, or "" when it gives none
        MatchesRole,      // bool: the server's figures are the rule's
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_lines.size()); }

    void setLines(std::vector<wallet::AllocationLine> lines, unsigned decimals);

Q_SIGNALS:
    void countChanged();

private:
    std::vector<wallet::AllocationLine> m_lines;
    unsigned m_decimals = 6;
};

class NewCycleModel : public QObject
{
    Q_OBJECT
    // Reading the funding, the dry run, the start.
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    // The start of the next period (the end of the latest cycle) and a day later, RFC 3339.
    Q_PROPERTY(QString suggestedFrom READ suggestedFrom NOTIFY suggestionChanged)
    Q_PROPERTY(QString suggestedTo READ suggestedTo NOTIFY suggestionChanged)

    // The funding (every decimal, locale grouping).
    Q_PROPERTY(FundingState fundingState READ fundingState NOTIFY fundingChanged)
    Q_PROPERTY(QString account READ account NOTIFY fundingChanged)
    Q_PROPERTY(QString eercBalance READ eercBalance NOTIFY fundingChanged)
    Q_PROPERTY(QString walletBalance READ walletBalance NOTIFY fundingChanged)
    Q_PROPERTY(QString fundingTotal READ fundingTotal NOTIFY fundingChanged)
    Q_PROPERTY(QString committed READ committed NOTIFY fundingChanged)
    Q_PROPERTY(QString available READ available NOTIFY fundingChanged)
    Q_PROPERTY(QString tokenSymbol READ tokenSymbol NOTIFY fundingChanged)
    Q_PROPERTY(int tokenDecimals READ tokenDecimals NOTIFY fundingChanged)
    Q_PROPERTY(int eercDecimals READ eercDecimals NOTIFY fundingChanged)
    // The eERC contract has fewer decimals than the token: allocations may carry dust.
    Q_PROPERTY(bool showDust READ showDust NOTIFY fundingChanged)

    // The preview (after a dry run).
    Q_PROPERTY(bs::gui::AllocationsModel* allocations READ allocations CONSTANT)
    Q_PROPERTY(QString previewPeriod READ previewPeriod NOTIFY previewChanged)
    Q_PROPERTY(QString previewPool READ previewPool NOTIFY previewChanged)
    Q_PROPERTY(QString sum READ sum NOTIFY previewChanged)
    Q_PROPERTY(bool sumMatchesPool READ sumMatchesPool NOTIFY previewChanged)
    Q_PROPERTY(QString dustTotal READ dustTotal NOTIFY previewChanged)
    Q_PROPERTY(QString needed READ needed NOTIFY previewChanged)
    Q_PROPERTY(QString totalWeight READ totalWeight NOTIFY previewChanged)
    Q_PROPERTY(int providerCount READ providerCount NOTIFY previewChanged)
    Q_PROPERTY(bool skipped READ skipped NOTIFY previewChanged)
    Q_PROPERTY(bool recomputedOk READ recomputedOk NOTIFY previewChanged)
    Q_PROPERTY(QStringList differences READ differences NOTIFY previewChanged)
    // The failed cycle this period and pool retry, or "".
    Q_PROPERTY(QString retryOf READ retryOf NOTIFY previewChanged)
    Q_PROPERTY(bool canStart READ canStart NOTIFY canStartChanged)

    // The started cycle, followed live.
    Q_PROPERTY(bs::gui::CycleDetailModel* progress READ progress CONSTANT)

public:
    enum Phase
    {
        PhaseInput,     // typing; nothing previewed for this input
        PhasePreviewed, // the dry run of this input is shown
        PhaseStarted,   // the cycle runs on the server (progress)
    };
    Q_ENUM(Phase)
    enum FundingState
    {
        FundingUnknown,      // not read yet (or the chain could not be read)
        FundingVerified,     // the eERC balance decrypted and checked
        FundingRecovered,    // its parts disagreed; recovered from the encrypted balance
        FundingUnregistered, // the operator has no eERC key on chain: wallet USDC only
    };
    Q_ENUM(FundingState)

    NewCycleModel(std::shared_ptr<wallet::Profile> profile,
                  CyclesModel* cycles,
                  QObject* parent = nullptr);
    ~NewCycleModel() override;

    Task* task() { return &m_task; }
    const Task* task() const { return &m_task; }
    Phase phase() const { return m_phase; }
    QString suggestedFrom() const { return m_suggestedFrom; }
    QString suggestedTo() const { return m_suggestedTo; }
    FundingState fundingState() const;
    QString account() const;
    QString eercBalance() const;
    QString walletBalance() const;
    QString fundingTotal() const;
    QString committed() const;
    QString available() const;
    QString tokenSymbol() const;
    int tokenDecimals() const { return int(decimals()); }
    int eercDecimals() const;
    bool showDust() const;
    AllocationsModel* allocations() { return &m_allocations; }
    QString previewPeriod() const;
    QString previewPool() const;
    QString sum() const;
    bool sumMatchesPool() const;
    QString dustTotal() const;
    QString needed() const;
    QString totalWeight() const;
    int providerCount() const;
    bool skipped() const;
    bool recomputedOk() const;
    QStringList differences() const;
    QString retryOf() const;
    bool canStart() const;
    CycleDetailModel* progress() { return &m_progress; }

    // A fresh dialog: clears the last preview and reads the funding.
    Q_INVOKABLE void open();
    // Reads the funding again.
    Q_INVOKABLE void refreshFunding();
    // "" when the input passes every check this machine can make (times, an empty period,
    // the pool's decimals, the period against the listed cycles, the pool against the
    // funding), else the sentence to show. Nothing is sent.
    Q_INVOKABLE QString inputProblem(const QString& from, const QString& to,
                                     const QString& pool) const;
    // The dry run of the input (checked again against fresh lists and the chain first).
    Q_INVOKABLE void preview(const QString& from, const QString& to, const QString& pool);
    // The input was edited: the preview no longer describes it.
    Q_INVOKABLE void reset();
    // Starts the previewed cycle (or retries the failed one), then follows it.
    Q_INVOKABLE void start();
    // The dialog closed: stops what it was doing. A started cycle goes on on the server.
    Q_INVOKABLE void close();

    const std::optional<wallet::PreparedDistribution>& prepared() const { return m_prepared; }
    const std::optional<wallet::DryRunReport>& report() const { return m_report; }

Q_SIGNALS:
    void phaseChanged();
    void suggestionChanged();
    void fundingChanged();
    void previewChanged();
    void canStartChanged();
    // A cycle was started (or a failed one retried).
    void started(const QString& cycleId);

private:
    unsigned decimals() const;
    void setPhase(Phase phase);
    void setFunding(std::optional<wallet::OperatorFunding> funding);
    void setPreview(std::optional<wallet::PreparedDistribution> prepared,
                    std::optional<wallet::DryRunReport> report);
    void suggestPeriod();
    QString amount(const U256& v) const;

    std::shared_ptr<wallet::Profile> m_profile;
    CyclesModel* m_cycles;
    Task m_task;
    Phase m_phase = PhaseInput;
    std::uint64_t m_input = 0; // counts edits of the input (reset())
    QString m_suggestedFrom;
    QString m_suggestedTo;
    std::optional<wallet::OperatorFunding> m_funding;
    std::optional<wallet::PreparedDistribution> m_prepared;
    std::optional<wallet::DryRunReport> m_report;
    AllocationsModel m_allocations;
    CycleDetailModel m_progress;
};

} // namespace bs::gui
