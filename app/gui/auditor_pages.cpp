// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditor_pages.h"

#include "wallet/audit.h"

namespace bs::gui {

AuditorPages::AuditorPages(std::shared_ptr<wallet::Profile> profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_cycles(m_profile)
    , m_run(m_profile, &m_cycles)
    , m_reports(m_profile)
{
    connect(&m_run, &AuditRunModel::runSaved, &m_reports, &ReportListModel::refresh);
}

AuditorPages::~AuditorPages() = default;

void AuditorPages::start()
{
    m_cycles.refresh();
    m_reports.refresh();
}

bool AuditorPages::openRun(qint64 runId)
{
    // A saved report is small next to the scan; it is read and parsed on the GUI thread.
    auto json = wallet::auditRunReport(*m_profile, runId);
    if (!json || !*json)
        return false;
    auto report = audit::parseReport(**json);
    if (!report)
        return false;
    m_run.setReport(std::move(*report), runId);
    return true;
}

} // namespace bs::gui
