#pragma once

#include "model/Article.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace fc {

struct LanguageGuess
{
    QString language;      // a registered code, or empty when the text gives no evidence or a tie
    double confidence = 0; // 0..1
    int evidence = 0;      // function words seen
    QList<int> words;      // function words of each language, in allLanguages() order
};

// The one language guesser: the language whose function words (each record's stopwords
// resource) a text uses most. A tie is no guess: callers treat it as unknown. Short texts get
// a low confidence rather than a confident guess.
LanguageGuess identifyLanguage(QStringView text);

// The guess for counts of function words per language (e.g. summed over paragraphs), in
// allLanguages() order.
LanguageGuess languageFromCounts(const QList<int> &words);

// The language an article's rules are chosen by: its stated language when that is registered,
// else the guess from its text (empty when the text does not decide).
QString articleLanguage(const Article &article);

} // namespace fc
