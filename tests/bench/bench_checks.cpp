// Alignment and checks cost against the number of claims. Synthetic reports: ten claims per
// article, predicates and participants drawn so that events recur across articles the way a
// story's do, a few dates and figures per event so conflicts, revisions and corroborations all
// occur. Run by hand: build/dev/bin/bench_checks (timings are notes, not assertions).

#include "checks/CheckContext.h"
#include "checks/Checkers.h"
#include "checks/Checks.h"
#include "timeline/TimelineBuilder.h"

#include <benchmark/benchmark.h>

#include <QString>

namespace {

using namespace fc;

Report syntheticReport(int claims)
{
    static const char *predicates[] = {"sign", "ratify", "invade", "deploy", "die", "flood", "evacuate", "rise"};
    static const char *nouns[] = {"tentara", "orang", "rumah", "warga"};
    const int perArticle = 10;
    const int articles = std::max(1, claims / perArticle);
    const int entities = std::max(4, claims / 20);
    Report report;
    quint32 seed = 12345;
    auto next = [&seed](quint32 n) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % n;
    };
    for (int a = 0; a < articles; ++a) {
        Article art;
        art.id = QStringLiteral("d%1").arg(a + 1);
        art.meta.language = QStringLiteral("id");
        art.meta.published = QDate(2025, 3, 1).addDays(int(next(5)));
        for (int c = 0; c < perArticle; ++c) {
            const QString predicate = QString::fromLatin1(predicates[next(8)]);
            const int entity = int(next(quint32(entities)));
            Claim claim;
            const qsizetype start = art.text.size();
            const QString sentence = QStringLiteral("E%1 %2 pada 2024 sekitar 100 orang. ").arg(entity).arg(predicate);
            art.text += sentence;
            claim.span = Span{start, start + sentence.size() - 1};
            claim.predicate = predicate;
            claim.family = predicate;
            claim.triggerSpan =
                Span{start + sentence.indexOf(predicate), start + sentence.indexOf(predicate) + predicate.size()};
            claim.trigger = predicate;
            Mention m;
            m.type = MentionType::Person;
            m.span = Span{start, start + sentence.indexOf(QLatin1Char(' '))};
            m.text = art.text.mid(m.span.start, m.span.length());
            m.entityId = QStringLiteral("e%1").arg(entity);
            art.mentions.append(m);
            claim.agentMentions.append(int(art.mentions.size() - 1));
            TimeExpression t;
            t.span = Span{start + sentence.indexOf(u"2024"), start + sentence.indexOf(u"2024") + 4};
            t.value.begin = t.value.end = QDate(2024, 1 + int(next(2)), 1);
            t.value.granularity = Granularity::Month;
            art.times.append(t);
            claim.time = int(art.times.size() - 1);
            Quantity q;
            q.span = Span{start + sentence.indexOf(u"100"), start + sentence.indexOf(u"100") + 3};
            q.value = q.low = q.high = 100 + 10 * double(next(3));
            q.noun = QString::fromLatin1(nouns[next(4)]);
            art.quantities.append(q);
            claim.quantity = int(art.quantities.size() - 1);
            claim.revision = next(50) == 0;
            claim.modality = next(20) == 0 ? Modality::Alleged : Modality::Stated;
            art.claims.append(claim);
        }
        report.articles.append(art);
    }
    for (int e = 0; e < entities; ++e) {
        Entity ent;
        ent.id = QStringLiteral("e%1").arg(e);
        ent.name = QStringLiteral("E%1").arg(e);
        report.entities.append(ent);
    }
    return report;
}

void BM_Alignment(benchmark::State &state)
{
    const Report report = syntheticReport(int(state.range(0)));
    for (auto _ : state) {
        CheckContext context(report);
        benchmark::DoNotOptimize(context.events().size());
    }
    state.SetComplexityN(state.range(0));
}

void BM_ChecksAndTimeline(benchmark::State &state)
{
    Report report = syntheticReport(int(state.range(0)));
    for (auto _ : state) {
        report.findings = runChecks(report);
        report.timeline = buildTimeline(report);
        benchmark::DoNotOptimize(report.findings.size());
    }
    state.counters["findings"] = double(report.findings.size());
    state.SetComplexityN(state.range(0));
}

// One checker alone (first argument: its index in allCheckers()), to find which one grows
// faster than the claims.
void BM_OneChecker(benchmark::State &state)
{
    const Report report = syntheticReport(int(state.range(1)));
    const CheckContext context(report);
    const auto checkers = allCheckers();
    const Checker &checker = *checkers.at(std::size_t(state.range(0)));
    state.SetLabel(checker.kind().toStdString());
    for (auto _ : state)
        benchmark::DoNotOptimize(checker.check(context).size());
}

void BM_Timeline(benchmark::State &state)
{
    Report report = syntheticReport(int(state.range(0)));
    report.findings = runChecks(report);
    for (auto _ : state)
        benchmark::DoNotOptimize(buildTimeline(report).size());
    state.SetComplexityN(state.range(0));
}

} // namespace

BENCHMARK(BM_OneChecker)->ArgsProduct({{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1000, 10000}})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Timeline)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity();
BENCHMARK(BM_Alignment)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity();
BENCHMARK(BM_ChecksAndTimeline)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity();
BENCHMARK_MAIN();
