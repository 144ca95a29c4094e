#include "ArticleListModel.h"

#include <QLocale>
#include <QSet>

namespace fc::ui {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ArticleListModel::setReport(const Report *report)
{
    beginResetModel();
    m_report = report;
    m_findingCounts.clear();
    if (m_report) {
        for (const auto &a : m_report->articles) {
            int count = 0;
            for (const auto &f : m_report->findings) {
                if (f.severity == Severity::Info)
                    continue;
                for (const auto &ev : f.evidence) {
                    if (ev.doc == a.id) {
                        ++count;
                        break;
                    }
                }
            }
            m_findingCounts.append(count);
        }
    }
    endResetModel();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->articles.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!m_report || !index.isValid() || index.row() >= m_report->articles.size())
        return {};
    const Article &a = m_report->articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = !a.meta.outlet.isEmpty() ? a.meta.outlet
            : !a.meta.title.isEmpty()                 ? a.meta.title
                                                      : a.source.section(QLatin1Char('/'), -1);
        const int findings = m_findingCounts.value(index.row());
        return findings ? tr("%1 (%n finding(s))", nullptr, findings).arg(name) : name;
    }
    case Qt::ToolTipRole:
        return tr("%1\nPublished: %2\nLanguage: %3")
            .arg(a.source,
                 a.meta.published.isValid() ? QLocale().toString(a.meta.published, QLocale::LongFormat) : tr("unknown"),
                 a.meta.language);
    case ArticleIdRole: return a.id;
    case FindingCountRole: return m_findingCounts.value(index.row());
    default: return {};
    }
}

} // namespace fc::ui
