#include "FirstRunView.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc::ui {

FirstRunView::FirstRunView(QWidget *parent)
    : QWidget(parent)
    , m_example(new QPushButton(tr("Open &Example")))
    , m_files(new QPushButton(tr("Open &Files\u2026")))
{
    setObjectName(QStringLiteral("firstRunView"));
    auto *title = new QLabel(tr("Compare news articles about one story"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Open two or more articles (text, Markdown, HTML or PDF, or drop them here). The "
                               "workbench marks people, places, dates and numbers, and lists where the articles "
                               "disagree for you to confirm or dismiss. Press F1 for the manual."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed width: a wrapped label in a centred layout is otherwise given one line's height.
    text->setFixedWidth(520);
    text->setMinimumHeight(text->heightForWidth(520));
    m_example->setObjectName(QStringLiteral("openExampleButton"));
    m_example->setToolTip(tr("Open the example story installed with the workbench"));
    m_files->setObjectName(QStringLiteral("openFilesButton"));
    m_files->setDefault(true);
    connect(m_example, &QPushButton::clicked, this, &FirstRunView::openExampleRequested);
    connect(m_files, &QPushButton::clicked, this, &FirstRunView::openFilesRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_example);
    buttons->addWidget(m_files);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addSpacing(12);
    auto *centred = new QHBoxLayout;
    centred->addStretch();
    centred->addWidget(text);
    centred->addStretch();
    layout->addLayout(centred);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addStretch(2);
}

void FirstRunView::setExampleAvailable(bool available)
{
    m_example->setEnabled(available);
    m_example->setToolTip(available ? tr("Open the example story installed with the workbench")
                                    : tr("The examples are not installed with this copy of the workbench"));
}

} // namespace fc::ui
