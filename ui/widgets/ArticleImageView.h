#pragma once

#include "model/Article.h"
#include "ocr/WordBoxMap.h"
#include "widgets/MentionTheme.h"

#include <QImage>
#include <QScrollArea>

#include <functional>

namespace fc::ui {

// A screenshot article shown as the image it was read from, with what the text view marks
// drawn over the recognised words: each mention's words boxed in its type's colour, the
// selected entity's stronger, a finding's evidence outlined, and the words the recogniser
// doubted boxed with a dashed line. Which words a span covers is core/ocr's WordBoxMap.
class ArticleImageView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ArticleImageView(QWidget *parent = nullptr);

    // Shows image for article (its words' boxes are on page 0, in the image's pixels); a null
    // image or article clears the view.
    void setArticle(const Article *article, const QImage &image, const MentionTheme &theme);
    void setTheme(const MentionTheme &theme);
    void setMarks(const QString &selectedEntity, const QList<Span> &evidence);
    bool hasImage() const { return !m_image.isNull(); }
    const QImage &image() const { return m_image; }

    // What is drawn, in the image's pixels: a box per word of a mention, of the evidence and
    // of a doubtful word.
    QList<QRect> mentionBoxes() const;
    QList<QRect> evidenceBoxes() const;
    QList<WordBoxMap::DoubtfulBox> doubtfulBoxes() const;
    // The scale the image is drawn at (fitting the pane's width, never above 2).
    double scale() const { return m_scale; }
    // What hovering the image at a point of its own pixels tells: what toolTips (the text
    // view's, so both views say the same) tells of the text position of the word there;
    // empty off the words.
    void setToolTips(std::function<QString(qsizetype position)> toolTips) { m_toolTips = std::move(toolTips); }
    QString toolTipAtImagePoint(const QPoint &point) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class ImageCanvas;
    void relayout();

    const Article *m_article = nullptr;
    QImage m_image;
    WordBoxMap m_words;
    MentionTheme m_theme;
    QString m_entityId;
    QList<Span> m_evidence;
    double m_scale = 1.0;
    std::function<QString(qsizetype)> m_toolTips;
};

} // namespace fc::ui
