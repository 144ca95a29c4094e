#include "ArticleImageView.h"

#include <QHelpEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QToolTip>

#include <algorithm>

namespace fc::ui {

namespace {
constexpr int PageGap = 12; // the view's pixels between a PDF's pages
} // namespace

// The pages and their marks at the view's scale.
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
        // Between a PDF's pages a shade darker than the paper, so each page is seen as one.
        painter.fillRect(event->rect(),
                         m_view->m_pages.size() > 1 ? m_view->m_theme.paper().darker(125) : m_view->m_theme.paper());
        for (qsizetype i = 0; i < m_view->m_pages.size(); ++i) {
            const QRect area = m_view->m_pageRects.at(i);
            if (!area.intersects(event->rect()))
                continue;
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(area, m_view->m_pages.at(i).image);
            paintMarks(painter, m_view->m_pages.at(i).page);
        }
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            QPoint point;
            const int page = m_view->pageAt(help->pos(), &point);
            const QString tip = page >= 0 ? m_view->toolTipAtImagePoint(point, page) : QString();
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    void paintMarks(QPainter &painter, int page)
    {
        painter.setRenderHint(QPainter::Antialiasing);
        const auto shown = [&](const QRect &box) { return m_view->shownBox(page, box).adjusted(-2, -2, 2, 2); };
        const Article *a = m_view->m_article;
        // Mentions: their type's colour over the words, translucent so the words stay legible.
        for (const Mention &m : a->mentions) {
            const QList<QRect> boxes = m_view->m_words.boxesOf(m.span, page);
            if (boxes.isEmpty())
                continue;
            const bool chosen = !m_view->m_entityId.isEmpty() && m.entityId == m_view->m_entityId;
            QColor fill = m_view->m_theme.background(m.type);
            fill.setAlpha(chosen ? 150 : 90);
            const QColor line = chosen ? m_view->m_theme.emphasis() : m_view->m_theme.foreground(m.type);
            painter.setPen(QPen(line, chosen ? 2.5 : 1.2));
            painter.setBrush(fill);
            for (const QRect &box : boxes)
                painter.drawRoundedRect(shown(box), 3, 3);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_view->m_theme.doubt(), 1.5, Qt::DashLine));
        for (const WordBoxMap::DoubtfulBox &d : m_view->m_words.doubtfulBoxes(page))
            painter.drawRect(shown(d.box).adjusted(-2, -2, 2, 2));
        painter.setPen(QPen(m_view->m_theme.alert(), 2.5));
        for (const Span &span : std::as_const(m_view->m_evidence)) {
            for (const QRect &box : m_view->m_words.boxesOf(span, page))
                painter.drawRoundedRect(shown(box).adjusted(-3, -3, 3, 3), 4, 4);
        }
    }

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

void ArticleImageView::setArticle(const Article *article, const QList<ArticlePage> &pages, const MentionTheme &theme)
{
    m_article = pages.isEmpty() ? nullptr : article;
    m_pages = m_article ? pages : QList<ArticlePage>();
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
    // The first piece of evidence in sight, on whichever page it is.
    for (const ArticlePage &page : std::as_const(m_pages)) {
        const QList<QRect> boxes = evidenceBoxes(page.page);
        if (boxes.isEmpty())
            continue;
        // With some of the text around it (the page it is on may be scrolled to from another).
        const QRect shown = shownBox(page.page, boxes.first()).toAlignedRect();
        ensureVisible(shown.center().x(), shown.center().y(), 0, std::max(shown.height(), viewport()->height() / 3));
        break;
    }
}

QList<QRect> ArticleImageView::mentionBoxes(int page) const
{
    QList<QRect> boxes;
    if (m_article)
        for (const Mention &m : m_article->mentions)
            boxes += m_words.boxesOf(m.span, page);
    return boxes;
}

QList<QRect> ArticleImageView::evidenceBoxes(int page) const
{
    QList<QRect> boxes;
    for (const Span &span : m_evidence)
        boxes += m_words.boxesOf(span, page);
    return boxes;
}

QList<WordBoxMap::DoubtfulBox> ArticleImageView::doubtfulBoxes(int page) const
{
    return m_words.doubtfulBoxes(page);
}

QRect ArticleImageView::pageRect(int page) const
{
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i).page == page)
            return m_pageRects.at(i);
    return {};
}

QRectF ArticleImageView::shownBox(int page, const QRect &box) const
{
    const QRect area = pageRect(page);
    if (area.isEmpty())
        return {};
    const double s = m_scale;
    return QRectF(area.left() + box.left() * s, area.top() + box.top() * s, box.width() * s, box.height() * s);
}

int ArticleImageView::pageAt(const QPoint &canvasPoint, QPoint *point) const
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const QRect area = m_pageRects.at(i);
        if (area.contains(canvasPoint) && m_scale > 0) {
            *point = QPoint(qRound((canvasPoint.x() - area.left()) / m_scale),
                            qRound((canvasPoint.y() - area.top()) / m_scale));
            return m_pages.at(i).page;
        }
    }
    return -1;
}

QString ArticleImageView::toolTipAtImagePoint(const QPoint &point, int page) const
{
    const WordBox *word = m_article ? m_words.wordAt(point, page) : nullptr;
    return word && m_toolTips ? m_toolTips(word->span.start) : QString();
}

void ArticleImageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    relayout();
}

void ArticleImageView::relayout()
{
    m_pageRects.clear();
    if (m_pages.isEmpty()) {
        m_scale = 1.0;
        widget()->resize(viewport()->size());
        widget()->update();
        return;
    }
    // The widest page across the pane's width; a small screenshot is not blown up past twice.
    int widest = 1;
    for (const ArticlePage &page : std::as_const(m_pages))
        widest = std::max(widest, page.extent.width());
    const int room = std::max(1, viewport()->width());
    m_scale = std::min(2.0, double(room) / widest);
    const int width = qRound(widest * m_scale);
    int y = 0;
    for (const ArticlePage &page : std::as_const(m_pages)) {
        if (!m_pageRects.isEmpty())
            y += PageGap;
        const QSize shown(qRound(page.extent.width() * m_scale), qRound(page.extent.height() * m_scale));
        m_pageRects.append(QRect(QPoint((width - shown.width()) / 2, y), shown));
        y += shown.height();
    }
    widget()->resize(width, y);
    widget()->update();
}

} // namespace fc::ui
