#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

// Runs the built service-archive (its path comes from the SA_APP compile definition) and reads
// archive files without changing them.
namespace CommandFixtures {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// password empty: SERVICEARCHIVE_PASSWORD is unset and standard input is closed.
inline Run runApp(const QStringList &arguments, const QString &password = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SERVICEARCHIVE_PASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("SERVICEARCHIVE_PASSWORD"), password);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SA_APP),
                  arguments + QStringList {QStringLiteral("--lang"), QStringLiteral("en")});
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QString describe(const Run &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out, run.err);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Every file in a folder (hidden ones too), sorted.
inline QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// A read-only connection to a SQLite file of its own (no archive settings, nothing written).
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~ReadOnlyFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyFile(const ReadOnlyFile &) = delete;
    ReadOnlyFile &operator=(const ReadOnlyFile &) = delete;
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

// Every ordinary table (FTS shadow tables included, the virtual table itself not) with its rows,
// each row as text with typed values, sorted: two archives with the same rows give the same map
// whatever the physical order or the rowids of tables without an INTEGER PRIMARY KEY.
inline QMap<QString, QStringList> snapshot(const QSqlDatabase &db)
{
    QMap<QString, QStringList> out;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                               " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
            out.insert(table, {QStringLiteral("<unreadable: %1>").arg(q.lastError().text())});
            continue;
        }
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                if (v.isNull())
                    values.append(QStringLiteral("NULL"));
                else if (v.typeId() == QMetaType::QByteArray)
                    values.append(QStringLiteral("x'%1'").arg(
                            QString::fromLatin1(v.toByteArray().toHex())));
                else
                    values.append(QStringLiteral("%1:%2").arg(QString::fromLatin1(v.typeName()),
                                                              v.toString()));
            }
            rows.append(values.join(QChar(0x1f)));
        }
        rows.sort();
        out.insert(table, rows);
    }
    return out;
}

} // namespace CommandFixtures

// Like SecurityFixtures' VERIFY_OK, but evaluates the expression once (QVERIFY2 evaluates its
// description even when the statement holds, so VERIFY_OK(f()) calls f twice).
#define REQUIRE_OK(expression) \
    do { \
        const auto &result_ = (expression); \
        QVERIFY2(result_.ok(), result_.ok() ? "" : qPrintable(result_.error().message)); \
    } while (false)
