// The main window's look: the colour scheme of the article panes and the timeline, and the
// legend of mention types. The window chrome keeps the platform's style and palette.
#include "MainWindow.h"

#include "widgets/ArticlePane.h"
#include "widgets/ArticleView.h"
#include "widgets/MentionMarks.h"
#include "widgets/TimelineChart.h"

#include <QAction>
#include <QGuiApplication>
#include <QLabel>
#include <QSettings>
#include <QStyleHints>

namespace fc::ui {

bool MainWindow::namedTheme() const
{
    return !m_themeKey.isEmpty() && m_themeKey != u"light" && m_themeKey != u"dark" && m_themeKey != u"system";
}

void MainWindow::setThemeName(const QString &name)
{
    m_themeKey = name.isEmpty() ? QStringLiteral("system") : name;
    m_scheme = colourSchemeFromKey(m_themeKey);
    if (!namedTheme()) {
        requestPlatformScheme(m_scheme);
        // Asked after handing the choice back to the platform, so it is the system's own.
        if (m_scheme == ColourScheme::System)
            m_systemScheme = QGuiApplication::styleHints()->colorScheme();
    }
    QSettings().setValue(QStringLiteral("view/colourScheme"), m_themeKey);
    applyTheme();
}

void MainWindow::systemSchemeChanged(Qt::ColorScheme scheme)
{
    // Light or Dark chosen by hand also reaches here (the platform confirms the request): only
    // a window that follows the system takes the news.
    if (namedTheme() || m_scheme != ColourScheme::System)
        return;
    m_systemScheme = scheme;
    applyTheme();
}

void MainWindow::applyTheme()
{
    m_theme = namedTheme() ? MentionTheme::fromName(m_themeKey) : mentionThemeFor(m_scheme, m_systemScheme);
    m_lightAction->setChecked(!namedTheme() && m_scheme == ColourScheme::Light);
    m_darkAction->setChecked(!namedTheme() && m_scheme == ColourScheme::Dark);
    m_systemSchemeAction->setChecked(!namedTheme() && m_scheme == ColourScheme::System);
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->setTheme(m_theme);
    m_timeline->setTheme(m_theme);
    updateLegend();
}

void MainWindow::setTypeLines(bool on)
{
    m_typeLines = on;
    m_typeLinesAction->setChecked(on);
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->view()->setTypeLines(on);
    QSettings().setValue(QStringLiteral("view/typeLines"), on);
    updateLegend();
}

void MainWindow::updateLegend()
{
    // Drawn with the panes' own formats, so the legend shows exactly the marks in the text.
    m_legend->setPixmap(mentionLegend(m_theme, m_typeLines, m_legend->font(), devicePixelRatioF()));
    const QString words = mentionLegendText(m_typeLines);
    m_legend->setToolTip(words);
    m_legend->setAccessibleDescription(words);
}

} // namespace fc::ui
