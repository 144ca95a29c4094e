#pragma once

#include <QString>
#include <QStringView>

namespace fc {

struct LanguageGuess
{
    QString language;      // "id", "en", or empty when the text gives no evidence
    double confidence = 0; // 0..1
    int evidence = 0;      // function words seen
    int idWords = 0;
    int enWords = 0;
};

// Indonesian or English from the function words a text uses (lists under resources/lang/*/
// stopwords.txt). Short texts get a low confidence rather than a confident guess.
LanguageGuess identifyLanguage(QStringView text);

// The guess for counts of Indonesian and English function words (e.g. summed over paragraphs).
LanguageGuess languageFromCounts(int idWords, int enWords);

} // namespace fc
