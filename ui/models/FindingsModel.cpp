#include "FindingsModel.h"

#include "export/ReportVocabulary.h"
#include "model/FindingKind.h"
#include "models/ArticleListModel.h"
#include "models/PlainText.h"

#include <QFont>
#include <QLocale>
#include <QStringList>

namespace fc::ui {

FindingsModel::FindingsModel(ReviewState *reviews, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reviews(reviews)
{
    connect(m_reviews, &ReviewState::reviewChanged, this, &FindingsModel::reviewChanged);
    connect(m_reviews, &ReviewState::cleared, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, NoteColumn));
    });
}

void FindingsModel::setReport(std::shared_ptr<const Report> report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::High: return tr("High");
    case Severity::Medium: return tr("Medium");
    case Severity::Low: return tr("Low");
    case Severity::Info: return tr("Info");
    }
    return {};
}

QString FindingsModel::summaryText(const Finding &finding)
{
    const bool indonesian = QLocale().language() == QLocale::Indonesian && !finding.summaryId.isEmpty();
    return indonesian ? finding.summaryId : finding.summary;
}

QString FindingsModel::kindLabel(const QString &kind)
{
    // The reports' name (one list, core/model/FindingKind.cpp) capitalised for a column
    // heading's style; a kind added later shows as the engine wrote it.
    if (!findingKindName(kind))
        return kind;
    QString label = vocabulary::kindName(kind);
    label[0] = label.at(0).toUpper();
    return label;
}

QString FindingsModel::articleNames(const Finding &finding, bool full) const
{
    QStringList names;
    for (const auto &ev : finding.evidence) {
        const Article *a = m_report->article(ev.doc);
        const QString name =
            full && a ? QStringLiteral("%1 \u00b7 %2").arg(ev.doc, ArticleListModel::displayName(*a)) : ev.doc;
        if (!names.contains(name))
            names << name;
    }
    return names.join(full ? QStringLiteral("\n") : QStringLiteral(", "));
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!m_report || !index.isValid() || index.row() >= m_report->findings.size())
        return {};
    const Finding &f = m_report->findings.at(index.row());
    const Review review = m_reviews->review(f.key);
    switch (role) {
    case FindingIndexRole: return index.row();
    case SeverityRankRole: return int(f.severity);
    case KindRole: return f.kind;
    case StatusRole: return int(review.status);
    case FindingKeyRole: return f.key;
    case SortRole:
        if (index.column() == SeverityColumn)
            return int(f.severity);
        if (index.column() == StatusColumn)
            return int(review.status);
        return data(index, Qt::DisplayRole);
    case Qt::EditRole:
        if (index.column() == StatusColumn)
            return int(review.status);
        if (index.column() == NoteColumn)
            return review.note;
        return {};
    case Qt::FontRole:
        if (index.column() == SeverityColumn && f.severity == Severity::High) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: return plainToolTip(data(index, PlainToolTipRole).toString());
    case PlainToolTipRole: role = Qt::ToolTipRole; break;
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case SeverityColumn: return severityLabel(f.severity);
    case KindColumn: return role == Qt::ToolTipRole ? f.kind : kindLabel(f.kind);
    case SummaryColumn: {
        const QString summary = summaryText(f);
        if (role != Qt::ToolTipRole)
            return summary;
        QStringList lines{summary};
        for (const auto &ev : f.evidence)
            lines << QStringLiteral("%1: \u201c%2\u201d").arg(ev.doc, ev.text);
        lines << vocabulary::matchLines(f); // why measured claims were matched
        return lines.join(QLatin1Char('\n'));
    }
    case ArticlesColumn: return articleNames(f, role == Qt::ToolTipRole);
    case StatusColumn:
        return review.status == ReviewStatus::Unreviewed && role == Qt::DisplayRole
            ? QStringLiteral("\u2014")
            : ReviewState::statusLabel(review.status);
    case NoteColumn: return review.note;
    }
    return {};
}

bool FindingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_report || !index.isValid() || role != Qt::EditRole || index.row() >= m_report->findings.size())
        return false;
    const QString key = m_report->findings.at(index.row()).key;
    if (index.column() == StatusColumn) {
        bool ok = false;
        const int status = value.toInt(&ok);
        if (!ok || status < 0 || status > int(ReviewStatus::Dismissed))
            return false;
        m_reviews->setStatus(key, ReviewStatus(status));
        return true;
    }
    if (index.column() == NoteColumn) {
        m_reviews->setNote(key, value.toString());
        return true;
    }
    return false;
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == StatusColumn || index.column() == NoteColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case KindColumn: return tr("Kind");
    case SummaryColumn: return tr("Summary");
    case ArticlesColumn: return tr("Articles");
    case StatusColumn: return tr("Review");
    case NoteColumn: return tr("Note");
    }
    return {};
}

void FindingsModel::reviewChanged(const QString &key)
{
    if (!m_report)
        return;
    for (int row = 0; row < m_report->findings.size(); ++row) {
        if (m_report->findings.at(row).key == key)
            Q_EMIT dataChanged(index(row, StatusColumn), index(row, NoteColumn));
    }
}

} // namespace fc::ui
