// Stands in for the workbench during the data-safety tests: opens a project for writing and
// records review decisions one by one as an editor would, printing "committed N" after each
// one has returned (so the test knows what the store promised), or holds the project's lock.
//
//   project_review_writer PROJECT COUNT   record COUNT decisions (every 4th also adds an article)
//   project_review_writer PROJECT --hold  open, print "locked", wait until stdin closes
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace fc;

// The decision the writer records as number i; the test checks against the same function.
static ReviewDecision decisionFor(int i)
{
    static const ReviewStatus statuses[] = {ReviewStatus::Confirmed, ReviewStatus::Dismissed, ReviewStatus::NeedsCheck};
    return {QStringLiteral("finding-%1").arg(i, 5, 10, QLatin1Char('0')),
            statuses[i % 3],
            QStringLiteral("catatan %1 — dicek ulang").arg(i),
            {}};
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: project_review_writer PROJECT COUNT|--hold" << Qt::endl;
        return 2;
    }
    ProjectStore store;
    QString error;
    if (!store.open(args.at(1), ProjectStore::Mode::ReadWrite, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    if (args.at(2) == u"--hold") {
        std::printf("locked\n");
        std::fflush(stdout);
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        in.readAll();
        return 0;
    }
    const int count = args.at(2).toInt();
    for (int i = 1; i <= count; ++i) {
        if (i % 4 == 0) {
            // Bigger commits now and then, so a kill can land in the middle of one.
            const QByteArray bytes =
                QByteArray("Artikel ") + QByteArray::number(i) + '\n' + QByteArray(256 * 1024, char('a' + i % 26));
            if (!store.addArticle({QStringLiteral("added-%1.txt").arg(i), {}, bytes}, &error)) {
                err << error << Qt::endl;
                return 1;
            }
        }
        const ReviewDecision d = decisionFor(i);
        if (!store.setDecision(d.key, d.status, d.note, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
