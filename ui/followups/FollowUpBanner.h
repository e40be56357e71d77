#pragma once

#include "followups/FollowUp.h"

#include <QFrame>

class QLabel;

// A line above the profile's tabs while a return visit is being made from the Today queue: what
// the call is for, when it was due and what it follows, so the desk has it in view beside the
// customer's timeline.
class FollowUpBanner : public QFrame
{
    Q_OBJECT

public:
    explicit FollowUpBanner(QWidget *parent = nullptr);

    // follows: FollowUpLinks::describe() of it (may be empty).
    void showTask(const FollowUp &followUp, const QString &follows);
    void clear();
    qint64 followUpId() const { return m_followUpId; }
    qint64 customerId() const { return m_customerId; }
    QString text() const;

private:
    QLabel *m_text = nullptr;
    qint64 m_followUpId = 0;
    qint64 m_customerId = 0;
};
