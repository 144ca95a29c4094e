#pragma once

#include <QString>
#include <QStringList>

namespace fc::ui {

// The example story installed with the program (README's "Examples"): its folder, found
// beside the program (<prefix>/share/doc/factcheck/examples on Linux), where the environment
// variable FACTCHECK_EXAMPLES points, or, for a program run from its build tree, in the source
// tree (resources/examples); empty when none has articles.
QString exampleFolder();
// Its articles (*.txt), sorted by name; empty when there is no example folder.
QStringList exampleArticles();

} // namespace fc::ui
