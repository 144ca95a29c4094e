#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace fc {

// Indonesian and English abbreviations from resources/lang/{id,en}/abbreviations.txt.
class Abbreviations
{
public:
    enum class Kind {
        Title,   // "Dr.", "Prof.", "H.", "Jl.", "U.S.": a name or a number follows, never a sentence end
        Final,   // "dll.", "dsb.", "etc.", "p.m.": may end a sentence
        Acronym, // "AS", "PBB": written without dots
    };

    static const Abbreviations &bundled();

    // Length of the dotted abbreviation starting at text[pos] (0 if none); *kind is set.
    qsizetype matchDotted(QStringView text, qsizetype pos, Kind *kind) const;
    bool isAcronym(QStringView word) const;

private:
    struct Entry
    {
        QString text;
        Kind kind;
    };
    std::vector<Entry> m_dotted;     // longest first
    std::vector<QString> m_acronyms; // sorted
};

} // namespace fc
