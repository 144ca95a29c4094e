#pragma once

#include "export/ReportExtras.h"
#include "model/Report.h"
#include "widgets/MentionTheme.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace fc::ui {

// Exports the annotated report in one of the formats the report writers offer, after a
// look at its source highlighted the way a code editor would.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Report &report, const MentionTheme &theme, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QComboBox *formatChooser() const { return m_format; }
    QPlainTextEdit *preview() const { return m_preview; }
    QString highlighterDefinition() const; // the syntax definition's name, "" for none
    // The editor's review decisions: HTML, Markdown, CSV and PDF show them per finding.
    void setExtras(const ReportExtras &extras);
    // Writes the chosen format to path; false with *error set when that fails.
    bool exportTo(const QString &path, QString *error) const;

private:
    void updatePreview();
    void chooseFileAndExport();

    const Report &m_report;
    MentionTheme m_theme;
    ReportExtras m_extras;
    QComboBox *m_format;
    QPlainTextEdit *m_preview;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace fc::ui
