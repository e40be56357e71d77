#include "ProfileHeader.h"

#include "customers/CustomerLabels.h"
#include "history/CustomerFigures.h"
#include "history/HistoryLabels.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

QString dateOrDash(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat)
                       : QStringLiteral("—");
}

} // namespace

ProfileHeader::ProfileHeader(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
{
    m_classification = new QLabel(this);
    m_classification->setObjectName(QStringLiteral("headerClassification"));
    m_classification->setTextFormat(Qt::RichText);
    m_classification->setWordWrap(true);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("headerFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_classification);
    layout->addWidget(m_figures);
    showCustomer(0);
}

void ProfileHeader::showCustomer(qint64 customerId)
{
    m_customerId = customerId;
    refresh();
}

void ProfileHeader::refresh()
{
    setVisible(m_customerId != 0);
    if (m_customerId == 0)
        return;
    const Result<CustomerFigures> f = CustomerFigures::read(m_db, m_actor, m_customerId);
    if (!f) {
        m_classification->setText(f.error().message.toHtmlEscaped());
        m_figures->clear();
        return;
    }
    const ClassificationResult &c = f->classification;
    // The explanation starts with the lifecycle ("Returning — 5 purchases, last 12 days ago").
    m_classification->setText(
            tr("<b>%1</b> · %2")
                    .arg(c.explanation.toHtmlEscaped(),
                         c.tier == ValueTier::Unrated
                                 ? tr("no value tier yet").toHtmlEscaped()
                                 : CustomerLabels::valueTier(c.tier).toHtmlEscaped()));
    const QString tail = tr("last contact %1 · open requests %2")
                                 .arg(dateOrDash(f->lastContact), QString::number(f->openRequests));
    if (f->purchases == 0) {
        m_figures->setText(tr("No purchases yet · %1").arg(tail));
        return;
    }
    m_figures->setText(tr("Spend %1 net of refunds · %n purchase(s), average %2 · first %3, "
                          "last %4 · %5",
                          nullptr,
                          f->purchases)
                               .arg(HistoryLabels::money(f->netSpend),
                                    HistoryLabels::money(f->averageOrder),
                                    dateOrDash(f->firstPurchase),
                                    dateOrDash(f->lastPurchase),
                                    tail));
}

QString ProfileHeader::figuresText() const
{
    return m_figures->text();
}

QString ProfileHeader::classificationText() const
{
    return m_classification->text();
}
