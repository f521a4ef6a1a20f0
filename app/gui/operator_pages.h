// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The operator's pages, one view model per concern: the providers and the selected one's
// detail, the usage servers, the cycles with the selected one's detail, and the "New cycle"
// dialog. This object owns them and reads the three lists when the profile opens.
//
// Everything comes from core/operator and core/wallet's operator use cases on worker threads
// (Task); the models hold display strings, numbers and enums for the views. The token of a
// new usage server stays in locked memory (UsageServersModel, TokenView).
#include "operator_cycle_detail_model.h"
#include "operator_cycles_model.h"
#include "operator_new_cycle_model.h"
#include "operator_provider_detail_model.h"
#include "operator_providers_model.h"
#include "operator_servers_model.h"
#include "wallet/profile.h"

#include <QObject>

#include <memory>

namespace bs::gui {

class OperatorPages : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::ProvidersModel* providers READ providers CONSTANT)
    Q_PROPERTY(bs::gui::ProviderDetailModel* providerDetail READ providerDetail CONSTANT)
    Q_PROPERTY(bs::gui::UsageServersModel* servers READ servers CONSTANT)
    Q_PROPERTY(bs::gui::CyclesModel* cycles READ cycles CONSTANT)
    Q_PROPERTY(bs::gui::CycleDetailModel* cycleDetail READ cycleDetail CONSTANT)
    Q_PROPERTY(bs::gui::NewCycleModel* newCycle READ newCycle CONSTANT)

public:
    OperatorPages(std::shared_ptr<wallet::Profile> profile, QObject* parent = nullptr);
    ~OperatorPages() override;

    // Reads the providers, the usage servers and the cycles.
    void start();

    ProvidersModel* providers() { return &m_providers; }
    ProviderDetailModel* providerDetail() { return &m_providerDetail; }
    UsageServersModel* servers() { return &m_servers; }
    CyclesModel* cycles() { return &m_cycles; }
    CycleDetailModel* cycleDetail() { return &m_cycleDetail; }
    NewCycleModel* newCycle() { return &m_newCycle; }

    // Whether a cycle is being started (the server may have been asked): the session then
    // defers its auto-lock.
    bool busyWithTransaction() const;

Q_SIGNALS:
    void busyWithTransactionChanged();

private:
    std::shared_ptr<wallet::Profile> m_profile;
    ProvidersModel m_providers;
    ProviderDetailModel m_providerDetail;
    UsageServersModel m_servers;
    CyclesModel m_cycles;
    CycleDetailModel m_cycleDetail;
    NewCycleModel m_newCycle;
};

} // namespace bs::gui
