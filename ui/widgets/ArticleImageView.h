#pragma once

#include "model/Article.h"
#include "models/ArticlePages.h"
#include "ocr/WordBoxMap.h"
#include "widgets/MentionTheme.h"

#include <QScrollArea>

#include <functional>

namespace fc::ui {

// An article read from an image shown as what it was read from (a screenshot, or a scanned
// PDF's pages one below the other), with what the text view marks drawn over the recognised
// words: each mention's words boxed in its type's colour, the selected entity's stronger, a
// finding's evidence outlined, and the words the recogniser doubted boxed with a dashed line.
// Which words a span covers, and on which page, is core/ocr's WordBoxMap.
class ArticleImageView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ArticleImageView(QWidget *parent = nullptr);

    // Shows pages for article (ArticlePages: each page's words' boxes are in its extent); no
    // pages or no article clears the view.
    void setArticle(const Article *article, const QList<ArticlePage> &pages, const MentionTheme &theme);
    void setTheme(const MentionTheme &theme);
    void setMarks(const QString &selectedEntity, const QList<Span> &evidence);
    bool hasImage() const { return !m_pages.isEmpty(); }
    const QList<ArticlePage> &pages() const { return m_pages; }

    // What is drawn on a page (0: a screenshot; 1, 2, ...: a PDF's pages), in the units of
    // its words' boxes: a box per word of a mention, of the evidence and of a doubtful word.
    QList<QRect> mentionBoxes(int page = 0) const;
    QList<QRect> evidenceBoxes(int page = 0) const;
    QList<WordBoxMap::DoubtfulBox> doubtfulBoxes(int page = 0) const;
    // The scale the pages are drawn at, in the view's pixels per unit of the words' boxes
    // (the widest page fits the pane's width; a screenshot is never drawn above twice its size).
    double scale() const { return m_scale; }
    // Where a page is drawn in the view's canvas (widget()), and where a box of its words is;
    // empty for a page not shown.
    QRect pageRect(int page) const;
    QRectF shownBox(int page, const QRect &box) const;
    // What hovering a page at a point in its words' units tells: what toolTips (the text
    // view's, so both views say the same) tells of the text position of the word there; empty
    // off the words.
    void setToolTips(std::function<QString(qsizetype position)> toolTips) { m_toolTips = std::move(toolTips); }
    QString toolTipAtImagePoint(const QPoint &point, int page = 0) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class ImageCanvas;
    void relayout();
    // The page drawn at a point of the canvas (-1: none), and the point in its words' units.
    int pageAt(const QPoint &canvasPoint, QPoint *point) const;

    const Article *m_article = nullptr;
    QList<ArticlePage> m_pages;
    QList<QRect> m_pageRects; // where m_pages are drawn in the canvas
    WordBoxMap m_words;
    MentionTheme m_theme;
    QString m_entityId;
    QList<Span> m_evidence;
    double m_scale = 1.0;
    std::function<QString(qsizetype)> m_toolTips;
};

} // namespace fc::ui
