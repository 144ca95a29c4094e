#include "ParallelFor.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace fc {

namespace {

// How many parallelFor calls that share the cores out are running on this thread: one inside
// another would only start more threads than cores.
thread_local int sharingDepth = 0;

struct SharingScope
{
    SharingScope() { ++sharingDepth; }
    ~SharingScope() { --sharingDepth; }
    SharingScope(const SharingScope &) = delete;
    SharingScope &operator=(const SharingScope &) = delete;
};

} // namespace

int effectiveThreadCount(int requested)
{
    return requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}

int availableThreadCount(int requested)
{
    return sharingDepth > 0 ? 1 : effectiveThreadCount(requested);
}

bool parallelFor(qsizetype count, int threads, const std::function<bool(qsizetype)> &work)
{
    const int n = int(std::min<qsizetype>(availableThreadCount(threads), count));
    if (n <= 1) {
        for (qsizetype i = 0; i < count; ++i) {
            if (!work(i))
                return false;
        }
        return true;
    }
    std::atomic<qsizetype> next{0};
    std::atomic<bool> stopped{false};
    const auto drain = [&] {
        const SharingScope scope;
        while (!stopped.load(std::memory_order_relaxed)) {
            const qsizetype i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= count)
                return;
            if (!work(i))
                stopped.store(true, std::memory_order_relaxed);
        }
    };
    // A pool of its own rather than the global one: the caller may itself be a task of the
    // global pool (the workbench analyses in the background), and waiting there for tasks
    // queued behind it could wait forever.
    QThreadPool pool;
    pool.setMaxThreadCount(n - 1);
    for (int t = 1; t < n; ++t)
        pool.start(drain);
    drain();
    pool.waitForDone();
    return !stopped.load();
}

} // namespace fc
