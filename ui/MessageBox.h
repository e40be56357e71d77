#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QStringList>

#include <deque>

// Every dialog question goes through here so tests can answer it in advance (as KeePassXC's
// MessageBox does): a queued answer is returned instead of showing the box.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    // Shows text with the given button labels; returns the index of the chosen one, or -1 when the
    // box was closed. The first button is the default, the last one answers Esc.
    static int ask(QWidget *parent,
                   QMessageBox::Icon icon,
                   const QString &title,
                   const QString &text,
                   const QStringList &buttons,
                   const QString &details = QString());
    static void inform(QWidget *parent,
                       QMessageBox::Icon icon,
                       const QString &title,
                       const QString &text);

    // Tests: the next ask() returns this index without showing anything.
    static void queueAnswer(int index) { s_answers.push_back(index); }
    // Tests: a question nobody queued an answer for is closed at once (-1) instead of waiting
    // for a click that never comes.
    static void setUnattended(bool unattended) { s_unattended = unattended; }
    static int askedCount() { return s_asked; }
    static QString lastText() { return s_lastText; }

private:
    static inline std::deque<int> s_answers;
    static inline int s_asked = 0;
    static inline bool s_unattended = false;
    static inline QString s_lastText;
};
