#pragma once

#include <QTreeWidget>

namespace fc::ui {

class ProjectSession;

// A finding's review history, newest change first: when, who, and what changed (status from
// and to, the note as it became). Read from the open project; without one there is none, and
// the view says so.
class ReviewHistoryView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ReviewHistoryView(ProjectSession *project, QWidget *parent = nullptr);

    void setFinding(const QString &findingKey); // empty: none selected
    QString finding() const { return m_key; }
    void refresh();

private:
    ProjectSession *m_project;
    QString m_key;
};

} // namespace fc::ui
