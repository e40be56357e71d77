#include "IdleLock.h"

#include "SignInDialog.h"
#include "security/UserRepository.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>
#include <QWidget>

IdleLock::IdleLock(Database &db, const Actor &actor, QWidget *window)
    : QObject(window)
    , m_users(std::make_unique<UserRepository>(db))
    , m_actor(actor)
    , m_window(window)
{
    const int minutes
            = QSettings().value(QStringLiteral("security/idleMinutes"), DefaultMinutes).toInt();
    m_timer.setSingleShot(true);
    setInterval(qMax(1, minutes) * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
    m_timer.start();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

void IdleLock::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    if (!isLocked())
        m_timer.start();
}

void IdleLock::lock()
{
    if (isLocked())
        return;
    m_timer.stop();
    auto *dialog = new SignInDialog(*m_users, QString(), m_window);
    dialog->lockTo(m_actor);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted) {
            // Not the user: the window stays locked until the right password is given.
            QMetaObject::invokeMethod(this, &IdleLock::lock, Qt::QueuedConnection);
            return;
        }
        m_dialog = nullptr; // unlocked now, though the dialog is deleted only later
        m_timer.start();
        Q_EMIT lockedChanged(false);
    });
    dialog->open();
    Q_EMIT lockedChanged(true);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!isLocked())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
