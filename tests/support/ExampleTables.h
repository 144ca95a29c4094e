#pragma once

#include "TestPaths.h"
#include "lang/Language.h"

#include <QFile>
#include <QList>
#include <QStringList>

// The example tables that live beside each language's rules (core/lang/<code>/examples/*.tsv):
// one case a line, tab-separated. Every data-driven test of a rule family reads its table
// through here, for every registered language, so a third language's table is read the day
// the language is registered.
namespace fc::test {

struct ExampleRow
{
    QString language; // the registered language's code
    int line = 0;     // 1-based line in its table
    QStringList cells;

    // "id:12": the row's name in test output.
    QString name() const { return language + u':' + QString::number(line); }
};

// Whether every registered language must have the table.
enum class TablePresence { Required, Optional };

// Every row of the table `name` of every registered language, in registry order, then line
// order; empty lines and lines starting with '#' are skipped. A missing required table, or a
// row without exactly `columns` cells, sets *error to "path:line: what" and ends the reading.
inline QList<ExampleRow> exampleRows(const QString &name, int columns, QString *error,
                                     TablePresence presence = TablePresence::Required)
{
    QList<ExampleRow> rows;
    error->clear();
    for (const LanguageRules *rules : allLanguages()) {
        const QString path = sourcePath(QStringLiteral("core/lang/%1/examples/%2").arg(rules->code, name));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (presence == TablePresence::Optional && !file.exists())
                continue;
            *error = path + QStringLiteral(": ") + file.errorString();
            return rows;
        }
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            QString text = QString::fromUtf8(file.readLine());
            while (text.endsWith(u'\n') || text.endsWith(u'\r'))
                text.chop(1);
            if (text.trimmed().isEmpty() || text.startsWith(u'#'))
                continue;
            const QStringList cells = text.split(u'\t');
            if (cells.size() != columns) {
                *error = QStringLiteral("%1:%2: %3 columns expected, found %4")
                             .arg(path)
                             .arg(line)
                             .arg(columns)
                             .arg(cells.size());
                return rows;
            }
            rows.append({rules->code, line, cells});
        }
    }
    return rows;
}

} // namespace fc::test
