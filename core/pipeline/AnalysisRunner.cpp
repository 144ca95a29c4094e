#include "AnalysisRunner.h"

#include <QMetaObject>
#include <QThread>

#include <utility>

namespace fc {

AnalysisRunner::AnalysisRunner(QObject *parent)
    : QObject(parent)
{
}

AnalysisRunner::~AnalysisRunner()
{
    m_queue.clear();
    if (m_cancel)
        *m_cancel = true;
    if (m_thread) {
        // The run posts to this object until it returns: wait, so nothing is posted to a
        // destroyed runner (events already posted are dropped with it).
        m_thread->wait();
        delete m_thread;
    }
}

void AnalysisRunner::enqueue(Job job, AnalysisOptions options)
{
    m_queue.append({std::move(job), std::move(options)});
    if (!m_thread)
        startNext();
}

void AnalysisRunner::cancel()
{
    m_queue.clear();
    if (m_cancel)
        *m_cancel = true;
}

void AnalysisRunner::startNext()
{
    if (m_queue.isEmpty())
        return;
    Run run = m_queue.takeFirst();
    const quint64 id = ++m_run;
    m_done = 0;
    m_total = 0;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    AnalysisOptions options = std::move(run.options);
    options.cancelled = [cancel, outer = std::move(options.cancelled)] { return cancel->load() || (outer && outer()); };
    // From the analysing threads: posted to this object's thread, where the count is kept.
    options.progress = [this, id, outer = std::move(options.progress)](qsizetype done, qsizetype total,
                                                                       const Article &article) {
        if (outer)
            outer(done, total, article);
        QMetaObject::invokeMethod(this, [this, id, done, total] { progressed(id, done, total); }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([this, job = std::move(run.job), options = std::move(options), cancel] {
        auto report = std::make_shared<const Report>(job(options));
        const bool wasCancelled = cancel->load();
        QMetaObject::invokeMethod(this, [this, report, wasCancelled] { runDone(report, wasCancelled); },
                                  Qt::QueuedConnection);
    });
    m_thread->start();
}

void AnalysisRunner::progressed(quint64 run, qsizetype done, qsizetype total)
{
    // Threads count in order but may post out of order: the count only grows.
    if (run != m_run || done <= m_done)
        return;
    m_done = done;
    m_total = total;
    Q_EMIT progress(m_done, m_total);
}

void AnalysisRunner::runDone(const std::shared_ptr<const Report> &report, bool wasCancelled)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_cancel.reset();
    ++m_run; // late progress of this run is ignored
    // Queued runs start before anyone hears of this one, so isRunning() tells "still busy".
    startNext();
    if (wasCancelled)
        Q_EMIT cancelled();
    else
        Q_EMIT finished(report);
}

} // namespace fc
