// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator_pages.h"

namespace bs::gui {

OperatorPages::OperatorPages(std::shared_ptr<wallet::Profile> profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_providers(m_profile)
    , m_providerDetail(m_profile, &m_providers)
    , m_servers(m_profile)
    , m_cycles(m_profile)
    , m_cycleDetail(m_profile, &m_cycles)
    , m_newCycle(m_profile, &m_cycles)
{
    for (Task* task : {m_newCycle.task(), m_cycleDetail.task()}) {
        connect(task, &Task::progressChanged, this, &OperatorPages::busyWithTransactionChanged);
        connect(task, &Task::runningChanged, this, &OperatorPages::busyWithTransactionChanged);
    }
}

OperatorPages::~OperatorPages() = default;

void OperatorPages::start()
{
    m_providers.refresh();
    m_servers.refresh();
    m_cycles.refresh();
}

bool OperatorPages::busyWithTransaction() const
{
    for (const Task* task : {m_newCycle.task(), m_cycleDetail.task()})
        if (task->running() && !task->cancellable())
            return true;
    return false;
}

} // namespace bs::gui
