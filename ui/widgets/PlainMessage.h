#pragma once

#include <QString>

class QWidget;

namespace fc::ui {

// A warning whose text names files or comes from the web (an error with a path): shown as
// plain text, since QMessageBox's automatic format would render "<img src=x>.fcproj" as markup.
void warnPlainly(QWidget *parent, const QString &title, const QString &text);

} // namespace fc::ui
