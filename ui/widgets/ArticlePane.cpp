#include "ArticlePane.h"

#include "net/UrlFetcher.h"

#include "models/ArticleListModel.h"
#include "models/PlainText.h"
#include "widgets/ArticleImageView.h"
#include "widgets/ArticleView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace fc::ui {

namespace {
QString sourceLabel(MetaSource source)
{
    switch (source) {
    case MetaSource::None: return {};
    case MetaSource::Dateline: return ArticlePane::tr("from the dateline");
    case MetaSource::Header: return ArticlePane::tr("from the header");
    case MetaSource::Meta: return ArticlePane::tr("from the page metadata");
    case MetaSource::Inferred: return ArticlePane::tr("inferred");
    case MetaSource::User: return ArticlePane::tr("set by you");
    }
    return {};
}
} // namespace

ArticlePane::ArticlePane(QWidget *parent)
    : QWidget(parent)
    , m_theme(MentionTheme::light())
    , m_chooser(new QComboBox)
    , m_meta(new QLabel)
    , m_dateEdit(new QDateEdit)
    , m_dateDebounce(new QTimer(this))
    , m_view(new ArticleView)
    , m_imageView(new ArticleImageView)
    , m_stack(new QStackedWidget)
    , m_imageToggle(new QToolButton)
    , m_sourceLoader(&ArticlePane::bytesFromSourceFile)
{
    m_chooser->setAccessibleName(tr("Article shown in this pane"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);
    m_chooser->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // The earliest date stands for "unknown", shown as text rather than as a date.
    m_dateEdit->setMinimumDate(QDate(1900, 1, 1));
    m_dateEdit->setSpecialValueText(tr("date unknown"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setToolTip(tr("Publication date: relative dates (\u201cyesterday\u201d, \u201cSaturday\u201d) are "
                              "anchored on it. Changing it re-runs the analysis."));
    m_dateEdit->setAccessibleName(tr("Publication date"));

    m_dateDebounce->setSingleShot(true);
    m_dateDebounce->setInterval(500); // typing a year passes through dates nobody meant
    connect(m_dateEdit, &QDateEdit::dateChanged, m_dateDebounce, qOverload<>(&QTimer::start));
    connect(m_dateEdit, &QDateEdit::editingFinished, this, [this] {
        if (m_dateDebounce->isActive()) {
            m_dateDebounce->stop();
            commitDate();
        }
    });
    connect(m_dateDebounce, &QTimer::timeout, this, &ArticlePane::commitDate);

    // A screenshot's image or a scanned PDF's pages, with the text view's marks drawn over its words.
    m_imageToggle->setText(tr("Image"));
    m_imageToggle->setCheckable(true);
    m_imageToggle->setToolTip(tr("Show the image the text was read from, with the mentions, the evidence and "
                                 "the doubtful words marked on it"));
    m_imageToggle->setAccessibleName(tr("Show the image the text was read from"));
    m_imageToggle->setVisible(false);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_imageView);
    connect(m_imageToggle, &QToolButton::toggled, this, &ArticlePane::setShowImage);
    connect(m_view, &ArticleView::marksChanged, this,
            [this] { m_imageView->setMarks(m_view->selectedEntity(), m_view->evidence()); });
    m_imageView->setToolTips([this](qsizetype position) { return m_view->toolTipAt(position); });

    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this] {
        const Article *a = m_report ? m_report->article(articleId()) : nullptr;
        m_view->setArticle(a, m_theme, m_report);
        updateImage();
        updateHeader();
        Q_EMIT articleChanged(articleId());
    });

    // The article chooser gets the width (titles are long); outlet, date source and language
    // go on a line of their own under it, so neither is cut off in a narrow pane.
    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 2, 4, 0);
    header->addWidget(m_chooser, 1);
    header->addWidget(m_imageToggle);
    header->addWidget(m_dateEdit);
    m_meta->setContentsMargins(6, 0, 4, 2);
    QFont small = m_meta->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_meta->setFont(small);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_meta);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_view);
    setTabOrder(m_chooser, m_imageToggle);
    setTabOrder(m_imageToggle, m_dateEdit);
    setTabOrder(m_dateEdit, m_view);
}

void ArticlePane::setReport(std::shared_ptr<const Report> report, const QString &articleId, const MentionTheme &theme)
{
    m_report = std::move(report);
    m_theme = theme;
    {
        const QSignalBlocker blocker(m_chooser);
        m_chooser->clear();
        if (m_report)
            for (const auto &a : m_report->articles)
                m_chooser->addItem(QStringLiteral("%1 \u00b7 %2").arg(a.id, ArticleListModel::displayName(a)), a.id);
        const int index = m_chooser->findData(articleId);
        m_chooser->setCurrentIndex(index >= 0 ? index : (m_chooser->count() ? 0 : -1));
    }
    m_view->setArticle(m_report ? m_report->article(this->articleId()) : nullptr, m_theme, m_report);
    updateImage();
    updateHeader();
}

void ArticlePane::showArticle(const QString &articleId)
{
    const int index = m_chooser->findData(articleId);
    if (index >= 0)
        m_chooser->setCurrentIndex(index);
}

QString ArticlePane::articleId() const
{
    return m_chooser->currentData().toString();
}

void ArticlePane::setTheme(const MentionTheme &theme)
{
    m_theme = theme;
    m_view->setTheme(theme);
    m_imageView->setTheme(theme);
}

bool ArticlePane::showsImage() const
{
    return m_stack->currentWidget() == m_imageView;
}

void ArticlePane::setShowImage(bool on)
{
    on = on && m_imageView->hasImage();
    {
        const QSignalBlocker blocker(m_imageToggle);
        m_imageToggle->setChecked(on);
    }
    m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_imageView) : m_view);
    setFocusProxy(m_stack->currentWidget());
}

void ArticlePane::setSourceLoader(SourceLoader loader)
{
    m_sourceLoader = std::move(loader);
    m_shown = {};
    updateImage();
}

QByteArray ArticlePane::bytesFromSourceFile(const Article &article)
{
    QFile file(article.source);
    if (article.source.isEmpty() || !QFileInfo(article.source).isFile() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The image of an article read from one, when its bytes are at hand and its words fit on it
// (a file changed since it was read would put the marks in the wrong places: the text alone
// then).
void ArticlePane::updateImage()
{
    const Article *a = m_report ? m_report->article(articleId()) : nullptr;
    QList<ArticlePage> pages;
    if (a && m_sourceLoader && !a->wordBoxes.isEmpty()) {
        const QByteArray bytes = m_sourceLoader(*a);
        if (bytes.isEmpty())
            m_shown = {};
        else if (bytes == m_shown.bytes && a->wordBoxes == m_shown.words)
            pages = m_shown.pages;
        else {
            pages = articlePages(*a, bytes);
            m_shown = {bytes, a->wordBoxes, pages};
        }
    }
    m_imageView->setArticle(a, pages, m_theme);
    m_imageToggle->setVisible(!pages.isEmpty());
    setShowImage(showsImage() || m_imageToggle->isChecked());
}

QString ArticlePane::headerText() const
{
    return m_meta->text();
}

void ArticlePane::commitDate()
{
    const QDate date = m_dateEdit->date();
    const Article *a = m_report ? m_report->article(articleId()) : nullptr;
    if (!a || date == m_dateEdit->minimumDate() || date == a->meta.published)
        return;
    Q_EMIT publishedDateEdited(a->id, date);
}

void ArticlePane::updateHeader()
{
    const Article *a = m_report ? m_report->article(articleId()) : nullptr;
    const QSignalBlocker blocker(m_dateEdit);
    m_dateDebounce->stop();
    m_dateEdit->setEnabled(a);
    if (!a) {
        m_meta->clear();
        m_dateEdit->setDate(m_dateEdit->minimumDate());
        return;
    }
    QStringList parts;
    parts << (a->meta.outlet.isEmpty() ? tr("unknown outlet") : a->meta.outlet);
    if (a->meta.published.isValid()) {
        const QString source = sourceLabel(a->meta.publishedSource);
        // Day and month name: "04/03/25" is April in one country and March in another.
        const QString date = QLocale().toString(a->meta.published, QStringLiteral("d MMM yyyy"));
        parts << (source.isEmpty() ? date : tr("%1 (%2)").arg(date, source));
    } else {
        parts << tr("no publication date");
    }
    parts << (a->meta.language.isEmpty() ? tr("language unknown") : a->meta.language);
    // Where a web page came from is part of what it is; a file's path is in the tooltip.
    if (isWebUrl(a->source)) {
        QString url = QUrl(a->source).toDisplayString();
        if (url.size() > 72)
            url = url.left(48) + QStringLiteral("\u2026") + url.right(23);
        parts << tr("from %1").arg(url);
    }
    m_meta->setText(parts.join(QStringLiteral(" \u00b7 ")));
    m_meta->setToolTip(
        plainToolTip(a->meta.title.isEmpty() ? a->source : a->meta.title + QLatin1Char('\n') + a->source));
    m_dateEdit->setDate(a->meta.published.isValid() ? a->meta.published : m_dateEdit->minimumDate());
}

} // namespace fc::ui
