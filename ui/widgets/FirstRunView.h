#pragma once

#include <QWidget>

class QPushButton;

namespace fc::ui {

// What the empty window shows before any article is open: what the workbench does, and two
// ways to start, the example story installed with the program or the editor's own files.
class FirstRunView : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunView(QWidget *parent = nullptr);

    QPushButton *openExampleButton() const { return m_example; }
    QPushButton *openFilesButton() const { return m_files; }
    // Without installed examples the button stays, disabled, saying why.
    void setExampleAvailable(bool available);

Q_SIGNALS:
    void openExampleRequested();
    void openFilesRequested();

private:
    QPushButton *m_example;
    QPushButton *m_files;
};

} // namespace fc::ui
