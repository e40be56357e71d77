#include "MessageBox.h"

#include <QPushButton>

int MessageBox::ask(QWidget *parent,
                    QMessageBox::Icon icon,
                    const QString &title,
                    const QString &text,
                    const QStringList &buttons,
                    const QString &details)
{
    ++s_asked;
    s_lastText = text;
    if (!s_answers.empty()) {
        const int answer = s_answers.front();
        s_answers.pop_front();
        return answer;
    }
    if (s_unattended) {
        qWarning("MessageBox: unanswered question closed: %s", qPrintable(text));
        return -1;
    }
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    if (!details.isEmpty())
        box.setInformativeText(details);
    QList<QPushButton *> pushButtons;
    for (int i = 0; i < buttons.size(); ++i) {
        const QMessageBox::ButtonRole role = i == buttons.size() - 1 && buttons.size() > 1
                                                     ? QMessageBox::RejectRole
                                                     : QMessageBox::AcceptRole;
        pushButtons.append(box.addButton(buttons.at(i), role));
    }
    if (!pushButtons.isEmpty()) {
        box.setDefaultButton(pushButtons.first());
        box.setEscapeButton(pushButtons.last());
    }
    box.exec();
    return int(pushButtons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

void MessageBox::inform(QWidget *parent,
                        QMessageBox::Icon icon,
                        const QString &title,
                        const QString &text)
{
    ask(parent, icon, title, text, {tr("OK")});
}
