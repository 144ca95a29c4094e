#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <limits>

// Cost tests: how the time of one step grows when its input grows fourfold, measured as a
// ratio within one run (so the machine's speed cancels out), never as a wall-clock budget.
// Linear work gives about 4, n log n a little more, quadratic work 16.
namespace fc::test {

// Work that is at most n log n within noise: fourfold input, at most this much more time
// (2.5 per doubling, squared).
constexpr double MaxGrowthPerFourfold = 6.5;

// The best of five runs of `repeats` calls of work(scale), in nanoseconds: the least disturbed
// by other load.
inline qint64 bestTime(const std::function<void(int)> &work, int scale, int runs = 5, int repeats = 1)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (int k = 0; k < repeats; ++k)
            work(scale);
        best = std::min(best, timer.nsecsElapsed());
    }
    return std::max<qint64>(best, 1);
}

// How many calls of work(scale) make a measurement of at least 5 ms: a run of a fraction of a
// millisecond is mostly timer and scheduler noise (a Markdown row measured 2.6x to 9.3x).
inline int repeatsForSteadyTime(const std::function<void(int)> &work, int scale)
{
    constexpr qint64 steady = 5'000'000;
    const qint64 once = bestTime(work, scale, 3);
    return int(std::clamp<qint64>(steady / once + 1, 1, 1000));
}

// time(work(4 * scale)) / time(work(scale)), the lowest of up to `attempts` measurements: on a
// loaded machine every one of five runs of a few milliseconds can be preempted, which read as
// 7-12x for steps that measure 4x when the machine is quiet. Noise passes on another attempt;
// a super-linear step (about 16x) fails every one.
inline double fourfoldGrowth(const std::function<void(int)> &work, int scale, int attempts = 3)
{
    work(scale); // warm up caches and lazily loaded resources
    const int repeats = repeatsForSteadyTime(work, scale);
    double lowest = std::numeric_limits<double>::max();
    for (int a = 0; a < attempts && lowest > MaxGrowthPerFourfold; ++a) {
        const qint64 small = bestTime(work, scale, 5, repeats);
        const qint64 large = bestTime(work, 4 * scale, 5, repeats);
        lowest = std::min(lowest, double(large) / double(small));
    }
    return lowest;
}

} // namespace fc::test
