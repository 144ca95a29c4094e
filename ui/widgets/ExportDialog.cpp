#include "ExportDialog.h"

#include "export/ReportWriter.h"
#include "project/ReviewJson.h"
#include "widgets/PlainMessage.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace fc::ui {

namespace {
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

bool isTextFormat(const QString &format)
{
    return format != u"pdf";
}

QString formatLabel(const QString &format)
{
    if (format == u"json")
        return ExportDialog::tr("JSON report (for tools)");
    if (format == u"html")
        return ExportDialog::tr("HTML page");
    if (format == u"md")
        return ExportDialog::tr("Markdown");
    if (format == u"csv")
        return ExportDialog::tr("CSV table of findings");
    if (format == u"pdf")
        return ExportDialog::tr("PDF document");
    return format.toUpper();
}
} // namespace

ExportDialog::ExportDialog(const Report &report, const MentionTheme &theme, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_theme(theme)
    , m_format(new QComboBox)
    , m_preview(new QPlainTextEdit)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_preview->document()))
{
    setWindowTitle(tr("Export Report"));
    for (const QString &f : reportFormats())
        m_format->addItem(formatLabel(f), f);
    m_format->setAccessibleName(tr("Report format"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Report preview"));
    QPalette pal = m_preview->palette();
    pal.setColor(QPalette::Base, theme.paper());
    pal.setColor(QPalette::Text, theme.ink());
    m_preview->setPalette(pal);
    m_highlighter->setTheme(theme.theme());

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Export\u2026"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:")));
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(820, 600);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setExtras(const ReportExtras &extras)
{
    m_extras = extras;
    updatePreview();
}

void ExportDialog::setReviewDecisions(const ReviewMap &decisions)
{
    m_decisions = std::make_unique<ReviewMap>(decisions);
    updatePreview();
}

bool ExportDialog::write(const QString &format, const QString &path, QString *error) const
{
    if (format == u"json" && m_decisions)
        return writeReportBytes(writeReviewJson(m_report, *m_decisions), path, error);
    return writeReport(m_report, format, path, error, m_extras);
}

QString ExportDialog::highlighterDefinition() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

bool ExportDialog::exportTo(const QString &path, QString *error) const
{
    return write(m_format->currentData().toString(), path, error);
}

void ExportDialog::updatePreview()
{
    const QString format = m_format->currentData().toString();
    if (!isTextFormat(format)) {
        m_highlighter->setDefinition({});
        m_preview->setPlainText(tr("A %1 file has no source to preview.").arg(format.toUpper()));
        return;
    }
    // The writers only write files, so the preview is what a real export writes.
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("preview.") + format);
    if (!dir.isValid() || !write(format, path, &error)) {
        m_highlighter->setDefinition({});
        m_preview->setPlainText(tr("The preview could not be made: %1").arg(error));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_preview->setPlainText(tr("The preview could not be made: %1").arg(file.errorString()));
        return;
    }
    m_highlighter->setDefinition(repository().definitionForFileName(path));
    m_preview->setPlainText(QString::fromUtf8(file.read(2 * 1024 * 1024)));
}

void ExportDialog::chooseFileAndExport()
{
    const QString format = m_format->currentData().toString();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("report.") + format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested,
                                                      tr("%1 files (*.%2)").arg(format.toUpper(), format));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        warnPlainly(this, tr("Export failed"), error);
        return;
    }
    accept();
}

} // namespace fc::ui
