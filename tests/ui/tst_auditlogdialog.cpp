#include "TestSupport.h"
#include "audit/AuditLogDialog.h"
#include "customers/CustomerRepository.h"
#include "security/UserRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

// The supervisor's audit viewer: every desk's entries, filtered.
class tst_AuditLogDialog : public QObject
{
    Q_OBJECT

private:
    TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    const Actor m_supervisor {2, u"lead"_s, u"Lead"_s, int(Role::Supervisor)};
    const Actor m_desk {3, u"desk"_s, u"Desk"_s, int(Role::FrontDesk)};

    static void choose(QComboBox *combo, const QString &value)
    {
        const int index = combo->findData(value);
        QVERIFY2(index >= 0, qPrintable(value));
        combo->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_archive.open();
        QVERIFY(m_db);
        UserRepository users(*m_db, PasswordHasher(PasswordHasher::Strength::Minimal));
        QVERIFY(users.createFirstAdmin(u"admin"_s, u"Admin"_s, u"correct horse"_s));
        QVERIFY(!users.signIn(u"admin"_s, u"wrong password"_s));
        CustomerRepository customers(*m_db);
        Customer c;
        c.name = u"王芳"_s;
        const Result<Customer> created = customers.create(m_desk, c);
        QVERIFY(created);
        Customer edited = created.value();
        edited.email = u"wang@example.cn"_s;
        QVERIFY(customers.update(m_desk, edited));
    }

    void showsEveryDeskNewestFirst()
    {
        AuditLogDialog dialog(*m_db, m_supervisor);
        QStandardItemModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 4); // admin created, refused sign-in, customer created, edited
        QVERIFY(model->item(0, 0)->text().toInt() > model->item(3, 0)->text().toInt());
        QCOMPARE(model->item(0, 2)->text(), u"desk"_s);
        QVERIFY(model->item(0, 5)->text().contains(u"wang@example.cn"_s));
    }

    void filtersNarrowTheList()
    {
        AuditLogDialog dialog(*m_db, m_supervisor);
        choose(dialog.findChild<QComboBox *>(u"auditUserFilter"_s), u"desk"_s);
        QCOMPARE(dialog.model()->rowCount(), 2);
        choose(dialog.findChild<QComboBox *>(u"auditActionFilter"_s), u"update"_s);
        QCOMPARE(dialog.model()->rowCount(), 1);
        // A date range before anything happened shows nothing, and says so.
        auto *to = dialog.findChild<QDateEdit *>(u"auditTo"_s);
        auto *from = dialog.findChild<QDateEdit *>(u"auditFrom"_s);
        from->setDate(QDate::currentDate().addDays(-10));
        to->setDate(QDate::currentDate().addDays(-5));
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!dialog.findChild<QLabel *>(u"auditStatus"_s)->text().isEmpty());
    }

    void frontDeskIsRefused()
    {
        AuditLogDialog dialog(*m_db, m_desk);
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(dialog.findChild<QLabel *>(u"auditStatus"_s)->text().contains(m_desk.label()));
    }
};

QTEST_MAIN(tst_AuditLogDialog)
#include "tst_auditlogdialog.moc"
