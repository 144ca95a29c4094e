#pragma once

#include <QtGlobal>

#include <functional>

namespace fc {

// The number of threads a run uses when asked for `requested` (0: one per core the process
// may use, as QThread::idealThreadCount() counts them, so `taskset -c 0` means one).
int effectiveThreadCount(int requested);

// The threads a parallelFor called here with `requested` would run on: 1 inside the work of a
// parallelFor that shares the cores out already (see below), else effectiveThreadCount.
int availableThreadCount(int requested);

// Calls work(i) once for every i in [0, count), on up to `threads` threads (the calling one
// included; see effectiveThreadCount), handing out indices in order as threads come free so
// long and short items balance. work must only touch what belongs to item i (results go to
// slot i of a presized list): then the outcome is the same as a loop in order, whatever the
// thread count. Once some work(i) returns false no new index is started and the function
// returns false after the running ones finish; true when every call returned true.
// Called from inside work of a parallelFor that runs on several threads, it runs its own
// items in order on the calling thread: the cores are shared out already.
bool parallelFor(qsizetype count, int threads, const std::function<bool(qsizetype)> &work);

} // namespace fc
