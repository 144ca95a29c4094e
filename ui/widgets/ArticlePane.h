#pragma once

#include "model/Report.h"
#include "widgets/MentionTheme.h"

#include <QImage>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace fc::ui {

class ArticleImageView;
class ArticleView;

// One column of the side-by-side view: which article it shows, its metadata (outlet, date
// and where the date came from, language) with an editable publication date, and the text;
// for a screenshot, a toggle between the text and the image it was read from, marked alike.
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
    ArticleImageView *imageView() const { return m_imageView; }
    // Checkable; shown for an article read from an image that is at hand.
    QToolButton *imageToggle() const { return m_imageToggle; }
    bool showsImage() const;
    void setShowImage(bool on);
    // Where the pane finds the image an article was read from: by default the file the article
    // was loaded from (Article::source), when it still holds an image its words fit on.
    using ImageLoader = std::function<QImage(const Article &article)>;
    void setImageLoader(ImageLoader loader);
    static QImage imageFromSourceFile(const Article &article);
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
    void updateImage();

    std::shared_ptr<const Report> m_report;
    MentionTheme m_theme;
    QComboBox *m_chooser;
    QLabel *m_meta;
    QDateEdit *m_dateEdit;
    QTimer *m_dateDebounce;
    ArticleView *m_view;
    ArticleImageView *m_imageView;
    QStackedWidget *m_stack;
    QToolButton *m_imageToggle;
    ImageLoader m_imageLoader;
};

} // namespace fc::ui
