#pragma once

#include "model/Report.h"
#include "widgets/MentionTheme.h"

#include <QPlainTextEdit>

#include <memory>

class QPainter;

namespace fc::ui {

// One article, read-only, with its mentions highlighted by type. Evidence of the selected
// finding is outlined, the selected entity's mentions stand out, and hovering a mention tells
// what the analysis made of it.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    // What an extra selection marks, stored in its format under KindProperty.
    enum SelectionKind {
        MentionSelection,
        EntitySelection,
        EvidenceSelection,
        FocusSelection,
        FindSelection,
        LowConfidenceSelection // a word read from a screenshot with little confidence
    };
    static constexpr int KindProperty = QTextFormat::UserProperty + 1;

    explicit ArticleView(QWidget *parent = nullptr);

    void setArticle(const Article *article, const MentionTheme &theme, std::shared_ptr<const Report> report = {});
    const Article *article() const { return m_article; }
    void setTheme(const MentionTheme &theme);
    // Each type's own underline (widgets/MentionMarks.h) besides its colour; on by default.
    void setTypeLines(bool on);
    bool typeLines() const { return m_typeLines; }

    // Emphasises every mention of the entity ("" clears).
    void setSelectedEntity(const QString &entityId);
    QString selectedEntity() const { return m_entityId; }
    // Outlines spans (evidence of a finding) and scrolls to the first.
    void showEvidence(const QList<Span> &spans);
    QList<Span> evidence() const { return m_evidence; }
    // Marks the sentence around span and scrolls to it (a timeline point was clicked).
    void showSentenceAt(const Span &span);

    // Marks every case-insensitive occurrence of text ("" clears); returns how many.
    int setFindText(const QString &text);
    // Moves to the next (or previous) occurrence, wrapping; false when there is none.
    bool findNext(bool backward = false);

    // The innermost mention at a document position, or null.
    const Mention *mentionAt(qsizetype position) const;
    QString toolTipFor(const Mention &mention) const;
    // The word at a position that text recognition read with little confidence, or null.
    const LowConfidenceWord *lowConfidenceAt(qsizetype position) const;
    // What hovering a position shows: the mention there, the recogniser's doubt of the word
    // there, or both; empty when neither.
    QString toolTipAt(qsizetype position) const;
    QList<QTextEdit::ExtraSelection> selectionsOfKind(SelectionKind kind) const;

    static QString typeLabel(MentionType type);

Q_SIGNALS:
    void mentionActivated(const QString &articleId, const fc::Mention &mention);
    // The selected entity or the evidence shown changed (the image view draws them too).
    void marksChanged();

protected:
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void rebuildSelections();
    void scrollToPosition(qsizetype position);
    QTextCursor cursorFor(const Span &span) const;
    // Draws a rounded box around every line's piece of span.
    void outline(QPainter &painter, const Span &span) const;

    const Article *m_article = nullptr;
    std::shared_ptr<const Report> m_report;
    MentionTheme m_theme;
    QString m_entityId;
    QList<Span> m_evidence;
    Span m_focus;
    QString m_findText;
    bool m_typeLines = true;
};

} // namespace fc::ui
