#include "NumberParser.h"

#include "lang/Language.h"

#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <vector>

namespace fc {

namespace {

bool isLetter(QChar c)
{
    return c.isLetter();
}

// The word starting at pos and the position after it (letters, and an inner apostrophe).
qsizetype wordEnd(QStringView text, qsizetype pos)
{
    qsizetype i = pos;
    while (i < text.size() && isLetter(text[i]))
        ++i;
    return i;
}

} // namespace

NumberParser::NumberParser(const NumberRuleSet &rules)
    : m_rules(rules)
{
    const auto note = [this](const QString &w) {
        m_longest = std::max(m_longest, w.size());
        const QString lower = w.toLower();
        if (!lower.isEmpty() && lower.front().unicode() < 128)
            m_asciiFirst[lower.front().unicode()] = true;
    };
    for (qsizetype i = 0; i < rules.words.size(); ++i) {
        const QString w = QString::fromUtf8(rules.words[i].word);
        m_index.insert(w, i);
        note(w);
    }
    for (const char *j : rules.hundredJoiners)
        note(QString::fromUtf8(j));
}

const NumberWord *NumberParser::word(const QString &lower) const
{
    const auto it = m_index.constFind(lower);
    return it == m_index.cend() ? nullptr : &m_rules.words[*it];
}

bool NumberParser::mayBeNumberWord(QStringView word) const
{
    // Lower-casing never shortens a word, and an ASCII letter lower-cases to an ASCII letter;
    // a first letter beyond ASCII may lower-case to anything, so it always may.
    if (word.isEmpty() || word.size() > m_longest)
        return false;
    const char16_t first = word.front().unicode();
    if (first >= 128)
        return true;
    const char16_t lower = first >= u'A' && first <= u'Z' ? char16_t(first + (u'a' - u'A')) : first;
    return m_asciiFirst[lower];
}

std::optional<ParsedNumber> NumberParser::numeralAt(QStringView text, qsizetype pos) const
{
    const auto digitsEnd = [&](qsizetype i) {
        while (i < text.size() && text[i].isDigit())
            ++i;
        return i;
    };
    if (pos >= text.size() || !text[pos].isDigit())
        return std::nullopt;
    qsizetype i = digitsEnd(pos);
    QString plain = text.mid(pos, i - pos).toString();
    bool grouped = false;
    // Thousands groups: only after 1-3 leading digits, exactly three digits each.
    if (i - pos <= 3) {
        while (i + 3 < text.size() + 0 && text[i] == m_rules.thousands && digitsEnd(i + 1) == i + 4) {
            plain += text.mid(i + 1, 3);
            i += 4;
            grouped = true;
        }
    }
    if (i + 1 < text.size() && text[i] == m_rules.decimal && text[i + 1].isDigit()) {
        const qsizetype e = digitsEnd(i + 1);
        plain += QLatin1Char('.') + text.mid(i + 1, e - i - 1);
        i = e;
    }
    // "2.5" in Indonesian, "1.200" read as 1 in English: the other notation, not ours.
    if (i + 1 < text.size() && (text[i] == QLatin1Char('.') || text[i] == QLatin1Char(',')) && text[i + 1].isDigit())
        return std::nullopt;
    if (i < text.size() && (text[i].isLetterOrNumber()))
        return std::nullopt;
    bool ok = false;
    const double v = plain.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    ParsedNumber n;
    n.value = n.high = v;
    n.grouped = grouped;
    n.end = i;
    return n;
}

std::optional<ParsedNumber> NumberParser::wordsAt(QStringView text, qsizetype pos) const
{
    if (pos > 0 && text[pos - 1].isLetterOrNumber())
        return std::nullopt;
    double total = 0, group = 0, last = 0;
    double vagueLow = -1, vagueHigh = -1;
    bool any = false, pendingArticle = false, afterHundred = false;
    qsizetype end = pos, i = pos;
    while (i < text.size()) {
        const qsizetype e = wordEnd(text, i);
        if (e == i || !mayBeNumberWord(text.mid(i, e - i)))
            break; // neither a number word nor a joiner
        const QString lower = text.mid(i, e - i).toString().toLower();
        const NumberWord *w = word(lower);
        const auto isHundredJoiner = [this, &lower] {
            return std::any_of(m_rules.hundredJoiners.cbegin(), m_rules.hundredJoiners.cend(),
                               [&lower](const char *j) { return lower == QLatin1String(j); });
        };
        if (!w && afterHundred && any && isHundredJoiner()) {
            // "one hundred and five": keep reading, but only a number word may follow.
        } else if (!w) {
            break;
        } else {
            bool take = true;
            switch (w->kind) {
            case NumberWordKind::Unit:
                if (vagueLow >= 0 || pendingArticle || (last != 0 && (last < 10 || last <= w->value))) {
                    take = false;
                    break;
                }
                group += w->value;
                last = w->value;
                break;
            case NumberWordKind::Teen:
                if (last < 1 || last > 9) {
                    take = false;
                    break;
                }
                group += w->value;
                last = 0;
                break;
            case NumberWordKind::TimesLast:
                if (last < 1 || last > 9) {
                    take = false;
                    break;
                }
                group += last * (w->value - 1);
                last = 0;
                break;
            case NumberWordKind::TimesGroup:
                if (group <= 0 || vagueLow >= 0) {
                    take = false;
                    break;
                }
                group *= w->value;
                last = 0;
                pendingArticle = false;
                afterHundred = true;
                break;
            case NumberWordKind::Scale:
                if (vagueLow >= 0 && group == 0) {
                    vagueLow *= w->value;
                    vagueHigh *= w->value;
                } else if (group > 0) {
                    total += group * w->value;
                    group = 0;
                } else if (!any && lower.startsWith(u"se")) {
                    total += w->value; // "seribu", "sejuta"
                } else {
                    take = false;
                    break;
                }
                last = 0;
                pendingArticle = false;
                break;
            case NumberWordKind::Vague:
                if (any) {
                    take = false;
                    break;
                }
                vagueLow = w->value;
                vagueHigh = w->high;
                break;
            case NumberWordKind::Article:
                if (any) {
                    take = false;
                    break;
                }
                group = w->value;
                pendingArticle = true;
                break;
            }
            if (!take)
                break;
            any = true;
            end = e;
        }
        // Words are joined by spaces or hyphens ("twenty-five").
        qsizetype j = e;
        while (j < text.size() && (text[j] == QLatin1Char(' ') || text[j] == QChar(0x00A0)))
            ++j;
        if (j == e && j < text.size() && text[j] == QLatin1Char('-'))
            ++j;
        if (j == e)
            break;
        i = j;
    }
    if (!any || pendingArticle)
        return std::nullopt;
    ParsedNumber n;
    n.words = true;
    n.end = end;
    if (vagueLow >= 0) {
        n.vague = true;
        n.value = vagueLow;
        n.high = vagueHigh;
    } else {
        n.value = n.high = total + group;
    }
    return n;
}

std::optional<double> NumberParser::parse(QStringView text) const
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto n = numeralAt(text, 0); n && n->end == text.size())
        return n->value;
    if (auto n = wordsAt(text, 0); n && n->end == text.size())
        return n->value;
    return std::nullopt;
}

std::optional<std::pair<double, qsizetype>> NumberParser::scaleAt(QStringView text, qsizetype pos) const
{
    const qsizetype e = wordEnd(text, pos);
    if (e == pos)
        return std::nullopt;
    const NumberWord *w = word(text.mid(pos, e - pos).toString().toLower());
    if (!w || w->kind != NumberWordKind::Scale || QString::fromUtf8(w->word).startsWith(u"se"))
        return std::nullopt;
    return std::make_pair(w->value, e);
}

QString NumberParser::wordsPattern() const
{
    QStringList words;
    for (const auto &w : m_rules.words) {
        if (w.kind != NumberWordKind::Article)
            words.append(QRegularExpression::escape(QString::fromUtf8(w.word)));
    }
    std::sort(words.begin(), words.end(),
              [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    const QString one = QStringLiteral("(?:%1)").arg(words.join(QLatin1Char('|')));
    return QStringLiteral("%1(?:(?:\\s|-)+%1)*").arg(one);
}

const NumberParser &numberParser(const QString &language)
{
    // One parser per registered language, built once (the registry is fixed at start-up).
    static const std::vector<std::unique_ptr<NumberParser>> parsers = [] {
        std::vector<std::unique_ptr<NumberParser>> out;
        for (const LanguageRules *l : allLanguages())
            out.push_back(std::make_unique<NumberParser>(l->numberRules()));
        return out;
    }();
    const LanguageRules &rules = languageRulesOrDefault(language);
    return *parsers.at(size_t(allLanguages().indexOf(&rules)));
}

} // namespace fc
