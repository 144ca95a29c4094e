#pragma once

#include "model/Report.h"
#include "models/ArticlePages.h"
#include "widgets/MentionTheme.h"

#include <QByteArray>
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
    // Checkable; shown for an article read from an image (a screenshot, a scanned PDF) that is
    // at hand.
    QToolButton *imageToggle() const { return m_imageToggle; }
    bool showsImage() const;
    void setShowImage(bool on);
    // Where the pane finds the bytes an article was read from (the screenshot or the PDF,
    // shown when its words fit on it: ArticlePages): by default the file the article was
    // loaded from (Article::source); the workbench asks its project first.
    using SourceLoader = std::function<QByteArray(const Article &article)>;
    void setSourceLoader(SourceLoader loader);
    static QByteArray bytesFromSourceFile(const Article &article);
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
    SourceLoader m_sourceLoader;
    // What the image view shows, kept while the same bytes are shown for the same words (a
    // new analysis of the same articles need not render a PDF's pages again).
    struct ShownPages
    {
        QByteArray bytes;
        QList<WordBox> words;
        QList<ArticlePage> pages;
    } m_shown;
};

} // namespace fc::ui
