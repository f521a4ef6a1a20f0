// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The provider's pages, one view model per concern: the account (balance, sync, server), the
// earnings (table, chart, summary), the registration and the claim. This object owns them,
// refreshes the account and the earnings together (one read of the chain and the server, every
// minute and on demand) and follows a claim left in flight at start.
//
// Everything comes from core/wallet's use cases on worker threads (Task); the models hold
// display strings, numbers and enums for the views. Nothing here or in the views holds a key.
#include "account_model.h"
#include "claim_model.h"
#include "earnings_model.h"
#include "integrity_model.h"
#include "pipeline_model.h"
#include "registration_model.h"
#include "statement_model.h"
#include "task.h"
#include "wallet/profile.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace bs::gui {

class ProviderPages : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::AccountModel* account READ account CONSTANT)
    Q_PROPERTY(bs::gui::EarningsModel* earnings READ earnings CONSTANT)
    Q_PROPERTY(bs::gui::RegistrationModel* registration READ registration CONSTANT)
    Q_PROPERTY(bs::gui::ClaimModel* claim READ claim CONSTANT)
    Q_PROPERTY(bs::gui::StatementModel* statement READ statement CONSTANT)
    Q_PROPERTY(bs::gui::Task* refreshTask READ refreshTask CONSTANT)
    Q_PROPERTY(bs::gui::BalanceChecksModel* balanceChecks READ balanceChecks CONSTANT)
    Q_PROPERTY(bs::gui::PayoutPipelineModel* pipeline READ pipeline CONSTANT)

public:
    ProviderPages(std::shared_ptr<wallet::Profile> profile, QObject* parent = nullptr);
    ~ProviderPages() override;

    // The first refresh, the refresh timer, and any claim left in flight by an earlier run.
    void start();

    AccountModel* account() { return &m_account; }
    EarningsModel* earnings() { return &m_earnings; }
    RegistrationModel* registration() { return &m_registration; }
    ClaimModel* claim() { return &m_claim; }
    StatementModel* statement() { return &m_statement; }
    Task* refreshTask() { return &m_refreshTask; }
    BalanceChecksModel* balanceChecks() { return &m_balanceChecks; }
    PayoutPipelineModel* pipeline() { return &m_pipeline; }

    // Whether work runs that must not be interrupted (a transaction may be out): the session
    // then defers its auto-lock.
    bool busyWithTransaction() const;

    // Reads the chain (and the server, if configured) again.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    // New payouts arrived since the last refresh (not on the first one).
    void newPayouts(int count, const QString& total);
    void busyWithTransactionChanged();
    // A balance check came out worse than the one before (verified -> recovered -> failed);
    // `text` says so in one sentence.
    void balanceWorsened(const QString& text);

private:
    std::shared_ptr<wallet::Profile> m_profile;
    AccountModel m_account;
    EarningsModel m_earnings;
    RegistrationModel m_registration;
    ClaimModel m_claim;
    StatementModel m_statement;
    Task m_refreshTask;
    BalanceChecksModel m_balanceChecks;
    PayoutPipelineModel m_pipeline;
    QTimer m_timer;
};

} // namespace bs::gui
