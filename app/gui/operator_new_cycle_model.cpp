// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator_new_cycle_model.h"

#include "error_text.h"
#include "format.h"
#include "guiapp.h"
#include "ledger/fairness.h"
#include "operator/distribution.h"
#include "operator_cycles_model.h"
#include "operator_link.h"

#include <QTimeZone>

namespace bs::gui {

namespace {

QString rfc3339(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

} // namespace

// ---- AllocationsModel ----

int AllocationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> AllocationsModel::roleNames() const
{
    return {{ProviderIdRole, "providerId"},     {AddressRole, "address"},
            {WeightRole, "weight"},             {ShareRole, "share"},
            {AmountRole, "amount"},             {DustRole, "dust"},
            {HasDustRole, "hasDust"},           {NoTransferRole, "noTransfer"},
            {ClientAmountRole, "clientAmount"}, {MatchesRole, "matches"}};
}

QVariant AllocationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= count())
        return {};
    const wallet::AllocationLine& l = m_lines[std::size_t(index.row())];
    // The server's dust when it gave the line, else what the decimals give the rule's amount.
    const U256& dust = l.serverAmount ? l.serverDust : l.clientDust;
    const std::optional<U256>& amount = l.serverAmount ? l.serverAmount : l.clientAmount;
    switch (role) {
    case ProviderIdRole:
        return l.providerId;
    case AddressRole:
        return l.address ? QString::fromStdString(l.address->toChecksumHex()) : QString();
    case WeightRole:
        return displayAmount(l.weight, 0);
    case ShareRole:
        return l.sharePercent ? QString::fromStdString(*l.sharePercent) + QStringLiteral(" %")
                              : QString();
    case AmountRole:
        return l.serverAmount ? displayAmount(*l.serverAmount, m_decimals) : QString();
    case DustRole:
        return dust.isZero() ? QString() : displayAmount(dust, m_decimals);
    case HasDustRole:
        return !dust.isZero();
    case NoTransferRole:
        return amount && !amount->isZero() && *amount == dust;
    case ClientAmountRole:
        return l.clientAmount ? displayAmount(*l.clientAmount, m_decimals) : QString();
    case MatchesRole:
        return l.matches;
    default:
        return {};
    }
}

void AllocationsModel::setLines(std::vector<wallet::AllocationLine> lines, unsigned decimals)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_decimals = decimals;
    endResetModel();
    Q_EMIT countChanged();
}

// ---- NewCycleModel ----

NewCycleModel::NewCycleModel(std::shared_ptr<wallet::Profile> profile,
                             CyclesModel* cycles,
                             QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_cycles(cycles)
    , m_progress(m_profile, cycles)
{
    LanguageChange::follow(this, &NewCycleModel::previewChanged);
    connect(&m_task, &Task::runningChanged, this, &NewCycleModel::canStartChanged);
    if (m_cycles)
        connect(m_cycles, &CyclesModel::cyclesChanged, this, &NewCycleModel::suggestPeriod);
    suggestPeriod();
}

NewCycleModel::~NewCycleModel()
{
    m_task.stopAndWait();
}

unsigned NewCycleModel::decimals() const
{
    if (m_funding)
        return m_funding->units.tokenDecimals;
    if (m_prepared)
        return m_prepared->funding.units.tokenDecimals;
    return networkDecimals(*m_profile);
}

QString NewCycleModel::amount(const U256& v) const
{
    return displayAmount(v, decimals());
}

NewCycleModel::FundingState NewCycleModel::fundingState() const
{
    if (!m_funding)
        return FundingUnknown;
    if (!m_funding->registered)
        return FundingUnregistered;
    return m_funding->eercStatus == eerc::DecryptedBalance::Status::Verified ? FundingVerified
                                                                             : FundingRecovered;
}

QString NewCycleModel::account() const
{
    return m_funding ? QString::fromStdString(m_funding->account.toChecksumHex()) : QString();
}

QString NewCycleModel::eercBalance() const
{
    return m_funding ? amount(m_funding->eercBalance) : QString();
}

QString NewCycleModel::walletBalance() const
{
    return m_funding ? amount(m_funding->walletBalance) : QString();
}

QString NewCycleModel::fundingTotal() const
{
    return m_funding ? amount(m_funding->total) : QString();
}

QString NewCycleModel::committed() const
{
    return m_funding ? amount(m_funding->committed) : QString();
}

QString NewCycleModel::available() const
{
    return m_funding ? amount(m_funding->available) : QString();
}

QString NewCycleModel::tokenSymbol() const
{
    if (m_funding && !m_funding->units.symbol.isEmpty())
        return m_funding->units.symbol;
    return networkSymbol(*m_profile);
}

int NewCycleModel::eercDecimals() const
{
    return m_funding ? int(m_funding->units.eercDecimals) : int(decimals());
}

bool NewCycleModel::showDust() const
{
    return eercDecimals() < tokenDecimals();
}

QString NewCycleModel::previewPeriod() const
{
    return m_report ? periodText(m_report->run.periodStart, m_report->run.periodEnd) : QString();
}

QString NewCycleModel::previewPool() const
{
    return m_report ? amount(m_report->run.pool) : QString();
}

QString NewCycleModel::sum() const
{
    return m_report ? amount(m_report->check.serverSum) : QString();
}

bool NewCycleModel::sumMatchesPool() const
{
    if (!m_report)
        return false;
    // Without usage nothing is paid: the amounts add up to 0.
    return m_report->check.serverSum == (m_report->run.skipped ? U256() : m_report->run.pool);
}

QString NewCycleModel::dustTotal() const
{
    return m_report ? amount(m_report->run.dust) : QString();
}

QString NewCycleModel::needed() const
{
    return m_prepared ? amount(m_prepared->needed) : QString();
}

QString NewCycleModel::totalWeight() const
{
    return m_report ? displayAmount(m_report->run.totalWeight, 0) : QString();
}

int NewCycleModel::providerCount() const
{
    return m_report ? int(m_report->run.providerCount) : 0;
}

bool NewCycleModel::skipped() const
{
    return m_report && m_report->run.skipped;
}

bool NewCycleModel::recomputedOk() const
{
    return m_report && m_report->check.ok();
}

QStringList NewCycleModel::differences() const
{
    QStringList out;
    if (m_report) {
        for (const wallet::DryRunDifference& d : m_report->check.differences)
            out.append(errorText(d.sentence, QString::fromStdString(d.message)));
    }
    return out;
}

QString NewCycleModel::retryOf() const
{
    return m_prepared && m_prepared->retryOf ? m_prepared->retryOf->cycleId : QString();
}

bool NewCycleModel::canStart() const
{
    // Only what was previewed, and only when the client's recomputation agrees with it.
    return m_phase == PhasePreviewed && m_prepared && recomputedOk() && !m_task.running();
}

void NewCycleModel::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged();
    Q_EMIT canStartChanged();
}

void NewCycleModel::setFunding(std::optional<wallet::OperatorFunding> funding)
{
    m_funding = std::move(funding);
    Q_EMIT fundingChanged();
}

void NewCycleModel::setPreview(std::optional<wallet::PreparedDistribution> prepared,
                               std::optional<wallet::DryRunReport> report)
{
    m_prepared = std::move(prepared);
    m_report = std::move(report);
    m_allocations.setLines(m_report ? m_report->check.lines : std::vector<wallet::AllocationLine>{},
                           decimals());
    Q_EMIT previewChanged();
    setPhase(m_report ? PhasePreviewed : PhaseInput);
    Q_EMIT canStartChanged();
}

void NewCycleModel::suggestPeriod()
{
    // The next period starts where the latest cycle ended (a failed one that paid nobody
    // too: its period may be used again, but the operator picks that by hand); without any,
    // yesterday, midnight to midnight UTC.
    QDateTime from;
    if (m_cycles) {
        for (const operator_api::Cycle& c : m_cycles->cycles()) {
            if (!from.isValid() || c.periodEnd > from)
                from = c.periodEnd;
        }
    }
    if (!from.isValid())
        from = QDateTime(QDate::currentDate().addDays(-1), QTime(0, 0), QTimeZone::utc());
    const QString f = rfc3339(from);
    const QString t = rfc3339(from.addDays(1));
    if (f == m_suggestedFrom && t == m_suggestedTo)
        return;
    m_suggestedFrom = f;
    m_suggestedTo = t;
    Q_EMIT suggestionChanged();
}

void NewCycleModel::open()
{
    m_task.stopAndWait();
    m_progress.clear();
    setPreview(std::nullopt, std::nullopt);
    suggestPeriod();
    refreshFunding();
}

void NewCycleModel::refreshFunding()
{
    auto profile = m_profile;
    m_task.start(tr("Reading the funding from the chain"),
                 [this, profile](const TaskContext& ctx) -> Result<Task::Apply> {
                     auto link = openOperatorLink(*profile, true);
                     if (!link)
                         return link.error();
                     auto funding = (*link)->actions->funding(ctx.stopToken());
                     if (!funding)
                         return errorOf(funding.error());
                     return Task::Apply([this, f = std::move(*funding)]() mutable {
                         setFunding(std::move(f));
                     });
                 });
}

QString NewCycleModel::inputProblem(const QString& from, const QString& to,
                                    const QString& pool) const
{
    if (from.trimmed().isEmpty() || to.trimmed().isEmpty())
        return tr("Enter the start and the end of the period, e.g. 2026-11-01T00:00:00Z.");
    auto start = operator_api::parseTime(from.trimmed());
    if (!start)
        return tr("Start: %1").arg(errorText(start.error()));
    auto end = operator_api::parseTime(to.trimmed());
    if (!end)
        return tr("End: %1").arg(errorText(end.error()));
    if (pool.trimmed().isEmpty())
        return tr("Enter the pool in %1, e.g. 100 or 12.5.").arg(tokenSymbol());
    auto request = operator_api::makeDistribution(*start, *end, pool.trimmed(), decimals());
    if (!request)
        return errorText(request.error());
    std::optional<operator_api::Cycle> retry;
    if (m_cycles) {
        auto period = operator_api::checkPeriod(*request, m_cycles->cycles(), decimals());
        if (!period)
            return errorText(period.error());
        retry = period->retryOf;
    }
    if (m_funding) {
        auto funded = wallet::checkFunding(wallet::fundingNeeded(*request, retry), *m_funding);
        if (!funded)
            return errorText(funded.error());
    }
    return {};
}

void NewCycleModel::preview(const QString& from, const QString& to, const QString& pool)
{
    if (!inputProblem(from, to, pool).isEmpty())
        return;
    auto profile = m_profile;
    const QString f = from.trimmed();
    const QString t = to.trimmed();
    const QString p = pool.trimmed();
    setPreview(std::nullopt, std::nullopt);
    const std::uint64_t input = m_input;
    m_task.start(tr("Checking the period and the funding"),
                 [this, profile, f, t, p, input](const TaskContext& ctx) -> Result<Task::Apply> {
        auto link = openOperatorLink(*profile, true);
        if (!link)
            return link.error();
        wallet::OperatorActions& actions = *(*link)->actions;
        auto start = operator_api::parseTime(f);
        auto end = operator_api::parseTime(t);
        if (!start || !end)
            return fail(tr("Enter the period again.").toStdString());
        // Fresh lists and a fresh balance: what was checked on this machine may be old.
        auto prepared = actions.prepare(*start, *end, p, ctx.stopToken());
        if (!prepared)
            return errorOf(prepared.error());
        ctx.progress(tr("Asking the operator's server for a dry run"));
        auto report = actions.dryRun(*prepared, ctx.stopToken());
        if (!report)
            return errorOf(report.error());
        return Task::Apply([this, input, prepared = std::move(*prepared),
                            report = std::move(*report)]() mutable {
            setFunding(prepared.funding);
            if (input == m_input)
                setPreview(std::move(prepared), std::move(report));
        });
    });
}

void NewCycleModel::reset()
{
    if (m_phase == PhaseStarted)
        return;
    // A dry run still on its way describes the old input: its answer is dropped (the funding
    // read, if that is what runs, goes on).
    ++m_input;
    if (m_prepared || m_report)
        setPreview(std::nullopt, std::nullopt);
}

void NewCycleModel::start()
{
    if (!canStart())
        return;
    auto profile = m_profile;
    const wallet::PreparedDistribution prepared = *m_prepared;
    const QString what = prepared.retryOf ? tr("Starting cycle %1 again").arg(prepared.retryOf->cycleId)
                                          : tr("Starting the cycle");
    m_task.start(what, [this, profile, prepared](const TaskContext& ctx) -> Result<Task::Apply> {
        auto link = openOperatorLink(*profile, true);
        if (!link)
            return link.error();
        // Once asked, the server may have started it: a stop then would leave that unknown.
        ctx.setCancellable(false);
        auto begun = (*link)->actions->start(prepared, ctx.stopToken());
        if (!begun)
            return errorOf(begun.error());
        profile->activity().add(wallet::ActivityEntry::Kind::Server,
                                QStringLiteral("Started distribution cycle %1 (%2).")
                                    .arg(begun->cycleId,
                                         periodText(begun->periodStart, begun->periodEnd)));
        return Task::Apply([this, c = std::move(*begun)] {
            if (m_cycles)
                m_cycles->upsert(c);
            setPhase(PhaseStarted);
            m_progress.show(c); // follows it live
            Q_EMIT started(c.cycleId);
        });
    });
}

void NewCycleModel::close()
{
    if (m_task.cancellable())
        m_task.stopAndWait();
    m_progress.clear();
}

} // namespace bs::gui
