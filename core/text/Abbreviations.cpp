#include "Abbreviations.h"

#include "lang/Language.h"
#include "text/WordList.h"

#include <algorithm>

namespace fc {

const Abbreviations &Abbreviations::bundled()
{
    static const Abbreviations a = [] {
        Abbreviations out;
        for (const LanguageRules *language : allLanguages()) {
            const QString &lang = language->code;
            for (const QString &line :
                 loadWordList(QStringLiteral(":/factcheck/lang/%1/abbreviations.txt").arg(lang))) {
                const QString text = line.section(QLatin1Char('\t'), 0, 0).trimmed();
                const QString kind = line.section(QLatin1Char('\t'), 1, 1).trimmed();
                if (kind == u"acronym")
                    out.m_acronyms.push_back(text);
                else
                    out.m_dotted.push_back(Entry{text, kind == u"final" ? Kind::Final : Kind::Title});
            }
        }
        std::stable_sort(out.m_dotted.begin(), out.m_dotted.end(),
                         [](const Entry &a, const Entry &b) { return a.text.size() > b.text.size(); });
        std::sort(out.m_acronyms.begin(), out.m_acronyms.end());
        out.m_acronyms.erase(std::unique(out.m_acronyms.begin(), out.m_acronyms.end()), out.m_acronyms.end());
        return out;
    }();
    return a;
}

qsizetype Abbreviations::matchDotted(QStringView text, qsizetype pos, Kind *kind) const
{
    const QChar first = text.at(pos);
    for (const Entry &e : m_dotted) {
        if (e.text.at(0) != first || pos + e.text.size() > text.size())
            continue;
        if (text.mid(pos, e.text.size()) != e.text)
            continue;
        // "No." must not match the start of "Nov.x"; the abbreviation ends the word.
        const qsizetype end = pos + e.text.size();
        if (end < text.size() && text.at(end).isLetterOrNumber())
            continue;
        *kind = e.kind;
        return e.text.size();
    }
    return 0;
}

bool Abbreviations::isAcronym(QStringView word) const
{
    const auto it = std::lower_bound(m_acronyms.begin(), m_acronyms.end(), word,
                                     [](const QString &a, QStringView w) { return QStringView(a) < w; });
    return it != m_acronyms.end() && QStringView(*it) == word;
}

} // namespace fc
