#include "AuditLogDialog.h"

#include "customers/CustomerAudit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

void fillChoices(QComboBox *combo,
                 const QString &all,
                 const Result<QStringList> &values,
                 QString (*label)(const QString &) = nullptr)
{
    combo->addItem(all, QString());
    if (!values)
        return;
    for (const QString &v : values.value())
        combo->addItem(label ? label(v) : v, v);
}

QString entityLabel(const QString &entity)
{
    if (entity == QLatin1String("customer"))
        return AuditLogDialog::tr("Customer");
    if (entity == QLatin1String("user"))
        return AuditLogDialog::tr("User");
    if (entity == QLatin1String("archive"))
        return AuditLogDialog::tr("Archive", "the archive file, as in backups");
    static const QHash<QString, const char *> history {
            {QStringLiteral("purchase"), QT_TRANSLATE_NOOP("AuditLogDialog", "Purchase")},
            {QStringLiteral("purchase_return"), QT_TRANSLATE_NOOP("AuditLogDialog", "Return")},
            {QStringLiteral("interaction"), QT_TRANSLATE_NOOP("AuditLogDialog", "Interaction")},
            {QStringLiteral("service_request"),
             QT_TRANSLATE_NOOP("AuditLogDialog", "Service request")},
            {QStringLiteral("choice"), QT_TRANSLATE_NOOP("AuditLogDialog", "Choice list")},
            {QStringLiteral("settings"), QT_TRANSLATE_NOOP("AuditLogDialog", "Settings")},
    };
    const auto it = history.constFind(entity);
    return it != history.cend() ? AuditLogDialog::tr(*it) : entity;
}

QString actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels {
            {QStringLiteral("login"), QT_TRANSLATE_NOOP("AuditLogDialog", "Signed in")},
            {QStringLiteral("login_failed"), QT_TRANSLATE_NOOP("AuditLogDialog", "Sign-in refused")},
            {QStringLiteral("password_change"),
             QT_TRANSLATE_NOOP("AuditLogDialog", "Password changed")},
            {QStringLiteral("password_reset"),
             QT_TRANSLATE_NOOP("AuditLogDialog", "Password reset")},
            {QStringLiteral("disable"), QT_TRANSLATE_NOOP("AuditLogDialog", "Disabled")},
            {QStringLiteral("enable"), QT_TRANSLATE_NOOP("AuditLogDialog", "Enabled")},
            {QStringLiteral("roles_change"), QT_TRANSLATE_NOOP("AuditLogDialog", "Roles changed")},
            {QStringLiteral("backup"), QT_TRANSLATE_NOOP("AuditLogDialog", "Backup")},
            {QStringLiteral("move"), QT_TRANSLATE_NOOP("AuditLogDialog", "Stage moved")},
    };
    const auto it = labels.constFind(action);
    return it != labels.cend() ? AuditLogDialog::tr(*it) : CustomerAudit::actionLabel(action);
}

} // namespace

AuditLogDialog::AuditLogDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log — ServiceArchive"));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    fillChoices(m_user,
                tr("All users"),
                AuditLog::distinctValues(db, actor, QStringLiteral("user_login")));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    fillChoices(m_action,
                tr("All actions"),
                AuditLog::distinctValues(db, actor, QStringLiteral("action")),
                &actionLabel);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditEntityFilter"));
    fillChoices(m_entity,
                tr("Everything"),
                AuditLog::distinctValues(db, actor, QStringLiteral("entity")),
                &entityLabel);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels(
            {tr("No."), tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("Details")});
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    const QList<int> widths {60, 130, 90, 110, 110};
    for (int i = 0; i < widths.size(); ++i)
        m_view->setColumnWidth(i, widths.at(i));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_more = new QPushButton(tr("Older entries"), this);
    m_more->setObjectName(QStringLiteral("auditMoreButton"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_user);
    filters->addWidget(m_action);
    filters->addWidget(m_entity);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_more);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(1000, 600);

    for (QComboBox *combo : {m_user, m_action, m_entity})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogDialog::reload);
    connect(m_more, &QPushButton::clicked, this, &AuditLogDialog::loadMore);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

AuditFilter AuditLogDialog::currentFilter() const
{
    AuditFilter f;
    f.user = m_user->currentData().toString();
    f.action = m_action->currentData().toString();
    f.entity = m_entity->currentData().toString();
    f.from = m_from->date();
    f.to = m_to->date();
    return f;
}

void AuditLogDialog::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    m_oldestShown = 0;
    loadMore();
}

void AuditLogDialog::loadMore()
{
    AuditFilter f = currentFilter();
    f.beforeId = m_oldestShown;
    const Result<QList<AuditEntry>> entries = AuditLog::query(m_db, m_actor, f);
    if (!entries) {
        m_status->setText(entries.error().message);
        m_more->setEnabled(false);
        return;
    }
    append(entries.value());
    m_more->setEnabled(entries->size() == f.limit);
    m_status->setText(m_model->rowCount() == 0
                              ? tr("No entries match these filters.")
                              : tr("%n entry(ies) shown", nullptr, m_model->rowCount()));
}

QString AuditLogDialog::detailsText(const AuditEntry &entry)
{
    if (entry.entity == CustomerAudit::Entity && entry.action == QLatin1String("update")) {
        QStringList parts;
        for (auto it = entry.details.constBegin(); it != entry.details.constEnd(); ++it) {
            const QJsonObject change = it.value().toObject();
            parts.append(
                    tr("%1: %2 → %3")
                            .arg(CustomerAudit::fieldLabel(it.key()),
                                 CustomerAudit::valueText(it.key(),
                                                          change.value(QStringLiteral("before"))),
                                 CustomerAudit::valueText(it.key(),
                                                          change.value(QStringLiteral("after")))));
        }
        return parts.join(QStringLiteral("; "));
    }
    if (entry.details.isEmpty() || entry.entity == CustomerAudit::Entity)
        return {}; // a new profile's fields are in its History tab
    return QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
}

void AuditLogDialog::append(const QList<AuditEntry> &entries)
{
    const QLocale locale;
    for (const AuditEntry &e : entries) {
        const QString record
                = e.entityId ? QStringLiteral("%1 #%2").arg(entityLabel(e.entity)).arg(e.entityId)
                             : entityLabel(e.entity);
        QList<QStandardItem *> row {new QStandardItem(QString::number(e.id)),
                                    new QStandardItem(locale.toString(e.at.toLocalTime(),
                                                                      QLocale::ShortFormat)),
                                    new QStandardItem(e.user),
                                    new QStandardItem(actionLabel(e.action)),
                                    new QStandardItem(record),
                                    new QStandardItem(detailsText(e))};
        for (QStandardItem *item : row)
            item->setToolTip(item->text());
        m_model->appendRow(row);
        m_oldestShown = e.id;
    }
}
