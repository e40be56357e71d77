#include "CustomerWorkspace.h"

#include "BackgroundWork.h"
#include "CustomerForm.h"
#include "CustomerHistoryView.h"
#include "CustomerListPanel.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "ProfileTabs.h"
#include "audit/AuditLog.h"
#include "customers/CustomerAudit.h"
#include "customers/CustomerDataExport.h"
#include "customers/CustomerEraser.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerValidator.h"
#include "followups/FollowUpRules.h"
#include "history/Classification.h"
#include "security/Permissions.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThread>
#include <QUrl>

CustomerWorkspace::CustomerWorkspace(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_repository(new CustomerRepository(db))
    , m_actor(actor)
{
    m_list = new CustomerListPanel(db, *m_repository, m_actor, this);
    m_form = new CustomerForm(this);
    m_form->setObjectName(QStringLiteral("customerForm"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_history = new CustomerHistoryView(db, m_actor, this);
    m_profile = new ProfileTabs(db, m_actor, m_form, m_history, this);
    m_tabs = m_profile->tabs();
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_profile);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    connect(m_list, &CustomerListPanel::currentCustomerChanged, this, [this](qint64 id) {
        if (!m_switching && id && id != m_form->loaded().id)
            openCustomer(id);
    });
    connect(m_list, &CustomerListPanel::customerActivated, this, [this](qint64 id) {
        if (id != m_form->loaded().id && !openCustomer(id))
            return;
        m_form->focusName();
    });
    connect(m_list, &CustomerListPanel::newCustomerRequested, this, &CustomerWorkspace::newCustomer);
    connect(m_form, &CustomerForm::saveRequested, this, &CustomerWorkspace::save);
    connect(m_form, &CustomerForm::revertRequested, this, &CustomerWorkspace::revert);
    connect(m_form, &CustomerForm::archiveRequested, this, &CustomerWorkspace::toggleArchived);
    connect(m_form, &CustomerForm::dirtyChanged, this, &CustomerWorkspace::dirtyChanged);
    // The tabs read their rows when they are looked at, not on every customer opened.
    connect(m_form, &CustomerForm::loadedChanged, this, [this] {
        const qint64 id = m_form->loaded().id;
        m_profile->showCustomer(id);
        Q_EMIT customerChanged(id);
    });
    connect(m_profile, &ProfileTabs::statusMessage, this, &CustomerWorkspace::statusMessage);
    // A purchase or contact may move the customer to another lifecycle or tier in the list.
    connect(m_profile, &ProfileTabs::historyWritten, this, [this] { m_list->refresh(); });
    // Core refuses what a role may not do; the screen does not offer it either.
    m_form->setAllowed(Permissions::allows(m_actor, Operation::Create),
                       Permissions::allows(m_actor, Operation::Edit),
                       Permissions::allows(m_actor, Operation::Archive),
                       Permissions::allows(m_actor, Operation::Reveal));
    connect(m_form, &CustomerForm::revealRequested, this, [this] {
        const Result<QList<Phone>> phones = m_repository->revealPhones(m_actor, m_form->loaded().id);
        if (!phones) {
            MessageBox::inform(this,
                               QMessageBox::Warning,
                               tr("Cannot show the numbers"),
                               phones.error().message);
            return;
        }
        m_form->setRevealedPhones(phones.value());
    });

    connect(m_form, &CustomerForm::reloadRequested, this, &CustomerWorkspace::reloadProfile);
    startDailyClassification();
    m_watcher = new ChangeWatcher(db.address(), this);
    connect(m_watcher, &ChangeWatcher::changed, this, &CustomerWorkspace::onArchiveChanged);
    connect(m_watcher, &ChangeWatcher::lost, this, [this](const QString &message) {
        m_watcherLost = true;
        Q_EMIT statusMessage(
                tr("Changes made at other desks are not shown for now: %1").arg(message));
    });
    connect(m_watcher, &ChangeWatcher::watching, this, [this] {
        if (std::exchange(m_watcherLost, false))
            Q_EMIT statusMessage(tr("Changes made at other desks are shown again."));
    });
}

CustomerWorkspace::~CustomerWorkspace()
{
    if (m_classifier)
        m_classifier->wait();
    delete m_watcher; // stops its thread before the rest goes
    m_watcher = nullptr;
    delete m_list; // the list's model reads through the repository's database
    m_list = nullptr;
    delete m_repository;
}

void CustomerWorkspace::startDailyClassification()
{
    // A customer becomes inactive by waiting: once a day, the first desk to open the archive
    // re-classifies everyone, on a thread and connection of its own, and plans the birthday
    // greetings that fall due (once per customer and year, however many desks start). Other
    // desks see the result through the change watcher like any other write.
    auto failure = std::make_shared<QString>();
    m_classifier.reset(QThread::create([failure, address = m_db.address()] {
        auto db = Database::openForThread(address);
        if (!db) {
            *failure = db.error().message;
            return;
        }
        const Result<qint64> run = Classification::reclassifyIfStale(*db.value(),
                                                                     QDate::currentDate());
        if (!run)
            *failure = run.error().message;
        const Result<int> greetings = FollowUpRules::planBirthdays(*db.value(),
                                                                   QDate::currentDate());
        if (!greetings && failure->isEmpty())
            *failure = greetings.error().message;
    }));
    connect(m_classifier.get(), &QThread::finished, this, [this, failure] {
        if (!failure->isEmpty())
            Q_EMIT statusMessage(
                    tr("Today's re-classification and birthday greetings did not run: %1")
                            .arg(*failure));
    });
    m_classifier->start(QThread::LowPriority);
}

bool CustomerWorkspace::confirmLeave()
{
    if (!m_form->isDirty())
        return true;
    const QString name = m_form->collect().name.trimmed();
    const int answer = MessageBox::ask(this,
                                       QMessageBox::Question,
                                       tr("Unsaved changes"),
                                       name.isEmpty() ? tr("The profile has unsaved changes.")
                                                      : tr("The profile of %1 has unsaved changes.")
                                                                .arg(name),
                                       {tr("Save"), tr("Discard"), tr("Keep editing")});
    if (answer == 0)
        return save();
    return answer == 1;
}

bool CustomerWorkspace::newCustomer()
{
    if (!confirmLeave())
        return false;
    m_tabs->setCurrentWidget(m_form);
    m_form->setCustomer(Customer {});
    m_form->focusName();
    Q_EMIT statusMessage(tr("New customer: fill in the profile and press Ctrl+S."));
    return true;
}

bool CustomerWorkspace::openCustomer(qint64 id)
{
    if (!confirmLeave()) {
        m_switching = true;
        m_list->selectCustomer(m_form->loaded().id);
        m_switching = false;
        return false;
    }
    const Result<Customer> customer = m_repository->get(m_actor, id);
    if (!customer) {
        MessageBox::inform(this,
                           QMessageBox::Warning,
                           tr("Cannot open customer"),
                           customer.error().message);
        return false;
    }
    m_form->setCustomer(customer.value());
    m_switching = true;
    m_list->selectCustomer(id);
    m_switching = false;
    return true;
}

bool CustomerWorkspace::save()
{
    QHash<QString, QString> parseErrors;
    Customer c = m_form->collect(&parseErrors);
    if (!parseErrors.isEmpty()) {
        m_form->showErrors(parseErrors);
        Q_EMIT statusMessage(tr("Not saved: please correct the marked fields."));
        return false;
    }
    // Validate first, so duplicate checks run on clean data and errors show at once.
    Customer check = c;
    if (check.phonesMasked)
        check.phones.clear(); // masked numbers stay as stored: nothing to check
    const Result<Customer> valid = CustomerValidator::validate(check, QDate::currentDate());
    if (!valid) {
        m_form->showErrors(valid.error().fieldErrors);
        Q_EMIT statusMessage(tr("Not saved: please correct the marked fields."));
        return false;
    }
    const Result<QList<DuplicateMatch>> duplicates = m_repository->findDuplicates(m_actor, c);
    if (duplicates && !duplicates.value().isEmpty()) {
        QStringList lines;
        for (const DuplicateMatch &m : duplicates.value())
            lines.append(tr("%1 %2 — same %3").arg(m.code, m.name, m.matchedOn));
        const int answer
                = MessageBox::ask(this,
                                  QMessageBox::Warning,
                                  tr("Possible duplicate"),
                                  tr("Another customer already has this phone number or email:"),
                                  {tr("Open that customer"), tr("Save anyway"), tr("Cancel")},
                                  lines.join(QLatin1Char('\n')));
        if (answer == 0) {
            const qint64 other = duplicates.value().first().customerId;
            m_form->markClean(); // the user chose to leave this draft for the existing profile
            openCustomer(other);
            return false;
        }
        if (answer != 1)
            return false;
    }

    const bool isNew = c.id == 0;
    const Result<Customer> saved = isNew ? m_repository->create(m_actor, c)
                                         : m_repository->update(m_actor, c);
    if (!saved) {
        const Error &e = saved.error();
        if (!e.fieldErrors.isEmpty())
            m_form->showErrors(e.fieldErrors);
        else
            MessageBox::inform(this, QMessageBox::Warning, tr("Not saved"), e.message);
        Q_EMIT statusMessage(tr("Not saved: %1").arg(e.message));
        return false;
    }
    m_form->setCustomer(saved.value());
    m_list->reloadChoices();
    m_list->selectCustomer(saved.value().id);
    m_list->refresh();
    Q_EMIT statusMessage(isNew ? tr("Saved new customer %1 (%2).").arg(saved->name, saved->code)
                               : tr("Saved %1.").arg(saved->name));
    return true;
}

void CustomerWorkspace::revert()
{
    if (!m_form->isDirty())
        return;
    const int answer = MessageBox::ask(this,
                                       QMessageBox::Question,
                                       tr("Revert changes"),
                                       tr("Throw away the changes you made to this profile?"),
                                       {tr("Revert"), tr("Keep editing")});
    if (answer != 0)
        return;
    m_form->setCustomer(m_form->loaded());
    Q_EMIT statusMessage(tr("Changes reverted."));
}

void CustomerWorkspace::toggleArchived()
{
    const Customer &c = m_form->loaded();
    if (!c.id || !confirmLeave())
        return;
    const bool archiving = !c.isArchived();
    if (archiving) {
        const int answer = MessageBox::ask(
                this,
                QMessageBox::Question,
                tr("Archive customer"),
                tr("Archive %1 (%2)? The profile leaves the active list and can be restored "
                   "from the archived list.")
                        .arg(c.name, c.code),
                {tr("Archive"), tr("Cancel")});
        if (answer != 0)
            return;
    }
    const Result<Customer> done = archiving ? m_repository->archive(m_actor, c.id, c.version)
                                            : m_repository->restore(m_actor, c.id, c.version);
    if (!done) {
        MessageBox::inform(this, QMessageBox::Warning, tr("Not changed"), done.error().message);
        return;
    }
    m_form->setCustomer(done.value());
    m_list->refresh();
    Q_EMIT statusMessage(archiving ? tr("%1 archived.").arg(c.name)
                                   : tr("%1 restored.").arg(c.name));
}

void CustomerWorkspace::erasePersonalData()
{
    const Customer c = m_form->loaded();
    if (!c.id || !confirmLeave())
        return;
    const int answer = MessageBox::ask(
            this,
            QMessageBox::Warning,
            tr("Erase personal data"),
            tr("Erase every piece of personal data of %1 (%2) from the archive, its history "
               "included? Only the code and figures without personal data remain. This cannot be "
               "undone.")
                    .arg(c.name, c.code),
            {tr("Erase for good"), tr("Cancel")});
    if (answer != 0)
        return;
    // The purge after an erasure takes seconds on a large archive (about 10 s for SQLite's
    // search index at a million customers, 40 s for PostgreSQL's VACUUM FULL): it runs on a
    // connection and thread of its own while the window stays painted and shows that it works.
    Q_EMIT statusMessage(tr("Erasing the personal data of %1…").arg(c.code));
    const Result<Customer> erased = eraseInBackground(c);
    if (!erased) {
        MessageBox::inform(this, QMessageBox::Warning, tr("Not erased"), erased.error().message);
        return;
    }
    m_form->setCustomer(erased.value());
    m_list->reloadChoices();
    m_list->refresh();
    Q_EMIT statusMessage(tr("The personal data of %1 was erased.").arg(c.code));
}

Result<Customer> CustomerWorkspace::eraseInBackground(const Customer &c)
{
    std::optional<Customer> erased;
    // No Cancel: a committed erasure is not undone.
    const Status status = BackgroundWork::run(
            this,
            m_db.address(),
            tr("Erase personal data"),
            tr("Erasing the personal data of %1 and purging the archive of every old copy. This "
               "can take a while on a large archive.")
                    .arg(c.code),
            false,
            [&erased,
             actor = m_actor,
             id = c.id,
             version = c.version](Database &db, BackgroundWork::Progress &) -> Status {
                Result<Customer> done = CustomerEraser::erase(db, actor, id, version);
                if (!done)
                    return done.error();
                erased = std::move(done).value();
                return Done {};
            });
    if (!status)
        return status.error();
    return *erased;
}

void CustomerWorkspace::exportCustomerData()
{
    const Customer c = m_form->loaded();
    if (!c.id)
        return;
    if (m_form->isDirty()) {
        // The export holds what the archive holds: the saved profile.
        const int answer = MessageBox::ask(this,
                                           QMessageBox::Question,
                                           tr("Export customer's data"),
                                           tr("The profile has unsaved changes. The export holds "
                                              "the profile as saved."),
                                           {tr("Save and export"),
                                            tr("Export the saved profile"),
                                            tr("Cancel")});
        if (answer == 0 && !save())
            return;
        if (answer != 0 && answer != 1)
            return;
    }
    QSettings settings;
    const QString dir = FileDialog::existingDirectory(
            this,
            tr("Export the data of %1 to").arg(c.code),
            settings.value(QStringLiteral("export/directory"),
                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .toString());
    if (dir.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/directory"), dir);
    Q_EMIT statusMessage(tr("Exporting the data of %1…").arg(c.code));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<CustomerExportPackage> made = CustomerDataExport::run(m_db, m_actor, c.id, dir);
    QApplication::restoreOverrideCursor();
    if (!made) {
        Q_EMIT statusMessage(tr("Not exported: %1").arg(made.error().message));
        MessageBox::inform(this, QMessageBox::Warning, tr("Not exported"), made.error().message);
        return;
    }
    if (m_tabs->currentWidget() == m_history)
        m_history->showCustomer(c.id); // the export is part of the history now
    const QString where = QDir::toNativeSeparators(made->directory);
    Q_EMIT statusMessage(tr("The data of %1 was exported to %2.").arg(c.code, where));
    const int answer = MessageBox::ask(
            this,
            QMessageBox::Information,
            tr("Customer's data exported"),
            tr("Everything the archive holds about %1 (%2) is in the folder\n%3\n\nStart with "
               "summary.html: it lists the files. Hand the folder to the customer in a safe way; "
               "it holds personal data.")
                    .arg(made->customerName, made->customerCode, where),
            {tr("Open folder"), tr("Close")});
    if (answer == 0)
        QDesktopServices::openUrl(QUrl::fromLocalFile(made->directory));
}

namespace {

QString whenText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return local.date() == QDate::currentDate()
                   ? QLocale().toString(local.time(), QLocale::ShortFormat)
                   : QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace

void CustomerWorkspace::onArchiveChanged()
{
    m_list->refresh();
    checkOpenProfile();
    m_profile->otherDeskChanged();
}

void CustomerWorkspace::checkOpenProfile()
{
    const Customer shown = m_form->loaded();
    if (!shown.id)
        return;
    const Result<Customer> now = m_repository->get(m_actor, shown.id);
    if (!now) {
        if (now.error().code == Error::Code::NotFound)
            m_form->showNotice(tr("%1 is no longer in the archive. Your edits cannot be saved.")
                                       .arg(shown.name),
                               false);
        return; // anything else: the next change tries again
    }
    if (now->version == shown.version
        || (now->id == m_noticedId && now->version == m_noticedVersion))
        return;
    m_noticedId = now->id;
    m_noticedVersion = now->version;
    // An erasure also archives; the audit trail tells which it was.
    bool erased = false;
    if (now->isArchived()) {
        const auto history = AuditLog::forEntity(m_db, m_actor, CustomerAudit::Entity, shown.id);
        erased = history && !history->isEmpty()
                 && history->last().action == CustomerEraser::EraseAction;
    }
    const QString &who = now->updatedBy;
    const QString when = whenText(now->updatedAt);
    const bool dirty = m_form->isDirty();
    QString text;
    if (erased)
        text = dirty ? tr("The personal data of %1 was erased by %2 at %3. Your edits cannot be "
                          "saved; Reload shows what is left.")
                     : tr("The personal data of %1 was erased by %2 at %3.");
    else if (now->isArchived() && !shown.isArchived())
        text = dirty ? tr("%1 was archived by %2 at %3. Your save will be refused; Reload "
                          "discards your edits.")
                     : tr("%1 was archived by %2 at %3.");
    else if (dirty)
        text = tr("%1's profile was changed by %2 at %3. Your save will be refused; Reload "
                  "discards your edits.");
    // An erased customer is named by code: the name is what the erasure took away.
    const QString whom = erased ? shown.code : shown.name;
    if (dirty) {
        m_form->showNotice(text.arg(whom, who, when), true);
        return;
    }
    m_form->reloadCustomer(now.value());
    if (!text.isEmpty())
        m_form->showNotice(text.arg(whom, who, when), false);
    else
        Q_EMIT statusMessage(tr("%1's profile was changed by %2 at %3; it is shown as stored now.")
                                     .arg(shown.name, who, when));
}

void CustomerWorkspace::reloadProfile()
{
    const qint64 id = m_form->loaded().id;
    if (!id)
        return;
    const Result<Customer> now = m_repository->get(m_actor, id);
    if (!now) {
        MessageBox::inform(this,
                           QMessageBox::Warning,
                           tr("Cannot reload the profile"),
                           now.error().message);
        return;
    }
    m_form->setCustomer(now.value());
    Q_EMIT statusMessage(tr("Reloaded the profile of %1.").arg(now->name));
}

void CustomerWorkspace::focusSearch()
{
    m_list->focusSearch();
}
