#pragma once

#include <QString>

class QSettings;

namespace fc::ui {

// The name the review history records for this editor: asked once, then kept in the settings
// (QSettings, passed in so tests use a file of their own). Until the editor has given one the
// login name stands in.
class ReviewerName
{
public:
    explicit ReviewerName(QSettings *settings);

    bool isKept() const;
    QString name() const; // the kept name, else loginName()
    void keep(const QString &name);

    static QString loginName();

private:
    QSettings *m_settings;
};

} // namespace fc::ui
