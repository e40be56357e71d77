#pragma once

#include "Actor.h"
#include "followups/FollowUp.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// What a follow-up follows (a purchase, a service request or a complaint of its customer), told
// in one line for the desk, and the records of a customer a new follow-up may link to. Read
// through core's repositories and the timeline (which reads complaints too).
class FollowUpLinks
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpLinks)

public:
    enum class Kind { None, Purchase, Request, Complaint };
    struct Choice
    {
        Kind kind = Kind::None;
        qint64 id = 0;
        QString text;
    };

    FollowUpLinks(Database &db, const Actor &actor);

    // "Purchase of 2026-11-20: 空调 ×2, ¥7,999.00"; empty when it follows nothing. A record that
    // cannot be read is said so, not left out.
    QString describe(const FollowUp &followUp) const;
    // The customer's purchases, requests and complaints, newest first, at most `perKind` each.
    QList<Choice> choices(qint64 customerId, int perKind = 50) const;

    static Kind kindOf(const FollowUp &followUp);
    static qint64 idOf(const FollowUp &followUp);
    // Sets the link of followUp to choice (clearing the others).
    static void apply(FollowUp &followUp, const Choice &choice);

private:
    QString purchase(qint64 id) const;
    QString request(qint64 id) const;
    QString complaint(qint64 customerId, qint64 id) const;

    Database &m_db;
    Actor m_actor;
};
