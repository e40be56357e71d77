#pragma once

#include <QDateTime>
#include <QString>

enum class InteractionChannel {
    Phone = 0,
    Email = 1,
    Sms = 2,
    WeChat = 3,
    OnlineChat = 4,
    Visit = 5,
    SocialMedia = 6,
    Other = 7
};
enum class InteractionDirection { Inbound = 0, Outbound = 1 };
enum class InteractionType {
    Inquiry = 0,
    ServiceRequest = 1,
    Complaint = 2,
    Feedback = 3,
    Suggestion = 4,
    FollowUp = 5,
    Marketing = 6,
    TrainingEvent = 7
};

// One contact with a customer (交互记录). Interactions are logged, not edited: a correction is a
// new entry.
struct Interaction
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDateTime occurredAt; // UTC
    InteractionChannel channel = InteractionChannel::Phone;
    InteractionDirection direction = InteractionDirection::Inbound;
    InteractionType type = InteractionType::Inquiry;
    QString summary;
    QString result;
    QString staff; // login of the staff member who handled it
    int durationSeconds = 0;
    QDateTime createdAt;
    QString createdBy;
};
