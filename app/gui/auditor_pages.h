// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The auditor's pages, one view model per concern: the operator's cycle list (the periods to
// verify, read as the auditor), the verification run with its result, and the saved runs with
// their exports and the report check. This object owns them and reads the lists when the
// profile opens; a finished run shows up in the saved runs at once.
#include "audit_report_list_model.h"
#include "audit_run_model.h"
#include "operator_cycles_model.h"
#include "wallet/profile.h"

#include <QObject>

#include <memory>

namespace bs::gui {

class AuditorPages : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bs::gui::CyclesModel* cycles READ cycles CONSTANT)
    Q_PROPERTY(bs::gui::AuditRunModel* run READ run CONSTANT)
    Q_PROPERTY(bs::gui::ReportListModel* reports READ reports CONSTANT)

public:
    AuditorPages(std::shared_ptr<wallet::Profile> profile, QObject* parent = nullptr);
    ~AuditorPages() override;

    // Reads the cycles (the operator's server may be down: the run does not need them) and
    // the saved runs.
    void start();

    CyclesModel* cycles() { return &m_cycles; }
    AuditRunModel* run() { return &m_run; }
    ReportListModel* reports() { return &m_reports; }

    // Shows saved run `runId` on the Verify page; false when it cannot be read.
    Q_INVOKABLE bool openRun(qint64 runId);

private:
    std::shared_ptr<wallet::Profile> m_profile;
    CyclesModel m_cycles;
    AuditRunModel m_run;
    ReportListModel m_reports;
};

} // namespace bs::gui
