#pragma once

#include <QList>
#include <QString>

// What demo history is made of: products and their prices, the choice lists' codes, and pools
// of Chinese phrases for interactions, returns and service requests. Built once.
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

    static const DemoPhrases &get();
};
