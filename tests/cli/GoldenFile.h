#pragma once

#include "TestPaths.h"

#include <QFile>
#include <QTest>

namespace fc::test {

// Golden files live in tests/golden and are compared byte for byte. With FC_UPDATE_GOLDEN=1
// in the environment the output is written there instead (tests/golden/regenerate.sh).
inline bool updatingGolden()
{
    return qEnvironmentVariableIntValue("FC_UPDATE_GOLDEN") == 1;
}

inline QString goldenPath(const QString &name)
{
    return sourcePath(QStringLiteral("tests/golden/") + name);
}

// Returns an empty string when actual matches the golden file (or was written to it),
// otherwise a message saying where the output went and how to look and regenerate.
inline QString compareGolden(const QString &name, const QByteArray &actual)
{
    const QString golden = goldenPath(name);
    if (updatingGolden()) {
        QFile out(golden);
        if (!out.open(QIODevice::WriteOnly) || out.write(actual) != actual.size())
            return QStringLiteral("cannot write %1: %2").arg(golden, out.errorString());
        return {};
    }
    const QString artifact = artifactPath(QStringLiteral("golden-") + name);
    QFile a(artifact);
    if (a.open(QIODevice::WriteOnly))
        a.write(actual);
    a.close();
    QFile expected(golden);
    if (!expected.open(QIODevice::ReadOnly))
        return QStringLiteral("missing golden file %1 (output written to %2); create it with:\n"
                              "  packaging/build-env run tests/golden/regenerate.sh")
            .arg(golden, artifact);
    const QByteArray want = expected.readAll();
    if (want == actual)
        return {};
    const QList<QByteArray> wantLines = want.split('\n');
    const QList<QByteArray> gotLines = actual.split('\n');
    qsizetype line = 0;
    while (line < wantLines.size() && line < gotLines.size() && wantLines.at(line) == gotLines.at(line))
        ++line;
    return QStringLiteral("%1 differs from the output, first at line %2:\n"
                          "  golden: %3\n  output: %4\n"
                          "See the whole difference with:\n  diff -u %1 %5\n"
                          "If the change is intended (the analysis or the writer changed), regenerate every "
                          "golden file with:\n  packaging/build-env run tests/golden/regenerate.sh\n"
                          "and review the diff before committing.")
        .arg(golden)
        .arg(line + 1)
        .arg(QString::fromUtf8(wantLines.value(line).left(160)), QString::fromUtf8(gotLines.value(line).left(160)),
             artifact);
}

} // namespace fc::test
