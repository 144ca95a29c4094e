#pragma once

#include <QDialog>

class QTextBrowser;

namespace fc::ui {

// Help › Manual (F1): the short manual compiled into the program (resources/help), in the
// interface language, Indonesian or English.
class ManualDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ManualDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

    // The manual's Markdown in `language` ("en", "id"); English when there is none in it.
    static QString manualMarkdown(const QString &language);

private:
    QTextBrowser *m_browser;
};

} // namespace fc::ui
