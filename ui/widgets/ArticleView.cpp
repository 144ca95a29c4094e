#include "ArticleView.h"

#include <QTextBlock>

namespace fc::ui {

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void ArticleView::setArticle(const Article *article, const MentionTheme &theme)
{
    m_article = article;
    m_evidenceSelections.clear();
    m_mentionSelections.clear();
    QPalette pal = palette();
    pal.setColor(QPalette::Base, theme.paper());
    pal.setColor(QPalette::Text, theme.ink());
    setPalette(pal);
    setPlainText(article ? article->text : QString());
    if (article) {
        for (const auto &m : article->mentions) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(document());
            sel.cursor.setPosition(int(m.span.start));
            sel.cursor.setPosition(int(m.span.end), QTextCursor::KeepAnchor);
            sel.format.setBackground(theme.background(m.type));
            sel.format.setToolTip(mentionTypeCode(m.type)
                                  + (m.value.isValid() ? QLatin1String(": ") + m.value.toString() : QString()));
            m_mentionSelections.append(sel);
        }
    }
    applySelections();
}

void ArticleView::showEvidence(const QList<Span> &spans)
{
    m_evidenceSelections.clear();
    for (const auto &s : spans) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(int(s.start));
        sel.cursor.setPosition(int(s.end), QTextCursor::KeepAnchor);
        sel.format.setProperty(QTextFormat::OutlinePen, QPen(palette().color(QPalette::Highlight), 2));
        sel.format.setFontUnderline(true);
        sel.format.setUnderlineColor(QColor(Qt::red));
        sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        m_evidenceSelections.append(sel);
    }
    applySelections();
    if (!spans.isEmpty()) {
        QTextCursor c(document());
        c.setPosition(int(spans.first().start));
        setTextCursor(c);
        centerCursor();
    }
}

void ArticleView::applySelections()
{
    setExtraSelections(m_mentionSelections + m_evidenceSelections);
}

} // namespace fc::ui
