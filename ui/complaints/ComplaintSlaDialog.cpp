#include "ComplaintSlaDialog.h"

#include "complaints/ComplaintLabels.h"
#include "complaints/ComplaintSla.h"
#include "history/InlineErrors.h"
#include "security/Permissions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

ComplaintSlaDialog::ComplaintSlaDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("complaintSlaDialog"));
    setWindowTitle(tr("Complaint SLAs"));
    m_banner = InlineErrors::createBanner(this, QStringLiteral("slaError"));
    m_errors = std::make_unique<InlineErrors>(m_banner);

    auto *intro = new QLabel(tr("How many hours a complaint of each severity may wait for its "
                                "first response and for its resolution. New values apply to "
                                "complaints received (or given another severity) from now on; "
                                "the due times already promised stay."),
                             this);
    intro->setWordWrap(true);

    const Result<ComplaintSla> loaded = ComplaintSla::load(db);
    const ComplaintSla sla = loaded ? loaded.value() : ComplaintSla();
    auto *respond = new QGroupBox(tr("Respond within"), this);
    auto *resolve = new QGroupBox(tr("Resolve within"), this);
    auto *respondForm = new QFormLayout(respond);
    auto *resolveForm = new QFormLayout(resolve);
    const auto spin = [this](QWidget *group, const QString &key, int value) {
        auto *box = new QSpinBox(group);
        box->setObjectName(QStringLiteral("sla_%1").arg(key));
        box->setRange(1, ComplaintSla::MaxHours);
        box->setSuffix(tr(" h"));
        box->setValue(value);
        box->setAlignment(Qt::AlignRight);
        m_fields.insert(key, box);
        return box;
    };
    // Most urgent first, as the desk thinks of them.
    QList<ComplaintSeverity> severities = ComplaintLabels::severities();
    std::reverse(severities.begin(), severities.end());
    for (ComplaintSeverity s : severities) {
        const QString n = QString::number(int(s));
        const SlaHours hours = sla.hours(s);
        const QString response = QStringLiteral("response_") + n;
        const QString resolution = QStringLiteral("resolution_") + n;
        m_errors->addRow(respondForm,
                         ComplaintLabels::severity(s),
                         spin(respond, response, hours.response),
                         response,
                         QStringLiteral("slaError_") + response);
        m_errors->addRow(resolveForm,
                         ComplaintLabels::severity(s),
                         spin(resolve, resolution, hours.resolution),
                         resolution,
                         QStringLiteral("slaError_") + resolution);
    }
    auto *columns = new QHBoxLayout;
    columns->addWidget(respond);
    columns->addWidget(resolve);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("slaSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("slaCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintSlaDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComplaintSlaDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    if (!loaded)
        m_errors->showField(QString(), loaded.error().message);
    const bool mayChange = Permissions::allows(actor, Operation::ManageSettings);
    buttons->button(QDialogButtonBox::Save)->setEnabled(mayChange);
    setMinimumWidth(520);
}

ComplaintSlaDialog::~ComplaintSlaDialog() = default;

void ComplaintSlaDialog::accept()
{
    m_errors->clear();
    ComplaintSla sla;
    for (ComplaintSeverity s : ComplaintLabels::severities()) {
        const QString n = QString::number(int(s));
        sla.setHours(s,
                     {m_fields.value(QStringLiteral("response_") + n)->value(),
                      m_fields.value(QStringLiteral("resolution_") + n)->value()});
    }
    if (const Status valid = sla.validate(); !valid) {
        m_errors->show(valid.error());
        return;
    }
    if (const Status saved = ComplaintSla::save(m_db, m_actor, sla); !saved) {
        m_errors->show(saved.error());
        return;
    }
    QDialog::accept();
}
