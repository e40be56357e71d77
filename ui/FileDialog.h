#pragma once

#include <QString>

#include <deque>

class QWidget;

// Every file and folder question goes through here so tests can answer it in advance, as they
// do with MessageBox: a queued answer is returned instead of showing the dialog.
class FileDialog
{
public:
    // An existing folder; empty when the user cancels.
    static QString existingDirectory(QWidget *parent, const QString &title, const QString &dir);
    // An existing file; empty when the user cancels.
    static QString openFileName(QWidget *parent,
                                const QString &title,
                                const QString &dir,
                                const QString &filter);
    // A file to write (the dialog asks before replacing one); empty when the user cancels.
    static QString saveFileName(QWidget *parent,
                                const QString &title,
                                const QString &path,
                                const QString &filter);

    // Tests: the next question returns this path (empty: cancelled) without showing anything.
    static void queueAnswer(const QString &path) { s_answers.push_back(path); }
    // Tests: a question nobody queued an answer for is cancelled at once instead of waiting.
    static void setUnattended(bool unattended) { s_unattended = unattended; }
    static int askedCount() { return s_asked; }

private:
    static bool answered(QString *answer);

    static inline std::deque<QString> s_answers;
    static inline int s_asked = 0;
    static inline bool s_unattended = false;
};
