// SPDX-License-Identifier: GPL-3.0-or-later
#include "claim_model.h"

#include "format.h"
#include "error_text.h"
#include "guiapp.h"
#include "task_progress.h"
#include "util/hex.h"

#include <QDateTime>
#include <QLocale>

namespace bs::gui {

namespace {

QString hexOf(const crypto::Hash256& hash)
{
    return QStringLiteral("0x") + QString::fromStdString(util::hexEncodeLower(hash));
}

// The task's progress, and the stepper moved on the GUI thread when the step changes.
class ClaimProgress final : public wallet::Progress
{
public:
    ClaimProgress(const TaskContext& ctx, ClaimModel* model)
        : m_task(ctx)
        , m_model(model)
    {}
    void report(const wallet::ProgressStep& step) override
    {
        m_task.report(step);
        const ClaimModel::ClaimStep s = ClaimModel::stepOf(step.stage);
        if (s == m_last)
            return;
        m_last = s;
        // Queued to the model's thread; dropped if the model is gone.
        QMetaObject::invokeMethod(
            m_model, [model = m_model, s] { model->setStep(s); }, Qt::QueuedConnection);
    }
    void setCancellable(bool cancellable) override { m_task.setCancellable(cancellable); }

private:
    TaskProgress m_task;
    ClaimModel* m_model;
    ClaimModel::ClaimStep m_last = ClaimModel::ClaimStepPrepare;
};

} // namespace

// ---- PreflightModel ----

PreflightModel::PreflightModel(QObject* parent)
    : QAbstractListModel(parent)
{
    LanguageChange::followRows(this);
}

int PreflightModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> PreflightModel::roleNames() const
{
    return {{LabelRole, "label"},
            {OutcomeRole, "outcome"},
            {DetailRole, "detail"},
            {ExactRole, "exact"}};
}

QVariant PreflightModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    switch (role) {
    case LabelRole:
        return r.label.text();
    case OutcomeRole:
        return QVariant::fromValue(r.outcome);
    case DetailRole:
        return r.detail.text();
    case ExactRole:
        return r.exact.text();
    default:
        return {};
    }
}

void PreflightModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

// ---- FailedClaimsModel ----

int FailedClaimsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> FailedClaimsModel::roleNames() const
{
    return {{TxHashRole, "txHash"}, {DateRole, "date"}, {NoteRole, "note"}};
}

QVariant FailedClaimsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const vault::PendingClaim& c = m_claims[std::size_t(index.row())];
    switch (role) {
    case TxHashRole:
        return c.txHash;
    case DateRole:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(c.createdAt).toLocalTime(),
                                  QLocale::ShortFormat);
    case NoteRole:
        return c.note;
    default:
        return {};
    }
}

void FailedClaimsModel::setClaims(std::vector<vault::PendingClaim> claims)
{
    beginResetModel();
    m_claims = std::move(claims);
    endResetModel();
    Q_EMIT countChanged();
}

// ---- ClaimModel ----

ClaimModel::ClaimStep ClaimModel::stepOf(wallet::Stage stage)
{
    using wallet::Stage;
    switch (stage) {
    case Stage::Proving:
        return ClaimStepProve;
    case Stage::CheckingWithNode:
    case Stage::Sending:
        return ClaimStepSend;
    case Stage::Confirming:
        return ClaimStepConfirm;
    case Stage::Connecting:
    case Stage::ReadingChain:
    case Stage::DecryptingBalance:
    case Stage::ScanningHistory:
    case Stage::AskingOperator:
    case Stage::CheckingCircuits:
    case Stage::LoadingCircuit:
    case Stage::FollowingClaim:
    case Stage::ReadingBalance:
        break;
    }
    return ClaimStepPrepare;
}

QString ClaimModel::etaText(const std::optional<wallet::ClaimEstimate>& e)
{
    if (!e)
        return {};
    if (!e->confirmMillis)
        return tr("The proof takes about %1 on this machine; then the network confirms the "
                  "claim.")
            .arg(displayDuration(e->proveMillis));
    return tr("About %1: the proof takes about %2 on this machine, the network's confirmation "
              "about %3.")
        .arg(displayDuration(e->totalMillis()), displayDuration(e->proveMillis),
             displayDuration(*e->confirmMillis));
}

void ClaimModel::setStep(ClaimStep step, bool failed)
{
    if (step == m_step && failed == m_stepFailed)
        return;
    m_step = step;
    m_stepFailed = failed;
    Q_EMIT stepChanged();
}

ClaimModel::ClaimModel(std::shared_ptr<wallet::Profile> profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
    reloadFailed();
}

ClaimModel::~ClaimModel()
{
    m_task.stopAndWait();
}

QString ClaimModel::nativeSymbol() const
{
    return m_profile->network().nativeCurrency.symbol;
}

void ClaimModel::reloadFailed()
{
    std::vector<vault::PendingClaim> failed;
    m_inFlight.clear();
    if (auto all = wallet::recordedClaims(*m_profile)) {
        for (vault::PendingClaim& c : *all)
            if (c.state == vault::ClaimState::Failed)
                failed.push_back(std::move(c));
        for (const vault::PendingClaim& c : *all)
            if (c.state == vault::ClaimState::Sent)
                m_inFlight = c.txHash;
    }
    m_failed.setClaims(std::move(failed));
}

void ClaimModel::showResult(const wallet::ClaimResult& r)
{
    const chain::TokenInfo& native = m_profile->network().nativeCurrency;
    m_received = displayAmount(r.tokenReceived, r.tokenDecimals);
    m_transaction = hexOf(r.transactionHash);
    m_block = displayCount(r.blockNumber);
    m_fee = displayAtMostSignificant(r.feePaid, native.decimals);
    m_feeExact = displayAmount(r.feePaid, native.decimals);
}

void ClaimModel::reset()
{
    if (m_task.running())
        return;
    m_approvedMaxCost.reset();
    m_eta = {};
    m_preflight.setRows({});
    Q_EMIT changed();
}

void ClaimModel::resume()
{
    if (m_inFlight.isEmpty())
        return;
    Q_EMIT changed();
    auto profile = m_profile;
    m_task.start(tr("Following the claim sent earlier"),
                 [this, profile](const TaskContext& ctx) -> Result<Task::Apply> {
                     TaskProgress progress(ctx);
                     auto ended = wallet::resumeClaims(*profile, progress, ctx.stopToken());
                     if (!ended)
                         return ended.error();
                     std::optional<wallet::ClaimResult> last;
                     for (const wallet::SettledClaim& s : *ended)
                         if (s.result)
                             last = s.result;
                     return Task::Apply([this, last] {
                         m_inFlight.clear();
                         if (last)
                             showResult(*last);
                         reloadFailed();
                         Q_EMIT changed();
                         Q_EMIT settled();
                     });
                 });
}

void ClaimModel::check(const QString& amountText)
{
    const QString amount = amountText.trimmed();
    m_received.clear();
    m_approvedMaxCost.reset();
    m_eta = {};
    setStep(ClaimStepNone);
    Q_EMIT changed();
    auto profile = m_profile;
    m_task.start(
        tr("Checking the claim"),
        [this, profile, amount](const TaskContext& ctx) -> Result<Task::Apply> {
            TaskProgress progress(ctx);
            const wallet::Preflight p =
                wallet::checkClaim(*profile, amount, progress, ctx.stopToken());
            if (ctx.stopRequested())
                return fail(tr("cancelled").toStdString());
            std::vector<PreflightModel::Row> rows = {
                {[] { return QObject::tr("Balance re-read from the chain"); },
                 PreflightModel::Outcome::Pending,
                 {}},
                {[] { return QObject::tr("Amount allowed by the decimals rule"); },
                 PreflightModel::Outcome::Pending,
                 {}},
                {[] { return QObject::tr("Dry run of the proof passed"); },
                 PreflightModel::Outcome::Pending,
                 {}},
                {[] { return QObject::tr("Network fee"); }, PreflightModel::Outcome::Pending, {}},
            };
            std::optional<U256> approved;
            Wording eta;
            if (p.passed()) {
                eta = [e = wallet::estimateClaim(p.preview->proofMillis, p.preview->blockSeconds,
                                                 p.preview->confirmations)] { return etaText(e); };
                const eerc::ClaimPlan& plan = p.preview->plan;
                const chain::TokenInfo& native = profile->network().nativeCurrency;
                const QString symbol = profile->network().token ? profile->network().token->symbol
                                                                : QStringLiteral("USDC");
                const QString balance = displayTokenAmount(
                    plan.balance.amount, {plan.tokenDecimals, plan.eercDecimals});
                rows[0].detail = [balance, symbol] {
                    return QObject::tr("%1 %2").arg(balance, symbol);
                };
                rows[1].detail = [amount = displayAmount(plan.tokenAmount, plan.tokenDecimals),
                                  symbol] {
                    return QObject::tr("%1 %2 will arrive in your wallet").arg(amount, symbol);
                };
                rows[2].detail = [gas = displayCount(p.preview->gasLimit)] {
                    return QObject::tr("Gas estimate %1").arg(gas);
                };
                rows[3].detail = [fee = displayAtMostSignificant(p.preview->maxCost,
                                                                 native.decimals),
                                  unit = native.symbol] {
                    return QObject::tr("at most %1 %2").arg(fee, unit);
                };
                rows[3].exact = [fee = displayAmount(p.preview->maxCost, native.decimals),
                                 unit = native.symbol] {
                    return QObject::tr("at most %1 %2").arg(fee, unit);
                };
                for (auto& r : rows)
                    r.outcome = PreflightModel::Outcome::Passed;
                approved = p.preview->maxCost;
            } else {
                const int failed = int(p.failedStep);
                for (int i = 0; i < failed; ++i)
                    rows[std::size_t(i)].outcome = PreflightModel::Outcome::Passed;
                rows[std::size_t(failed)].outcome = PreflightModel::Outcome::Failed;
                rows[std::size_t(failed)].detail = errorText(p.error);
            }
            // The result is shown, not raised: the list stays visible either way.
            return Task::Apply([this, rows = std::move(rows), approved, amount, eta]() mutable {
                m_preflight.setRows(std::move(rows));
                m_approvedMaxCost = approved;
                m_eta = eta;
                m_checkedAmount = amount;
                Q_EMIT changed();
            });
        });
}

void ClaimModel::claim(const QString& amountText)
{
    const QString amount = amountText.trimmed();
    // Only what the preflight checked, at the fee it showed.
    if (!m_approvedMaxCost || amount != m_checkedAmount || m_task.running())
        return;
    const U256 approved = *m_approvedMaxCost;
    auto profile = m_profile;
    m_received.clear();
    setStep(ClaimStepPrepare);
    Q_EMIT changed();
    m_task.start(tr("Preparing the claim"),
                 [this, profile, amount, approved](const TaskContext& ctx) -> Result<Task::Apply> {
                     ClaimProgress progress(ctx, this);
                     auto result =
                         wallet::claim(*profile, amount, approved, progress, ctx.stopToken());
                     if (!result) {
                         // Whatever happened, the records may have changed (a failed claim);
                         // the stepper stays at the step that failed.
                         QMetaObject::invokeMethod(
                             this,
                             [this] {
                                 reloadFailed();
                                 setStep(m_step, true);
                             },
                             Qt::QueuedConnection);
                         return result.error();
                     }
                     return Task::Apply([this, r = *result] {
                         showResult(r);
                         setStep(ClaimStepDone);
                         m_eta = {};
                         m_approvedMaxCost.reset();
                         m_preflight.setRows({});
                         reloadFailed();
                         Q_EMIT changed();
                         Q_EMIT settled();
                     });
                 });
}

void ClaimModel::clearFailed(const QString& txHash)
{
    if (auto ok = wallet::clearFailedClaim(*m_profile, txHash); ok)
        reloadFailed();
}

} // namespace bs::gui
