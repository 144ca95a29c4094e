#pragma once

#include "model/Report.h"
#include "pipeline/Analyzer.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace fc {

// Runs analyses off the caller's thread, one after another, for a front end with an event
// loop (the workbench): it owns the queue, the cancel flag and the progress count (articles
// done of the run's total), and hands each finished report out as a shared, immutable
// report that views may keep as long as they show it.
class AnalysisRunner : public QObject
{
    Q_OBJECT
public:
    // One run's work, called on the runner's thread with the options to analyse with (their
    // cancelled and progress are the runner's, chained to the ones given to enqueue). It
    // returns the report; anything else it produces it leaves in what it captured.
    using Job = std::function<Report(const AnalysisOptions &options)>;

    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override; // cancels the run and waits for it: nothing outlives the runner

    // Runs job after the ones enqueued before it.
    void enqueue(Job job, AnalysisOptions options = {});
    // Drops the queued runs and stops the running one at its next step; its report is not
    // handed out (cancelled() instead of finished()).
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    qsizetype done() const { return m_done; }
    qsizetype total() const { return m_total; }

Q_SIGNALS:
    // Articles whose per-article steps finished, of those the run analyses (a project's cached
    // articles are not counted); total 0 until the first one is done.
    void progress(qsizetype done, qsizetype total);
    void finished(std::shared_ptr<const fc::Report> report);
    void cancelled();

private:
    struct Run
    {
        Job job;
        AnalysisOptions options;
    };
    void startNext();
    void runDone(const std::shared_ptr<const Report> &report, bool wasCancelled);
    void progressed(quint64 run, qsizetype done, qsizetype total);

    QList<Run> m_queue;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_run = 0; // progress posted by an earlier run is ignored
    qsizetype m_done = 0;
    qsizetype m_total = 0;
};

} // namespace fc
