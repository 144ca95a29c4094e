#include "ArticleListModel.h"

#include "models/PlainText.h"

#include <QFileInfo>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace fc::ui {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ArticleListModel::displayName(const Article &article)
{
    if (!article.meta.outlet.isEmpty())
        return article.meta.outlet;
    if (!article.meta.title.isEmpty())
        return article.meta.title;
    const QString file = QFileInfo(article.source).fileName();
    // A web page without title or outlet (its URL ends in "/"): the site's name.
    if (file.isEmpty() && QUrl(article.source).isValid())
        return QUrl(article.source).host();
    return file;
}

void ArticleListModel::setReport(std::shared_ptr<const Report> report)
{
    beginResetModel();
    m_report = std::move(report);
    m_findingCounts.clear();
    m_highCounts.clear();
    if (m_report) {
        for (const auto &a : m_report->articles) {
            int count = 0;
            int high = 0;
            for (const auto &f : m_report->findings) {
                if (f.severity == Severity::Info)
                    continue;
                const bool touches = std::any_of(f.evidence.cbegin(), f.evidence.cend(),
                                                 [&a](const Evidence &ev) { return ev.doc == a.id; });
                count += touches;
                high += touches && f.severity == Severity::High;
            }
            m_findingCounts.append(count);
            m_highCounts.append(high);
        }
    }
    endResetModel();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!m_report || !index.isValid() || index.row() >= m_report->articles.size())
        return {};
    const Article &a = m_report->articles.at(index.row());
    switch (role) {
    case ArticleIdRole: return a.id;
    case FindingCountRole: return m_findingCounts.value(index.row());
    case HighFindingCountRole: return m_highCounts.value(index.row());
    case Qt::ToolTipRole:
        return plainToolTip(tr("%1\n%2\nPublished: %3\nLanguage: %4")
                                .arg(a.meta.title.isEmpty() ? displayName(a) : a.meta.title, a.source,
                                     a.meta.published.isValid()
                                         ? QLocale().toString(a.meta.published, QLocale::LongFormat)
                                         : tr("unknown"),
                                     a.meta.language.isEmpty() ? tr("unknown") : a.meta.language));
    case Qt::TextAlignmentRole:
        if (index.column() == FindingsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        // The id, as the panes, the timeline and the findings table name the article.
        case NameColumn: return QStringLiteral("%1 \u00b7 %2").arg(a.id, displayName(a));
        // Day and month name: "04/03/25" reads as April in some countries and March in others.
        case DateColumn:
            return a.meta.published.isValid() ? QLocale().toString(a.meta.published, QStringLiteral("d MMM yyyy"))
                                              : QStringLiteral("\u2014");
        case LanguageColumn: return a.meta.language;
        case FindingsColumn: {
            const int count = m_findingCounts.value(index.row());
            // The mark tells at a glance which articles carry a high-severity finding.
            return m_highCounts.value(index.row()) ? QStringLiteral("%1 !").arg(count) : QString::number(count);
        }
        }
        return {};
    default: return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == FindingsColumn)
        return tr("Findings that involve the article; \u201c!\u201d marks a high-severity one");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Article");
    case DateColumn: return tr("Date");
    case LanguageColumn: return tr("Lang.");
    case FindingsColumn: return tr("Findings");
    }
    return {};
}

} // namespace fc::ui
