#include "ArticleImageView.h"

#include <QHelpEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QToolTip>

#include <algorithm>

namespace fc::ui {

// The image and its marks at the view's scale.
class ImageCanvas : public QWidget
{
public:
    explicit ImageCanvas(ArticleImageView *view)
        : m_view(view)
    {
        setMouseTracking(true);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), m_view->m_theme.paper());
        if (m_view->m_image.isNull())
            return;
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(rect(), m_view->m_image);
        painter.setRenderHint(QPainter::Antialiasing);
        const double s = m_view->m_scale;
        const auto scaled = [s](const QRect &box) {
            return QRectF(box.left() * s, box.top() * s, box.width() * s, box.height() * s).adjusted(-2, -2, 2, 2);
        };
        const Article *a = m_view->m_article;
        // Mentions: their type's colour over the words, translucent so the words stay legible.
        for (const Mention &m : a->mentions) {
            const bool chosen = !m_view->m_entityId.isEmpty() && m.entityId == m_view->m_entityId;
            QColor fill = m_view->m_theme.background(m.type);
            fill.setAlpha(chosen ? 150 : 90);
            const QColor line = chosen ? m_view->m_theme.emphasis() : m_view->m_theme.foreground(m.type);
            painter.setPen(QPen(line, chosen ? 2.5 : 1.2));
            painter.setBrush(fill);
            for (const QRect &box : m_view->m_words.boxesOf(m.span))
                painter.drawRoundedRect(scaled(box), 3, 3);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_view->m_theme.doubt(), 1.5, Qt::DashLine));
        for (const WordBoxMap::DoubtfulBox &d : m_view->m_words.doubtfulBoxes())
            painter.drawRect(scaled(d.box).adjusted(-2, -2, 2, 2));
        painter.setPen(QPen(m_view->m_theme.alert(), 2.5));
        for (const Span &span : std::as_const(m_view->m_evidence)) {
            for (const QRect &box : m_view->m_words.boxesOf(span))
                painter.drawRoundedRect(scaled(box).adjusted(-3, -3, 3, 3), 4, 4);
        }
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const double s = m_view->m_scale;
            const QString tip = s > 0
                ? m_view->toolTipAtImagePoint(QPoint(qRound(help->pos().x() / s), qRound(help->pos().y() / s)))
                : QString();
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    ArticleImageView *m_view;
};

ArticleImageView::ArticleImageView(QWidget *parent)
    : QScrollArea(parent)
    , m_theme(MentionTheme::light())
{
    setWidget(new ImageCanvas(this));
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Article image"));
}

void ArticleImageView::setArticle(const Article *article, const QImage &image, const MentionTheme &theme)
{
    m_article = image.isNull() ? nullptr : article;
    m_image = m_article ? image : QImage();
    m_words = m_article ? WordBoxMap(m_article->wordBoxes, m_article->lowConfidence) : WordBoxMap();
    m_theme = theme;
    m_entityId.clear();
    m_evidence.clear();
    relayout();
}

void ArticleImageView::setTheme(const MentionTheme &theme)
{
    m_theme = theme;
    widget()->update();
}

void ArticleImageView::setMarks(const QString &selectedEntity, const QList<Span> &evidence)
{
    m_entityId = selectedEntity;
    m_evidence = evidence;
    widget()->update();
    // The first piece of evidence in sight.
    const QList<QRect> boxes = evidenceBoxes();
    if (!boxes.isEmpty())
        ensureVisible(0, qRound(boxes.first().center().y() * m_scale), 0, qRound(boxes.first().height() * m_scale));
}

QList<QRect> ArticleImageView::mentionBoxes() const
{
    QList<QRect> boxes;
    if (m_article)
        for (const Mention &m : m_article->mentions)
            boxes += m_words.boxesOf(m.span);
    return boxes;
}

QList<QRect> ArticleImageView::evidenceBoxes() const
{
    QList<QRect> boxes;
    for (const Span &span : m_evidence)
        boxes += m_words.boxesOf(span);
    return boxes;
}

QList<WordBoxMap::DoubtfulBox> ArticleImageView::doubtfulBoxes() const
{
    return m_words.doubtfulBoxes();
}

QString ArticleImageView::toolTipAtImagePoint(const QPoint &point) const
{
    const WordBox *word = m_article ? m_words.wordAt(point) : nullptr;
    return word && m_toolTips ? m_toolTips(word->span.start) : QString();
}

void ArticleImageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    relayout();
}

void ArticleImageView::relayout()
{
    if (m_image.isNull()) {
        m_scale = 1.0;
        widget()->resize(viewport()->size());
    } else {
        // The image across the pane's width; a small screenshot is not blown up past twice.
        const int room = std::max(1, viewport()->width());
        m_scale = std::min(2.0, double(room) / m_image.width());
        widget()->resize(qRound(m_image.width() * m_scale), qRound(m_image.height() * m_scale));
    }
    widget()->update();
}

} // namespace fc::ui
