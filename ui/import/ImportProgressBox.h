#pragma once

#include <QWidget>

class ImportJob;
class QLabel;
class QProgressBar;
class QPushButton;

// A run's progress under a line saying what happens, with Cancel; hidden when nothing runs.
class ImportProgressBox : public QWidget
{
    Q_OBJECT

public:
    ImportProgressBox(ImportJob *job, QWidget *parent = nullptr);

    // Shows text over a bar at zero, the stop button ready (named as the run's Cancel).
    void begin(const QString &text, const QString &stopText);
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *bar() const { return m_bar; }

private:
    ImportJob *m_job;
    QLabel *m_text = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};
