// SPDX-License-Identifier: GPL-3.0-or-later
#include "provider_pages.h"

#include "task_progress.h"

namespace bs::gui {

ProviderPages::ProviderPages(std::shared_ptr<wallet::Profile> profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    // The product pays in USDC; a description that does not name its token means it.
    , m_account(m_profile->network().operatorUrl.has_value(),
                m_profile->network().token ? m_profile->network().token->symbol
                                           : QStringLiteral("USDC"))
    , m_earnings(m_profile->network().deployment.chainId)
    , m_registration(m_profile, &m_account)
    , m_claim(m_profile)
    , m_statement(m_profile)
{
    if (auto checks = wallet::balanceCheckHistory(*m_profile))
        m_balanceChecks.setRuns(std::move(*checks));
    m_timer.setInterval(std::chrono::minutes(1));
    connect(&m_timer, &QTimer::timeout, this, &ProviderPages::refresh);
    connect(&m_earnings, &EarningsModel::newPayouts, this, &ProviderPages::newPayouts);
    // Registering or claiming changes what the chain and the server say.
    connect(m_registration.task(), &Task::finished, this, [this](bool ok) {
        if (ok)
            refresh();
    });
    connect(&m_claim, &ClaimModel::settled, this, &ProviderPages::refresh);
    for (Task* task : {m_registration.task(), m_claim.task()}) {
        connect(task, &Task::progressChanged, this, &ProviderPages::busyWithTransactionChanged);
        connect(task, &Task::runningChanged, this, &ProviderPages::busyWithTransactionChanged);
    }
}

ProviderPages::~ProviderPages()
{
    // The tasks use the profile: they end before it can go (members are destroyed in reverse
    // order, but a running refresh must not outlive the models it applies to).
    m_timer.stop();
    m_refreshTask.stopAndWait();
}

void ProviderPages::start()
{
    refresh();
    m_timer.start();
    m_claim.resume();
}

bool ProviderPages::busyWithTransaction() const
{
    for (const Task* task : {m_registration.task(), m_claim.task()})
        if (task->running() && !task->cancellable())
            return true;
    return false;
}

void ProviderPages::refresh()
{
    if (m_refreshTask.running())
        return;
    auto profile = m_profile;
    m_refreshTask.start(
        tr("Reading the chain"), [this, profile](const TaskContext& ctx) -> Result<Task::Apply> {
            TaskProgress progress(ctx);
            auto account = wallet::readAccount(*profile, {}, progress, ctx.stopToken());
            if (ctx.stopRequested())
                return fail(tr("cancelled").toStdString());
            // The operator's server: state and earnings report. Optional by design.
            progress.report({wallet::Stage::AskingOperator});
            wallet::ProviderServerState server =
                wallet::readProviderServerState(*profile, ctx.stopToken());
            auto checks = wallet::balanceCheckHistory(*profile);
            return Task::Apply([this, profile, account = std::move(account),
                                server = std::move(server), checks = std::move(checks)]() mutable {
                m_account.apply(account, server);
                if (checks)
                    m_balanceChecks.setRuns(std::move(*checks));
                if (account && account->balanceAlarm)
                    Q_EMIT balanceWorsened(BalanceChecksModel::alarmText(*account->balanceAlarm));
                if (account) {
                    ledger::JoinOptions join;
                    join.units = {account->tokenDecimals, account->eercDecimals};
                    join.scannedTo = account->scannedTo;
                    join.operatorAddress = profile->network().operatorAddress;
                    m_pipeline.update(server.earnings, account->history);
                    m_earnings.update(std::move(server.earnings), account->history, join);
                }
            });
        });
}

} // namespace bs::gui
