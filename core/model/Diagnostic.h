#pragma once

#include <QString>

namespace fc {

// Something worth telling the user about one input: never fatal for the others.
struct Diagnostic
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    QString input;   // the file path or URL as the user gave it
    QString message; // one sentence, translated, naming the reason

    QString toString() const { return input + QLatin1String(": ") + message; }
};

} // namespace fc
