#include "OcrLanguagesDialog.h"

#include "ingest/ImageTextHook.h"
#include "models/OcrLanguageSetting.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc::ui {

OcrLanguagesDialog::OcrLanguagesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_editor(new QLineEdit)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Text Recognition Languages"));
    auto *label = new QLabel(tr("&Languages of the text in screenshots of articles:"));
    label->setBuddy(m_editor);
    m_editor->setAccessibleName(tr("Text recognition languages"));
    m_editor->setText(OcrLanguageSetting(settings).languages());
    m_editor->setPlaceholderText(defaultOcrLanguages());
    m_editor->setClearButtonEnabled(true);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    auto *note = new QLabel(tr("Tesseract's language codes joined by +, such as %1 (the default, used when this "
                               "is empty). Each needs its data installed (on Debian, the package "
                               "tesseract-ocr-<code>). Images opened from now on are read in these languages.")
                                .arg(defaultOcrLanguages()));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QLineEdit::textEdited, m_problem, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_editor);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    m_editor->setFocus();
}

void OcrLanguagesDialog::accept()
{
    // The check loads Tesseract's models for the languages: a moment, shown as busy.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = OcrLanguageSetting(m_settings).choose(m_editor->text());
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        m_problem->setText(tr("Not changed: %1.").arg(error));
        m_problem->show();
        m_editor->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace fc::ui
