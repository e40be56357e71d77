#include "FollowUpBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

FollowUpBanner::FollowUpBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("followUpBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    setPalette(p);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("followUpBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    hide();
}

void FollowUpBanner::showTask(const FollowUp &f, const QString &follows)
{
    m_followUpId = f.id;
    m_customerId = f.customerId;
    const QDate today = QDate::currentDate();
    QString due = QLocale().toString(f.dueOn, QLocale::ShortFormat);
    if (f.dueOn < today)
        due = tr("%1, overdue").arg(due);
    QString text = tr("<b>Return visit:</b> %1 (due %2)")
                           .arg(f.purpose.toHtmlEscaped(), due.toHtmlEscaped());
    if (!follows.isEmpty())
        text += QStringLiteral("<br>") + tr("Follows: %1").arg(follows.toHtmlEscaped());
    if (f.attempts > 0)
        text += QStringLiteral("<br>")
                + tr("%n unanswered call(s) so far.", nullptr, f.attempts).toHtmlEscaped();
    m_text->setText(text);
    show();
}

void FollowUpBanner::clear()
{
    m_followUpId = 0;
    m_customerId = 0;
    m_text->clear();
    hide();
}

QString FollowUpBanner::text() const
{
    return m_text->text();
}
