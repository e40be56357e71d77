#include "TestSupport.h"
#include "storage/Migrations.h"

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsArchive()
    {
        TempArchive archive;
        auto db = archive.open();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
