#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace fc::ui {

// Analysis › Text Recognition Languages: the languages screenshots of articles are read in,
// as Tesseract's codes joined by '+'. OK checks them (models/OcrLanguageSetting.h): the dialog
// closes once they are kept and used, or stays open naming the code that is malformed or not
// installed.
class OcrLanguagesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OcrLanguagesDialog(QSettings *settings, QWidget *parent = nullptr);

    QLineEdit *editor() const { return m_editor; }
    QLabel *problem() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

    void accept() override;

private:
    QSettings *m_settings;
    QLineEdit *m_editor;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace fc::ui
