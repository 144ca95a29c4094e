#include "ArticleView.h"

#include "model/Report.h"
#include "widgets/MentionMarks.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace fc::ui {

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_theme(MentionTheme::light())
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    document()->setDocumentMargin(10);
}

QString ArticleView::typeLabel(MentionType type)
{
    switch (type) {
    case MentionType::Person: return tr("Person");
    case MentionType::Organisation: return tr("Organisation");
    case MentionType::Location: return tr("Place");
    case MentionType::Title: return tr("Title or role");
    case MentionType::Date: return tr("Date");
    case MentionType::Time: return tr("Time");
    case MentionType::Quantity: return tr("Figure");
    case MentionType::Source: return tr("Source");
    }
    return {};
}

void ArticleView::setArticle(const Article *article, const MentionTheme &theme, std::shared_ptr<const Report> report)
{
    m_article = article;
    m_report = std::move(report);
    m_theme = theme;
    m_evidence.clear();
    m_focus = {};
    setPlainText(article ? article->text : QString());
    setAccessibleName(article ? tr("Article %1").arg(article->meta.title.isEmpty() ? article->id : article->meta.title)
                              : tr("Empty article pane"));
    setTheme(theme);
}

void ArticleView::setTheme(const MentionTheme &theme)
{
    m_theme = theme;
    QPalette pal = palette();
    pal.setColor(QPalette::Base, theme.paper());
    pal.setColor(QPalette::Text, theme.ink());
    pal.setColor(QPalette::Highlight, theme.selection());
    pal.setColor(QPalette::HighlightedText, theme.ink());
    setPalette(pal);
    rebuildSelections();
}

void ArticleView::setTypeLines(bool on)
{
    if (m_typeLines == on)
        return;
    m_typeLines = on;
    rebuildSelections();
}

QTextCursor ArticleView::cursorFor(const Span &span) const
{
    const qsizetype last = qMax(0, document()->characterCount() - 1);
    QTextCursor c(document());
    c.setPosition(int(qBound(qsizetype(0), span.start, last)));
    c.setPosition(int(qBound(qsizetype(0), span.end, last)), QTextCursor::KeepAnchor);
    return c;
}

void ArticleView::rebuildSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_article) {
        for (const auto &m : m_article->mentions) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = cursorFor(m.span);
            const bool chosen = !m_entityId.isEmpty() && m.entityId == m_entityId;
            sel.format = mentionFormat(m.type, m_theme, m_typeLines);
            if (chosen) {
                sel.format.setBackground(m_theme.emphasis());
                sel.format.setFontWeight(QFont::Bold);
                if (!m_typeLines) {
                    sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                    sel.format.setUnderlineColor(m_theme.foreground(m.type));
                }
            }
            sel.format.setProperty(KindProperty, chosen ? EntitySelection : MentionSelection);
            selections.append(sel);
        }
        if (!m_focus.isEmpty()) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = cursorFor(m_focus);
            sel.format.setUnderlineStyle(QTextCharFormat::DotLine);
            sel.format.setUnderlineColor(m_theme.alert());
            sel.format.setProperty(KindProperty, FocusSelection);
            selections.append(sel);
        }
        if (!m_findText.isEmpty()) {
            for (QTextCursor c = document()->find(m_findText); !c.isNull(); c = document()->find(m_findText, c)) {
                QTextEdit::ExtraSelection sel;
                sel.cursor = c;
                sel.format.setBackground(m_theme.selection());
                sel.format.setForeground(m_theme.ink());
                sel.format.setProperty(KindProperty, FindSelection);
                selections.append(sel);
            }
        }
        // Words the recogniser doubted: italic here, boxed with a dashed line in paintEvent.
        for (const LowConfidenceWord &w : m_article->lowConfidence) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = cursorFor(w.span);
            sel.format.setFontItalic(true);
            sel.format.setProperty(KindProperty, LowConfidenceSelection);
            selections.append(sel);
        }
        // Evidence last so it wins where it overlaps a mention; the outline is painted on top.
        for (const auto &s : std::as_const(m_evidence)) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = cursorFor(s);
            sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            sel.format.setUnderlineColor(m_theme.alert());
            sel.format.setProperty(KindProperty, EvidenceSelection);
            selections.append(sel);
        }
    }
    setExtraSelections(selections);
    viewport()->update();
}

QList<QTextEdit::ExtraSelection> ArticleView::selectionsOfKind(SelectionKind kind) const
{
    QList<QTextEdit::ExtraSelection> out;
    for (const auto &sel : extraSelections())
        if (sel.format.property(KindProperty).toInt() == kind)
            out.append(sel);
    return out;
}

void ArticleView::setSelectedEntity(const QString &entityId)
{
    if (m_entityId == entityId)
        return;
    m_entityId = entityId;
    rebuildSelections();
    Q_EMIT marksChanged();
}

void ArticleView::scrollToPosition(qsizetype position)
{
    QTextCursor c(document());
    c.setPosition(int(qBound(qsizetype(0), position, qsizetype(qMax(0, document()->characterCount() - 1)))));
    setTextCursor(c);
    centerCursor();
}

void ArticleView::showEvidence(const QList<Span> &spans)
{
    m_evidence = spans;
    m_focus = {};
    rebuildSelections();
    if (!spans.isEmpty())
        scrollToPosition(spans.first().start);
    Q_EMIT marksChanged();
}

void ArticleView::showSentenceAt(const Span &span)
{
    if (!m_article)
        return;
    const int sentence = m_article->sentenceAt(span.start);
    m_focus = sentence >= 0 ? m_article->sentences.at(sentence).span : span;
    rebuildSelections();
    scrollToPosition(span.start);
}

int ArticleView::setFindText(const QString &text)
{
    m_findText = text;
    rebuildSelections();
    return int(selectionsOfKind(FindSelection).size());
}

bool ArticleView::findNext(bool backward)
{
    if (m_findText.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (find(m_findText, flags)) {
        centerCursor();
        return true;
    }
    QTextCursor wrap(document());
    if (backward)
        wrap.movePosition(QTextCursor::End);
    setTextCursor(wrap);
    const bool found = find(m_findText, flags);
    if (found)
        centerCursor();
    return found;
}

const Mention *ArticleView::mentionAt(qsizetype position) const
{
    if (!m_article)
        return nullptr;
    const Mention *best = nullptr;
    for (const auto &m : m_article->mentions) {
        if (m.span.start > position)
            break; // mentions are sorted by start
        if (m.span.contains(position) && (!best || m.span.length() < best->span.length()))
            best = &m;
    }
    return best;
}

QString ArticleView::toolTipFor(const Mention &m) const
{
    QString tip = QStringLiteral("<b>%1</b> <small>%2</small><br/>%3")
                      .arg(typeLabel(m.type).toHtmlEscaped(), mentionTypeCode(m.type), m.text.toHtmlEscaped());
    if (m.value.isValid() && !m.value.toString().isEmpty())
        tip += QStringLiteral("<br/>") + tr("Value: %1").arg(m.value.toString().toHtmlEscaped());
    const Entity *e = m_report && !m.entityId.isEmpty() ? m_report->entity(m.entityId) : nullptr;
    if (e)
        tip += QStringLiteral("<br/>") + tr("Entity: %1").arg(e->name.toHtmlEscaped());
    else if (!m.canonical.isEmpty())
        tip += QStringLiteral("<br/>") + tr("Canonical: %1").arg(m.canonical.toHtmlEscaped());
    const QString kb = e && !e->kb.isEmpty() ? e->kb : m.kb;
    if (!kb.isEmpty())
        tip += QStringLiteral("<br/>") + tr("Wikidata: %1").arg(kb.toHtmlEscaped());
    // Why it was marked: the rule or model that found it, for an editor doubting a mention.
    if (!m.rule.isEmpty())
        tip += QStringLiteral("<br/><small>") + tr("Found by: %1").arg(m.rule.toHtmlEscaped())
            + QStringLiteral("</small>");
    return tip;
}

const LowConfidenceWord *ArticleView::lowConfidenceAt(qsizetype position) const
{
    if (!m_article)
        return nullptr;
    const QList<LowConfidenceWord> &words = m_article->lowConfidence;
    // Sorted and apart: the first word ending after position is the only one that can hold it.
    const auto it = std::partition_point(words.cbegin(), words.cend(),
                                         [&](const LowConfidenceWord &w) { return w.span.end <= position; });
    return it != words.cend() && it->span.contains(position) ? &*it : nullptr;
}

QString ArticleView::toolTipAt(qsizetype position) const
{
    QString tip;
    if (const Mention *m = mentionAt(position))
        tip = toolTipFor(*m);
    if (const LowConfidenceWord *w = lowConfidenceAt(position)) {
        // A paragraph, so the tooltip is rich text (escaped) with or without a mention before it.
        tip += QStringLiteral("<p>")
            + tr("Read from the image with low confidence: %1 of 100. Compare with the image before relying on it.")
                  .arg(w->confidence)
                  .toHtmlEscaped()
            + QStringLiteral("</p>");
    }
    return tip;
}

bool ArticleView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QTextCursor c = cursorForPosition(inViewport);
        if (const QString tip = toolTipAt(c.position()); !tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QPlainTextEdit::event(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection() || !m_article)
        return;
    if (const Mention *m = mentionAt(cursorForPosition(event->position().toPoint()).position()))
        Q_EMIT mentionActivated(m_article->id, *m);
}

void ArticleView::keyPressEvent(QKeyEvent *event)
{
    // Enter on a mention does what a click does, so the keyboard reaches every action.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_article) {
        if (const Mention *m = mentionAt(textCursor().position())) {
            Q_EMIT mentionActivated(m_article->id, *m);
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_evidence.isEmpty() && (!m_article || m_article->lowConfidence.isEmpty()))
        return;
    // Extra selections cannot draw a box, so evidence and doubtful words are outlined here.
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    if (m_article) {
        painter.setPen(QPen(m_theme.doubt(), 1.5, Qt::DashLine));
        for (const LowConfidenceWord &w : m_article->lowConfidence)
            outline(painter, w.span);
    }
    painter.setPen(QPen(m_theme.alert(), 2));
    for (const Span &span : std::as_const(m_evidence))
        outline(painter, span);
}

void ArticleView::outline(QPainter &painter, const Span &span) const
{
    const QPointF offset = contentOffset();
    for (QTextBlock block = document()->findBlock(int(span.start)); block.isValid() && block.position() < span.end;
         block = block.next()) {
        if (!block.isVisible() || !block.layout())
            continue;
        const QRectF geometry = blockBoundingGeometry(block).translated(offset);
        if (geometry.top() > viewport()->height())
            break;
        if (geometry.bottom() < 0)
            continue;
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qsizetype lineStart = block.position() + line.textStart();
            const qsizetype from = qMax(span.start, lineStart);
            const qsizetype to = qMin(span.end, lineStart + line.textLength());
            if (from >= to)
                continue;
            const qreal x1 = line.cursorToX(int(from - block.position()));
            const qreal x2 = line.cursorToX(int(to - block.position()));
            const QRectF box(geometry.left() + x1, geometry.top() + line.y(), x2 - x1, line.height());
            painter.drawRoundedRect(box.adjusted(-2, 0, 2, 0), 3, 3);
        }
    }
}

} // namespace fc::ui
