#pragma once

#include <QDialog>
#include <QString>

#include <deque>
#include <optional>

class ArchiveAddress;
class QLineEdit;

// Asks for the password of a server's database user when the server wants one and libpq found
// none (PGPASSWORD, ~/.pgpass). What is typed is kept in memory only, never in settings. Tests
// answer it in advance, as they do MessageBox.
class PasswordPrompt : public QDialog
{
    Q_OBJECT

public:
    // retry: the password given before was not accepted.
    PasswordPrompt(const ArchiveAddress &address, bool retry, QWidget *parent = nullptr);

    QString password() const;

    // The password, or empty when the user cancels.
    static std::optional<QString> ask(QWidget *parent, const ArchiveAddress &address, bool retry);

    // Tests: the next question returns this (nullopt: cancelled) without showing anything.
    static void queueAnswer(const std::optional<QString> &answer) { s_answers.push_back(answer); }
    // Tests: a question nobody queued an answer for is cancelled at once instead of waiting.
    static void setUnattended(bool unattended) { s_unattended = unattended; }
    static int askedCount() { return s_asked; }

private:
    QLineEdit *m_password = nullptr;

    static inline std::deque<std::optional<QString>> s_answers;
    static inline int s_asked = 0;
    static inline bool s_unattended = false;
};
