#include "OpenServerDialog.h"

#include "RecentArchives.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int DefaultPort = 5432;
const QString sslmode = QStringLiteral("sslmode");

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

OpenServerDialog::OpenServerDialog(const ArchiveAddress &initial,
                                   QWidget *parent,
                                   ArchiveOpener::OpenFunction open)
    : QDialog(parent)
    , m_open(std::move(open))
{
    setObjectName(QStringLiteral("openServerDialog"));
    setWindowTitle(tr("Open archive on a server — ServiceArchive"));
    auto *intro = new QLabel(tr("An archive on a PostgreSQL server, shared by several desks. The "
                                "password is asked for when the server wants one; it is never "
                                "saved."),
                             this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHostEdit"));
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder such as /run/postgresql"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("serverDatabaseEdit"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUserEdit"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("serverTlsCombo"));
    m_tls->addItem(tr("Use TLS when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Require TLS"), QStringLiteral("require"));
    m_tls->addItem(tr("Require TLS and verify the server's certificate"),
                   QStringLiteral("verify-full"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("serverAddressEdit"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_address->setToolTip(tr("The fields above as one address; paste an address here to fill "
                             "them."));
    m_extrasLabel = new QLabel(this);
    m_extrasLabel->setObjectName(QStringLiteral("serverExtrasLabel"));
    m_extrasLabel->setWordWrap(true);
    m_extrasLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Server"), m_host);
    m_hostError = addError(form, "serverHostError");
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_name);
    m_nameError = addError(form, "serverDatabaseError");
    form->addRow(tr("Database user"), m_user);
    m_userError = addError(form, "serverUserError");
    form->addRow(tr("Encryption"), m_tls);
    form->addRow(tr("Address"), m_address);
    m_addressError = addError(form, "serverAddressError");
    form->addRow(QString(), m_extrasLabel);

    m_openError = new QLabel(this);
    m_openError->setObjectName(QStringLiteral("openServerError"));
    m_openError->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_openError->setWordWrap(true);
    m_openError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openError->hide();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Open"), QDialogButtonBox::AcceptRole)
            ->setObjectName(QStringLiteral("openServerButton"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpenServerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_openError);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    for (QLineEdit *edit : {m_host, m_name, m_user})
        connect(edit, &QLineEdit::textEdited, this, &OpenServerDialog::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &OpenServerDialog::fieldsEdited);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &OpenServerDialog::fieldsEdited);
    connect(m_address, &QLineEdit::textEdited, this, &OpenServerDialog::addressEdited);

    if (initial.isServer()) {
        fill(initial);
        m_password = initial.password(); // this session's, in memory
        m_passwordFor = initial.toString();
    } else {
        for (const QString &recent : RecentArchives::list()) {
            const Result<ArchiveAddress> a = ArchiveAddress::parse(recent);
            if (a && a->isServer()) {
                fill(a.value());
                break;
            }
        }
    }
    (m_host->text().isEmpty() ? m_host : m_name)->setFocus();
}

OpenServerDialog::~OpenServerDialog() = default;

std::unique_ptr<Database> OpenServerDialog::takeDatabase()
{
    return std::move(m_database);
}

QLabel *OpenServerDialog::addError(QFormLayout *form, const char *name)
{
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(name));
    label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    label->setWordWrap(true);
    label->hide();
    form->addRow(QString(), label);
    return label;
}

void OpenServerDialog::fill(const ArchiveAddress &address)
{
    m_filling = true;
    m_host->setText(address.host());
    m_port->setValue(address.port() > 0 ? address.port() : DefaultPort);
    m_name->setText(address.database());
    m_user->setText(address.user());
    m_extras.clear();
    QString mode = QStringLiteral("prefer");
    for (const auto &[key, value] : address.parameters()) {
        if (key == sslmode)
            mode = value;
        else
            m_extras.append({key, value});
    }
    int index = m_tls->findData(mode);
    if (index < 0) { // disable, allow, verify-ca: kept as given
        m_tls->addItem(QStringLiteral("sslmode=%1").arg(mode), mode);
        index = m_tls->count() - 1;
    }
    m_tls->setCurrentIndex(index);
    m_address->setText(address.toString());
    showExtras();
    m_filling = false;
}

void OpenServerDialog::showExtras()
{
    QStringList extras;
    for (const auto &[key, value] : m_extras)
        extras.append(key + QLatin1Char('=') + value);
    m_extrasLabel->setText(tr("Also: %1").arg(extras.join(QStringLiteral(", "))));
    m_extrasLabel->setVisible(!extras.isEmpty());
}

QString OpenServerDialog::uri() const
{
    QList<QPair<QString, QString>> parameters {{sslmode, m_tls->currentData().toString()}};
    parameters += m_extras;
    return ArchiveAddress::server(m_host->text().trimmed(),
                                  m_port->value(),
                                  m_name->text().trimmed(),
                                  m_user->text().trimmed(),
                                  parameters)
            .toString();
}

void OpenServerDialog::fieldsEdited()
{
    if (m_filling)
        return;
    const Result<ArchiveAddress> a = ArchiveAddress::parse(uri());
    m_address->setText(a ? a->toString() : QString());
    showError(m_addressError, QString());
}

void OpenServerDialog::addressEdited(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        showError(m_addressError, QString());
        return;
    }
    if (!ArchiveAddress::looksLikeServer(trimmed)) {
        showError(m_addressError,
                  tr("A server address starts with postgresql:// — for an archive file use "
                     "File > Open archive."));
        return;
    }
    const Result<ArchiveAddress> a = ArchiveAddress::parse(trimmed);
    if (!a) {
        showError(m_addressError, a.error().message);
        return;
    }
    showError(m_addressError, QString());
    m_password = a->password();
    m_passwordFor = a->toString();
    const int cursor = m_address->cursorPosition();
    fill(a.value());
    m_address->setText(text); // as typed, while it is being typed
    m_address->setCursorPosition(cursor);
}

std::optional<ArchiveAddress> OpenServerDialog::address()
{
    const QString typed = m_address->text().trimmed();
    const Result<ArchiveAddress> fromFields = ArchiveAddress::parse(uri());
    if (!typed.isEmpty() && !(fromFields && fromFields->toString() == typed))
        addressEdited(typed); // a pasted address wins over the fields
    const bool addressBad = !m_addressError->isHidden();
    const QString host = m_host->text().trimmed();
    showError(m_hostError,
              host.isEmpty()                    ? tr("Enter the server's name or IP address.")
              : host.contains(QLatin1Char(' ')) ? tr("A server name must not contain spaces.")
                                                : QString());
    showError(m_nameError,
              m_name->text().trimmed().isEmpty() ? tr("Enter the name of the database.")
                                                 : QString());
    showError(m_userError,
              m_user->text().trimmed().isEmpty() ? tr("Enter the database user to connect as.")
                                                 : QString());
    const QPair<QLabel *, QLineEdit *> checked[] = {{m_hostError, m_host},
                                                    {m_nameError, m_name},
                                                    {m_userError, m_user}};
    for (const auto &[error, field] : checked) {
        if (!error->isHidden()) {
            field->setFocus();
            return std::nullopt;
        }
    }
    if (addressBad)
        return std::nullopt;
    Result<ArchiveAddress> a = ArchiveAddress::parse(uri());
    if (!a) {
        showError(m_addressError, a.error().message);
        return std::nullopt;
    }
    // A password goes only to the server, database and user it was given for.
    if (a->toString() == m_passwordFor)
        a.value().setPassword(m_password);
    return a.value();
}

void OpenServerDialog::accept()
{
    showError(m_openError, QString());
    const std::optional<ArchiveAddress> a = address();
    if (!a)
        return;
    // The contents only: a password prompt opened over this dialog must stay usable.
    const QList<QWidget *> parts = findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *part : parts)
        part->setEnabled(false);
    auto opened = ArchiveOpener::open(*a, this, m_open);
    for (QWidget *part : parts)
        part->setEnabled(true);
    if (!opened) {
        showError(m_openError, opened.error().message);
        return;
    }
    m_database = std::move(opened).value();
    QDialog::accept();
}
