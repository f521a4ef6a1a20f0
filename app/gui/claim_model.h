// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Claim page: the preflight list that ticks itself off (balance re-read, amount allowed by
// the decimals rule, dry run, network fee), then the claim (prove, record, send, confirm), its
// result, a claim of an earlier run being followed, and failed claims the user can clear. All
// through the claim use cases of core/wallet; needs only the chain.
#include "steps_model.h"
#include "guiapp.h"
#include "task.h"
#include "util/u256.h"
#include "wallet/claims.h"

#include <QAbstractListModel>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace bs::gui {

// The preflight's steps with their outcome.
class PreflightModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Pending,
        Passed,
        Failed,
    };
    Q_ENUM(Outcome)
    enum Role
    {
        LabelRole = Qt::UserRole + 1,
        OutcomeRole,
        DetailRole, // what was found, or why it failed
        ExactRole,  // the detail with every decimal when the detail rounds (a tooltip), or ""
    };

    explicit PreflightModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    struct Row
    {
        Wording label;
        Outcome outcome = Outcome::Pending;
        Wording detail;
        Wording exact;
    };
    void setRows(std::vector<Row> rows);
    const std::vector<Row>& rows() const { return m_rows; }

private:
    std::vector<Row> m_rows;
};

// Claims of earlier runs that failed: the user reads why and clears them.
class FailedClaimsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        TxHashRole = Qt::UserRole + 1,
        DateRole,
        NoteRole,
    };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_claims.size()); }
    void setClaims(std::vector<vault::PendingClaim> claims);

Q_SIGNALS:
    void countChanged();

private:
    std::vector<vault::PendingClaim> m_claims;
};

class ClaimModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::Task* task READ task CONSTANT)
    Q_PROPERTY(bs::gui::PreflightModel* preflight READ preflight CONSTANT)
    Q_PROPERTY(bs::gui::FailedClaimsModel* failedClaims READ failedClaims CONSTANT)
    Q_PROPERTY(bool preflightPassed READ preflightPassed NOTIFY changed)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY changed)
    Q_PROPERTY(QString received READ received NOTIFY changed)
    Q_PROPERTY(QString transaction READ transaction NOTIFY changed)
    Q_PROPERTY(QString block READ block NOTIFY changed)
    // The fee paid, rounded to a few significant digits, and with every decimal (a tooltip).
    Q_PROPERTY(QString fee READ fee NOTIFY changed)
    Q_PROPERTY(QString feeExact READ feeExact NOTIFY changed)
    Q_PROPERTY(QString inFlight READ inFlight NOTIFY changed)
    Q_PROPERTY(QString nativeSymbol READ nativeSymbol CONSTANT)
    // Before Claim (after a passed preflight): how long the claim should take, from the proofs
    // measured on this machine and the network's block time; "" when not known.
    Q_PROPERTY(QString eta READ eta NOTIFY changed)
    // The claim's progress as the stepper Prepare -> Prove -> Send -> Confirm, and whether it
    // stopped at the current step with an error.
    Q_PROPERTY(ClaimStep claimStep READ claimStep NOTIFY stepChanged)
    Q_PROPERTY(bool stepFailed READ stepFailed NOTIFY stepChanged)

public:
    // Plain enum with prefixed names: QML reads ClaimModel.ClaimStepProve.
    enum ClaimStep
    {
        ClaimStepNone, // no claim started (a preflight is not a claim)
        ClaimStepPrepare,
        ClaimStepProve,
        ClaimStepSend,
        ClaimStepConfirm,
        ClaimStepDone,
    };
    Q_ENUM(ClaimStep)

    // The stepper's step for a use-case stage.
    static ClaimStep stepOf(wallet::Stage stage);
    // The estimate in one sentence ("" when no proof was measured).
    static QString etaText(const std::optional<wallet::ClaimEstimate>& estimate);

    ClaimModel(std::shared_ptr<wallet::Profile> profile, QObject* parent = nullptr);
    ~ClaimModel() override;

    Task* task() { return &m_task; }
    const Task* task() const { return &m_task; }
    PreflightModel* preflight() { return &m_preflight; }
    FailedClaimsModel* failedClaims() { return &m_failed; }
    bool preflightPassed() const { return m_approvedMaxCost.has_value(); }
    bool hasResult() const { return !m_received.isEmpty(); }
    QString received() const { return m_received; }
    QString transaction() const { return m_transaction; }
    QString block() const { return m_block; }
    QString fee() const { return m_fee; }
    QString feeExact() const { return m_feeExact; }
    QString inFlight() const { return m_inFlight; }
    QString nativeSymbol() const;
    QString eta() const { return m_eta.text(); }
    ClaimStep claimStep() const { return m_step; }
    bool stepFailed() const { return m_stepFailed; }
    // Moves the stepper (the claim's progress, on the GUI thread).
    void setStep(ClaimStep step, bool failed = false);

    // Follows claims an earlier run left in flight (at start).
    void resume();

    // `amount` in USDC ("" or "all": everything). The preflight reads the balance, checks the
    // amount and dry-runs the proof with eth_call; claim() then proves, sends and confirms,
    // never above the fee the preflight showed.
    Q_INVOKABLE void check(const QString& amount);
    Q_INVOKABLE void claim(const QString& amount);
    // Forgets the preflight (the amount changed).
    Q_INVOKABLE void reset();
    Q_INVOKABLE void clearFailed(const QString& txHash);

Q_SIGNALS:
    void changed();
    void stepChanged();
    // A claim ended (here or resumed): the balance changed.
    void settled();

private:
    void showResult(const wallet::ClaimResult& result);
    void reloadFailed();

    std::shared_ptr<wallet::Profile> m_profile;
    Task m_task;
    PreflightModel m_preflight;
    FailedClaimsModel m_failed;
    std::optional<U256> m_approvedMaxCost; // set while a passed preflight stands
    QString m_checkedAmount;               // the amount it was made for
    QString m_received;
    QString m_transaction;
    QString m_block;
    QString m_fee;
    QString m_feeExact;
    QString m_inFlight;
    Wording m_eta;
    ClaimStep m_step = ClaimStepNone;
    bool m_stepFailed = false;
};

} // namespace bs::gui
