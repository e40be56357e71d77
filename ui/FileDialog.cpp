#include "FileDialog.h"

#include <QFileDialog>

bool FileDialog::answered(QString *answer)
{
    ++s_asked;
    if (!s_answers.empty()) {
        *answer = s_answers.front();
        s_answers.pop_front();
        return true;
    }
    if (s_unattended) {
        qWarning("FileDialog: unanswered question cancelled");
        answer->clear();
        return true;
    }
    return false;
}

QString FileDialog::existingDirectory(QWidget *parent, const QString &title, const QString &dir)
{
    QString answer;
    if (answered(&answer))
        return answer;
    return QFileDialog::getExistingDirectory(parent, title, dir);
}

QString FileDialog::openFileName(QWidget *parent,
                                 const QString &title,
                                 const QString &dir,
                                 const QString &filter)
{
    QString answer;
    if (answered(&answer))
        return answer;
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString FileDialog::saveFileName(QWidget *parent,
                                 const QString &title,
                                 const QString &path,
                                 const QString &filter)
{
    QString answer;
    if (answered(&answer))
        return answer;
    return QFileDialog::getSaveFileName(parent, title, path, filter);
}
