#pragma once

#include <QList>
#include <QString>

// What demo history is made of: products and their prices, the choice lists' codes, and pools
// of Chinese phrases for interactions, returns, service requests, complaints and follow-ups.
// Built once.
struct DemoPhrases
{
    struct Product
    {
        QString name;
        qsizetype category = 0; // into categories
        qint64 lowYuan = 0;
        qint64 highYuan = 0;
        qint64 maxQuantity = 1;
    };

    QList<QString> categories;
    QList<Product> products;
    QList<QString> channels; // where it was bought: 门店, 官网, 天猫, 京东, 微信小程序
    QList<QString> payments; // payment_method codes, in the choice list's order
    QList<QString> purchaseNotes;
    QList<QString> returnReasons; // return_reason codes, in the choice list's order
    QList<QList<QString>> returnNotes; // per reason
    QList<QList<QString>> summaries; // per InteractionType; "%1" is a product
    QList<QList<QString>> results; // per InteractionType
    QList<QString> requestTitles; // "%1" is a product
    QList<QString> requestDescriptions;
    QList<QString> planContents;
    QList<QString> planSchedules;
    QList<QString> backReasons;
    QList<QString> reopenReasons;
    QList<QString> cancelReasons;

    // One first-level complaint reason (the complaint_reason list's codes) and what complaints
    // about it say and get.
    struct ComplaintReason
    {
        QString code;
        int weight = 0; // how often, relative to the others
        QList<QString> subReasons; // second-level codes
        // Per sub-reason, then one more list for complaints without one; "%1" is a product.
        QList<QList<QString>> descriptions;
        QList<QString> resolutions;
        QList<QString> rootCauses;
        QList<QString> correctiveActions;
        QList<QString> compensations; // compensation_kind codes that fit
    };
    QList<ComplaintReason> complaintReasons;
    QList<QString> complaintResponses; // what the customer is told first
    QList<QString> preventiveActions;
    QList<QString> complaintReopenReasons;
    // Follow-ups, per kind (DemoFollowUps::Kind): purposes ("%1" names the source) and outcomes.
    QList<QString> followUpPurposes;
    QList<QList<QString>> followUpOutcomes;
    QList<QString> followUpNotes;
    QString unreachableOutcome;
    QString cancelledNote;

    static const DemoPhrases &get();
};
