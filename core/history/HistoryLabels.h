#pragma once

#include "Interaction.h"
#include "ServiceRequest.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// The translated words for the history enumerations, in one place for forms, lists, the
// timeline and reports; and money in the locale's currency (CNY by default).
class HistoryLabels
{
    Q_DECLARE_TR_FUNCTIONS(HistoryLabels)

public:
    static QString channel(InteractionChannel channel);
    static QString direction(InteractionDirection direction);
    static QString type(InteractionType type);
    static QString stage(RequestStage stage);
    static QString priority(RequestPriority priority);

    static QList<InteractionChannel> channels();
    static QList<InteractionDirection> directions();
    static QList<InteractionType> types();
    static QList<RequestStage> stages();
    static QList<RequestPriority> priorities();

    // 1234567 -> "¥12,345.67" (zh_CN) / "CN¥12,345.67" (en); the currency symbol from settings
    // later, CNY now.
    static QString money(qint64 minorUnits);
    // "12,345.67" <-> 1234567; nullopt when the text is not an amount (or has more than two
    // decimals, or is out of range).
    static std::optional<qint64> parseMoney(const QString &text);
    static QString moneyPlain(qint64 minorUnits);
    // "1 h 05 min", "45 s"
    static QString duration(int seconds);
};
