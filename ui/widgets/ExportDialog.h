#pragma once

#include "export/ReportExtras.h"
#include "model/Report.h"
#include "widgets/MentionTheme.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QComboBox;
class QPlainTextEdit;

namespace fc {
struct ReviewDecision;
using ReviewMap = QMap<QString, ReviewDecision>; // project/ReviewDecision.h
} // namespace fc

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
    // The decisions with their times: JSON then is the review JSON (the report plus
    // "reviews"), byte for byte what `factcheck analyze --project --format json` writes.
    void setReviewDecisions(const ReviewMap &decisions);
    // Writes the chosen format to path; false with *error set when that fails.
    bool exportTo(const QString &path, QString *error) const;

private:
    bool write(const QString &format, const QString &path, QString *error) const;
    void updatePreview();
    void chooseFileAndExport();

    const Report &m_report;
    MentionTheme m_theme;
    ReportExtras m_extras;
    std::unique_ptr<ReviewMap> m_decisions;
    QComboBox *m_format;
    QPlainTextEdit *m_preview;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace fc::ui
