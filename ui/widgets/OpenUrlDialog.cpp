#include "OpenUrlDialog.h"

#include "net/UrlFetcher.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace fc::ui {

OpenUrlDialog::OpenUrlDialog(QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Open URL"));
    auto *label = new QLabel(tr("&Web addresses of the articles, one per line:"));
    label->setBuddy(m_editor);
    m_editor->setAccessibleName(tr("Web addresses"));
    m_editor->setPlaceholderText(tr("https://news.example/2024/06/20/article.html"));
    m_editor->setTabChangesFocus(true);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    auto *note = new QLabel(tr("The pages are fetched in the background; in a review project their "
                               "content is kept, so they are not fetched again."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    m_open = buttons->button(QDialogButtonBox::Open);
    m_open->setText(tr("&Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &OpenUrlDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(640, 320);
    m_editor->setFocus();
    validate();
}

QList<QUrl> OpenUrlDialog::parseUrls(const QString &text, QStringList *invalid)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QList<QUrl> urls;
    for (const QString &word : text.split(space, Qt::SkipEmptyParts)) {
        const QUrl url(word, QUrl::StrictMode);
        if (isWebUrl(word) && url.isValid() && !url.host().isEmpty()) {
            if (!urls.contains(url))
                urls << url;
        } else if (invalid) {
            *invalid << word;
        }
    }
    return urls;
}

QList<QUrl> OpenUrlDialog::urls() const
{
    return parseUrls(m_editor->toPlainText());
}

void OpenUrlDialog::validate()
{
    QStringList invalid;
    const QList<QUrl> urls = parseUrls(m_editor->toPlainText(), &invalid);
    m_open->setEnabled(!urls.isEmpty() && invalid.isEmpty());
    m_problem->setVisible(!invalid.isEmpty());
    m_problem->setText(tr("Not a web address (http:// or https://): %1").arg(invalid.join(QStringLiteral(", "))));
}

} // namespace fc::ui
