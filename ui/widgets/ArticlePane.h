#pragma once

#include "model/Report.h"
#include "widgets/MentionTheme.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;

namespace fc::ui {

class ArticleView;

// One column of the side-by-side view: which article it shows, its metadata (outlet, date
// and where the date came from, language) with an editable publication date, and the text.
class ArticlePane : public QWidget
{
    Q_OBJECT
public:
    explicit ArticlePane(QWidget *parent = nullptr);

    // Shows report's article articleId ("" for the first) in theme.
    void setReport(std::shared_ptr<const Report> report, const QString &articleId, const MentionTheme &theme);
    void showArticle(const QString &articleId);
    QString articleId() const;
    void setTheme(const MentionTheme &theme);

    ArticleView *view() const { return m_view; }
    QComboBox *articleChooser() const { return m_chooser; }
    QDateEdit *dateEdit() const { return m_dateEdit; }
    QString headerText() const;

Q_SIGNALS:
    void articleChanged(const QString &articleId);
    // The user set the publication date; the analysis must re-anchor relative dates.
    void publishedDateEdited(const QString &articleId, const QDate &date);

private:
    void updateHeader();
    void commitDate();

    std::shared_ptr<const Report> m_report;
    MentionTheme m_theme;
    QComboBox *m_chooser;
    QLabel *m_meta;
    QDateEdit *m_dateEdit;
    QTimer *m_dateDebounce;
    ArticleView *m_view;
};

} // namespace fc::ui
