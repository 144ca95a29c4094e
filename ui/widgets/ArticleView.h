#pragma once

#include "model/Article.h"
#include "widgets/MentionTheme.h"

#include <QPlainTextEdit>

namespace fc::ui {

// One article, read-only, with its mentions highlighted by type.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void setArticle(const Article *article, const MentionTheme &theme);
    const Article *article() const { return m_article; }
    // Outlines spans (evidence of a finding) and scrolls to the first.
    void showEvidence(const QList<Span> &spans);

private:
    void applySelections();

    const Article *m_article = nullptr;
    QList<QTextEdit::ExtraSelection> m_mentionSelections;
    QList<QTextEdit::ExtraSelection> m_evidenceSelections;
};

} // namespace fc::ui
