#include "AnnotatedCorpus.h"

#include <QFile>

namespace fc {

bool readAnnotatedCorpus(const QString &path, const QHash<QString, QString> &typeMap, QList<AnnotatedSentence> *out,
                         QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString());
        return false;
    }
    AnnotatedSentence current;
    int lineNo = 0;
    auto flush = [&] {
        if (!current.tokens.isEmpty())
            out->append(current);
        current = {};
    };
    while (!file.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        // IDNer2k separates its columns by spaces, NERGrit and NERP by a tab.
        const QStringList parts = line.simplified().split(u' ');
        if (parts.size() < 2) {
            if (error)
                *error = QStringLiteral("%1:%2: a token without a tag").arg(path).arg(lineNo);
            return false;
        }
        const QString token = parts.first().trimmed();
        const QString tag = parts.last().trimmed();
        QString mapped = QStringLiteral("O");
        if (tag != u"O") {
            if (tag.size() < 3 || (tag.at(0) != u'B' && tag.at(0) != u'I') || tag.at(1) != u'-') {
                if (error)
                    *error = QStringLiteral("%1:%2: \"%3\" is no BIO tag").arg(path).arg(lineNo).arg(tag);
                return false;
            }
            const QString type = typeMap.value(tag.mid(2));
            if (!type.isEmpty()) {
                // An I- tag after a dropped or different type starts a name of its own.
                const bool continues =
                    tag.at(0) == u'I' && !current.tags.isEmpty() && current.tags.last().mid(2) == type;
                mapped = (continues ? QStringLiteral("I-") : QStringLiteral("B-")) + type;
            }
        }
        current.tokens.append(token);
        current.tags.append(mapped);
    }
    flush();
    return true;
}

QString joinedText(const AnnotatedSentence &sentence, QList<AnnotatedSpan> *spans)
{
    QString text;
    AnnotatedSpan open;
    bool inName = false;
    for (qsizetype i = 0; i < sentence.tokens.size(); ++i) {
        if (i > 0)
            text.append(u' ');
        const QString &tag = sentence.tags.at(i);
        if (inName && !tag.startsWith(u'I')) {
            spans->append(open);
            inName = false;
        }
        if (tag.startsWith(u'B')) {
            open = {text.size(), 0, tag.mid(2)};
            inName = true;
        }
        text.append(sentence.tokens.at(i));
        if (inName)
            open.end = text.size();
    }
    if (inName)
        spans->append(open);
    return text;
}

} // namespace fc
