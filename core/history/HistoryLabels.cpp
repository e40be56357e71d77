#include "HistoryLabels.h"

#include <QLocale>
#include <QRegularExpression>

QString HistoryLabels::channel(InteractionChannel channel)
{
    switch (channel) {
    case InteractionChannel::Phone:
        return tr("Phone");
    case InteractionChannel::Email:
        return tr("Email");
    case InteractionChannel::Sms:
        return tr("SMS");
    case InteractionChannel::WeChat:
        return tr("WeChat");
    case InteractionChannel::OnlineChat:
        return tr("Online chat");
    case InteractionChannel::Visit:
        return tr("Visit");
    case InteractionChannel::SocialMedia:
        return tr("Social media");
    case InteractionChannel::Other:
        return tr("Other");
    }
    return {};
}

QString HistoryLabels::direction(InteractionDirection direction)
{
    switch (direction) {
    case InteractionDirection::Inbound:
        return tr("Inbound");
    case InteractionDirection::Outbound:
        return tr("Outbound");
    }
    return {};
}

QString HistoryLabels::type(InteractionType type)
{
    switch (type) {
    case InteractionType::Inquiry:
        return tr("Inquiry");
    case InteractionType::ServiceRequest:
        return tr("Service request");
    case InteractionType::Complaint:
        return tr("Complaint");
    case InteractionType::Feedback:
        return tr("Feedback");
    case InteractionType::Suggestion:
        return tr("Suggestion");
    case InteractionType::FollowUp:
        return tr("Follow-up");
    case InteractionType::Marketing:
        return tr("Marketing");
    case InteractionType::TrainingEvent:
        return tr("Training / event");
    }
    return {};
}

QString HistoryLabels::stage(RequestStage stage)
{
    switch (stage) {
    case RequestStage::Contact:
        return tr("Contact");
    case RequestStage::NeedsAnalysis:
        return tr("Needs analysis");
    case RequestStage::Plan:
        return tr("Plan");
    case RequestStage::Execution:
        return tr("Execution");
    case RequestStage::AfterSales:
        return tr("After-sales");
    case RequestStage::Closed:
        return tr("Closed");
    case RequestStage::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString HistoryLabels::priority(RequestPriority priority)
{
    switch (priority) {
    case RequestPriority::Low:
        return tr("Low");
    case RequestPriority::Normal:
        return tr("Normal");
    case RequestPriority::High:
        return tr("High");
    case RequestPriority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QList<InteractionChannel> HistoryLabels::channels()
{
    return {InteractionChannel::Phone,
            InteractionChannel::Email,
            InteractionChannel::Sms,
            InteractionChannel::WeChat,
            InteractionChannel::OnlineChat,
            InteractionChannel::Visit,
            InteractionChannel::SocialMedia,
            InteractionChannel::Other};
}

QList<InteractionDirection> HistoryLabels::directions()
{
    return {InteractionDirection::Inbound, InteractionDirection::Outbound};
}

QList<InteractionType> HistoryLabels::types()
{
    return {InteractionType::Inquiry,
            InteractionType::ServiceRequest,
            InteractionType::Complaint,
            InteractionType::Feedback,
            InteractionType::Suggestion,
            InteractionType::FollowUp,
            InteractionType::Marketing,
            InteractionType::TrainingEvent};
}

QList<RequestStage> HistoryLabels::stages()
{
    return {RequestStage::Contact,
            RequestStage::NeedsAnalysis,
            RequestStage::Plan,
            RequestStage::Execution,
            RequestStage::AfterSales,
            RequestStage::Closed,
            RequestStage::Cancelled};
}

QList<RequestPriority> HistoryLabels::priorities()
{
    return {RequestPriority::Low,
            RequestPriority::Normal,
            RequestPriority::High,
            RequestPriority::Urgent};
}

QString HistoryLabels::moneyPlain(qint64 minorUnits)
{
    const QLocale locale;
    const bool negative = minorUnits < 0;
    // Whole units and cents apart: exact for every amount (a double is not).
    const quint64 magnitude = negative ? 0 - quint64(minorUnits) : quint64(minorUnits);
    QString whole = locale.toString(qulonglong(magnitude / 100));
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (negative ? locale.negativeSign() : QString()) + whole + locale.decimalPoint() + cents;
}

QString HistoryLabels::money(qint64 minorUnits)
{
    //: The currency symbol of yuan (CNY) before an amount.
    return tr("¥%1").arg(moneyPlain(minorUnits));
}

std::optional<qint64> HistoryLabels::parseMoney(const QString &text)
{
    const QLocale locale;
    QString t = text.trimmed();
    t.remove(QChar(u'¥')).remove(QChar(u'￥')).remove(QStringLiteral("CN")).remove(QLatin1Char(' '));
    t.remove(locale.groupSeparator());
    if (locale.decimalPoint() != QLatin1String("."))
        t.replace(locale.decimalPoint(), QStringLiteral("."));
    static const QRegularExpression amount(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{0,2}))?$"));
    const QRegularExpressionMatch m = amount.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 whole = m.captured(1).toLongLong();
    QString cents = m.captured(2);
    while (cents.size() < 2)
        cents.append(QLatin1Char('0'));
    return whole * 100 + cents.toLongLong();
}

QString HistoryLabels::duration(int seconds)
{
    if (seconds < 60)
        return tr("%n s", nullptr, seconds);
    const int minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min %2 s").arg(minutes).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
