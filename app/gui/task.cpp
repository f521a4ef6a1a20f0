// SPDX-License-Identifier: GPL-3.0-or-later
#include "task.h"

#include "error_text.h"

#include <QMetaObject>

namespace bs::gui {

void TaskContext::progress(const QString& stage, double fraction) const
{
    m_task->postProgress(m_generation, stage, fraction);
}

void TaskContext::setCancellable(bool cancellable) const
{
    m_task->postCancellable(m_generation, cancellable);
}

Task::Task(QObject* parent)
    : QObject(parent)
{
    LanguageChange::follow(this, &Task::errorChanged);
}

Task::~Task()
{
    stopAndWait();
}

bool Task::start(const QString& initialStage, Work work)
{
    if (m_running)
        return false;
    // A previous run's thread has finished its work (m_running is false only after its
    // result arrived or it was stopped); join it before reusing the member.
    if (m_thread.joinable())
        m_thread.join();
    const std::uint64_t generation = ++m_generation;
    m_running = true;
    m_stage = initialStage;
    m_progress = -1.0;
    m_cancellable = true;
    m_error = {};
    m_succeeded = false;
    Q_EMIT errorChanged();
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
    m_thread = std::jthread([this, generation, work = std::move(work)](std::stop_token stop) {
        const TaskContext context(this, stop, generation);
        Result<Apply> result = [&]() -> Result<Apply> {
            try {
                return work(context);
            } catch (const std::exception& e) {
                // A bug, not a user error; it must not take the app down with it.
                return fail(tr("internal error: %1").arg(QString::fromUtf8(e.what())).toStdString());
            }
        }();
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = std::move(result)]() mutable {
                complete(generation, std::move(result));
            },
            Qt::QueuedConnection);
    });
    return true;
}

void Task::cancel()
{
    if (m_running && m_cancellable)
        m_thread.request_stop();
}

void Task::stopAndWait()
{
    if (!m_thread.joinable())
        return;
    m_thread.request_stop();
    m_thread.join();
    ++m_generation; // the queued result, if any, is dropped
    if (m_running) {
        m_running = false;
        m_error = Wording([] { return tr("Stopped."); });
        Q_EMIT errorChanged();
        Q_EMIT runningChanged();
        Q_EMIT finished(false);
    }
}

void Task::postProgress(std::uint64_t generation, const QString& stage, double fraction)
{
    QMetaObject::invokeMethod(
        this,
        [this, stage, fraction, generation] {
            if (generation != m_generation || !m_running)
                return;
            m_stage = stage;
            m_progress = fraction;
            Q_EMIT progressChanged();
        },
        Qt::QueuedConnection);
}

void Task::postCancellable(std::uint64_t generation, bool cancellable)
{
    QMetaObject::invokeMethod(
        this,
        [this, cancellable, generation] {
            if (generation != m_generation || !m_running)
                return;
            m_cancellable = cancellable;
            Q_EMIT progressChanged();
        },
        Qt::QueuedConnection);
}

void Task::complete(std::uint64_t generation, Result<Apply> result)
{
    if (generation != m_generation || !m_running)
        return;
    m_running = false;
    if (result) {
        if (*result)
            (*result)();
        m_succeeded = true;
        m_error = {};
    } else {
        m_succeeded = false;
        m_error = Wording([error = result.error()] { return errorText(error); });
    }
    Q_EMIT errorChanged();
    Q_EMIT runningChanged();
    Q_EMIT finished(m_succeeded);
}

} // namespace bs::gui
