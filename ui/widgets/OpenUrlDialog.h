#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>
#include <QUrl>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fc::ui {

// Asks for the web addresses (http or https) of one or more articles, one per line. Open is
// enabled while every line is such an address; the others are named under the list.
class OpenUrlDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenUrlDialog(QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *openButton() const { return m_open; }
    QList<QUrl> urls() const; // the addresses entered, in order, without repeats

    // Addresses in text (separated by line breaks or spaces); what is not an http(s) URL
    // with a host goes to *invalid.
    static QList<QUrl> parseUrls(const QString &text, QStringList *invalid = nullptr);

private:
    void validate();

    QPlainTextEdit *m_editor;
    QLabel *m_problem;
    QPushButton *m_open;
};

} // namespace fc::ui
