// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One piece of long work (a scan, a proof, a claim) run off the GUI thread, with its state
// for the views: running, the stage in words, progress, the error, and Cancel.
//
// The work is a blocking function run on its own thread; it reports progress through its
// TaskContext and ends by returning what to apply on the GUI thread (a closure that updates
// the view model) or an error. Cancel asks the work to stop through a std::stop_token; the
// work decides where stopping is safe (a claim never stops between sending and recording).
// Destroying the Task (with its view model) cancels and waits for the work, and drops any
// result still in flight, so nothing outlives the objects it refers to.
#include "guiapp.h"
#include "util/result.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <stop_token>
#include <thread>

namespace bs::gui {

// What the work sees. progress() may be called from the work's thread at any rate; the
// views get at most the latest value.
class TaskContext
{
public:
    std::stop_token stopToken() const { return m_stop; }
    bool stopRequested() const { return m_stop.stop_requested(); }
    // `fraction` in 0..1, or negative when the length of the stage is not known.
    void progress(const QString& stage, double fraction = -1.0) const;
    // Whether Cancel is offered from now on (e.g. off once a transaction is broadcast).
    void setCancellable(bool cancellable) const;

private:
    friend class Task;
    TaskContext(class Task* task, std::stop_token stop, std::uint64_t generation)
        : m_task(task)
        , m_stop(std::move(stop))
        , m_generation(generation)
    {}
    class Task* m_task;
    std::stop_token m_stop;
    std::uint64_t m_generation;
};

class Task : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(QString stage READ stage NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(bool cancellable READ cancellable NOTIFY progressChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY finished)

public:
    // What the work returns: the update to apply on the GUI thread, or the error.
    using Apply = std::function<void()>;
    using Work = std::function<Result<Apply>(const TaskContext&)>;

    explicit Task(QObject* parent = nullptr);
    ~Task() override;

    // Starts `work` unless one is running (returns false then). `initialStage` is shown at
    // once. On success the returned closure runs on the GUI thread, then finished(true).
    bool start(const QString& initialStage, Work work);

    bool running() const { return m_running; }
    QString stage() const { return m_stage; }
    double progress() const { return m_progress; }
    bool cancellable() const { return m_cancellable; }
    // Worded when read, so that it follows a language switch.
    QString error() const { return m_error.text(); }
    bool succeeded() const { return m_succeeded; }

    Q_INVOKABLE void cancel();
    // Cancels and waits for the work to end; its result is dropped.
    void stopAndWait();

Q_SIGNALS:
    void runningChanged();
    void progressChanged();
    void finished(bool ok);
    void errorChanged();

private:
    friend class TaskContext;
    void postProgress(std::uint64_t generation, const QString& stage, double fraction);
    void postCancellable(std::uint64_t generation, bool cancellable);
    void complete(std::uint64_t generation, Result<Apply> result);

    std::jthread m_thread;
    std::uint64_t m_generation = 0; // results of a stopped run are ignored
    bool m_running = false;
    QString m_stage;
    double m_progress = -1.0;
    bool m_cancellable = true;
    Wording m_error;
    bool m_succeeded = false;
};

} // namespace bs::gui
