#include "ManualDialog.h"

#include "i18n/Translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fc::ui {

QString ManualDialog::manualMarkdown(const QString &language)
{
    for (const QString &code : {language, QStringLiteral("en")}) {
        QFile file(QStringLiteral(":/help/manual.%1.md").arg(code));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

ManualDialog::ManualDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("manualDialog"));
    setWindowTitle(tr("Fact-checking Workbench Manual"));
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(manualMarkdown(Translations::current()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 720);
}

} // namespace fc::ui
