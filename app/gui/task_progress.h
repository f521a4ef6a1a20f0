// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The use cases' progress in a Task: each stage in the user's words, with its fraction.
#include "task.h"
#include "wallet/progress.h"

namespace bs::gui {

// "Generating proof 42 %", "Waiting for confirmations 1 of 3", ...
QString stageText(const wallet::ProgressStep& step);

class TaskProgress final : public wallet::Progress
{
public:
    explicit TaskProgress(const TaskContext& ctx)
        : m_ctx(ctx)
    {}
    void report(const wallet::ProgressStep& step) override;
    void setCancellable(bool cancellable) override { m_ctx.setCancellable(cancellable); }

private:
    const TaskContext& m_ctx;
};

} // namespace bs::gui
