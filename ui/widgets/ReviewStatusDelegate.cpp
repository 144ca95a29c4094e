#include "ReviewStatusDelegate.h"

#include "models/ReviewState.h"

#include <QComboBox>

namespace fc::ui {

QWidget *ReviewStatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (ReviewStatus s : allReviewStatuses())
        combo->addItem(ReviewState::statusLabel(s), int(s));
    combo->setAccessibleName(tr("Review status"));
    // Choosing is the whole edit: commit at once so a mouse user needs one click, not two.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        Q_EMIT const_cast<ReviewStatusDelegate *>(this)->commitData(combo);
        Q_EMIT const_cast<ReviewStatusDelegate *>(this)->closeEditor(combo);
    });
    return combo;
}

void ReviewStatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void ReviewStatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace fc::ui
